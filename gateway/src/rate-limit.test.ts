import { createLogger } from '@careergraph/kit';
import { testCaller } from '@careergraph/kit/testing';
import { CallerRateLimiter, RateLimitedError } from './rate-limit';

const logger = createLogger('rate-limit-test', 'silent');
const config = { points: 2, windowSeconds: 60, keyPrefix: 'unit' };

async function outcomes(limiter: CallerRateLimiter, caller = testCaller('ANALYST'), times = 3) {
  const results: string[] = [];
  for (let i = 0; i < times; i++) {
    results.push(await limiter.consume(caller, '10.0.0.1').then(() => 'ok', (error: unknown) => (error instanceof RateLimitedError ? 'limited' : 'error')));
  }
  return results;
}

describe('per-caller rate limit', () => {
  it('limits each subject separately, and anonymous callers by address', async () => {
    const limiter = new CallerRateLimiter(config, logger);
    expect(await outcomes(limiter)).toEqual(['ok', 'ok', 'limited']);
    expect(await outcomes(limiter, testCaller('ANALYST', {}, 'someone-else'), 1)).toEqual(['ok']);
    const anonymous = { subject: 'anonymous', role: 'ANONYMOUS' as const, scope: { schoolIds: [] } };
    await limiter.consume(anonymous, '10.0.0.9');
    await limiter.consume(anonymous, '10.0.0.9');
    await expect(limiter.consume(anonymous, '10.0.0.9')).rejects.toMatchObject({
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) },
    });
    await expect(limiter.consume(anonymous, '10.0.0.10')).resolves.toBeUndefined();
  });

  it('keeps limiting in memory while Redis cannot be reached', async () => {
    const limiter = new CallerRateLimiter({ ...config, redisUrl: 'redis://127.0.0.1:1' }, logger);
    const plugin = limiter.plugin();
    const server = await plugin.serverWillStart!({} as never);
    try {
      expect(await outcomes(limiter)).toEqual(['ok', 'ok', 'limited']);
    } finally {
      await server?.serverWillStop?.();
    }
  });
});
