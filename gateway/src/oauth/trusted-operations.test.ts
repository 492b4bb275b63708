import { createHash } from 'node:crypto';
import type { Caller } from '@careergraph/kit';
import type { Request, Response } from 'express';
import { TrustedOperations } from './trusted-operations';

const TEXT = 'query Allowed { partners { totalCount } }';
const HEX = createHash('sha256').update(TEXT).digest('hex');
const trusted = new TrustedOperations({ [`sha256:${HEX}`]: TEXT });
const machine: Caller = { subject: 'client:cgc_a', role: 'PARTNER_USER', scope: { schoolIds: [], partnerId: 'p' } };
const person: Caller = { ...machine, subject: 'person-1' };

/** Runs the resolve middleware on a POST body: the body it passes on, or the refusal it answered. */
function resolve(body: Record<string, unknown>): { body?: unknown; refused?: { status: number; json: unknown } } {
  const req = { method: 'POST', body } as Request;
  let refused: { status: number; json: unknown } | undefined;
  const res = { status: (status: number) => ({ json: (json: unknown) => (refused = { status, json }) }) } as unknown as Response;
  let passed = false;
  trusted.resolve(req, res, () => (passed = true));
  return passed ? { body: req.body } : { refused };
}

describe('TrustedOperations', () => {
  it('puts the allow-listed text in place of a documentId or a hash sent alone', () => {
    expect(resolve({ documentId: `sha256:${HEX}`, variables: { a: 1 } }).body).toEqual({ query: TEXT, variables: { a: 1 } });
    const extensions = { persistedQuery: { version: 1, sha256Hash: HEX } };
    expect(resolve({ extensions }).body).toEqual({ query: TEXT, extensions });
    // An unknown hash alone is Apollo's persisted-query cache's to answer.
    expect(resolve({ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }).body).toEqual({
      extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } },
    });
  });

  it('refuses a malformed or unknown documentId, and one sent with a query', () => {
    expect(resolve({ documentId: HEX }).refused).toMatchObject({ status: 400, json: { errors: [{ extensions: { code: 'BAD_REQUEST' } }] } });
    expect(resolve({ documentId: `sha256:${'0'.repeat(64)}` }).refused).toMatchObject({ status: 400, json: { errors: [{ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] } });
    expect(resolve({ documentId: `sha256:${HEX}`, query: TEXT }).refused).toMatchObject({ status: 400, json: { errors: [{ message: 'send either documentId or query, not both' }] } });
  });

  it('holds machine clients, and only them, to allow-listed documents', () => {
    const request = (query?: string) => ({ method: 'POST', body: { query } }) as Request;
    expect(() => trusted.checkOperation(request(TEXT), machine)).not.toThrow();
    expect(() => trusted.checkOperation(request('{ partners { totalCount } }'), machine)).toThrow(/free-form queries are for people/);
    expect(() => trusted.checkOperation(request(undefined), machine)).toThrow(/names no document on the allow-list/);
    expect(() => trusted.checkOperation(request('{ partners { totalCount } }'), person)).not.toThrow();
  });
});
