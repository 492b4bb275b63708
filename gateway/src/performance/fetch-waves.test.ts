import { FetchWave, FetchWaves } from './fetch-waves';

/** Past the wave's flush: a settle queues it from a microtask, after this test's own code has run. */
const nextMacrotask = async () => {
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setImmediate(resolve));
};

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('FetchWave', () => {
  it('sends held fetches on the next macrotask when none is in flight', async () => {
    const wave = new FetchWave();
    const sent: string[] = [];
    wave.schedule(() => sent.push('students'));
    expect(sent).toEqual([]);
    await nextMacrotask();
    expect(sent).toEqual(['students']);
  });

  it('holds fetches while another is in flight and sends them together when it settles', async () => {
    const wave = new FetchWave();
    const placements = deferred();
    void wave.track(placements.promise);
    const sent: string[] = [];
    wave.schedule(() => sent.push('partners (issuers)'));
    await nextMacrotask();
    expect(sent).toEqual([]);

    // The settled fetch's continuation plans its own fetches in microtasks: they join this wave.
    void placements.promise.then(() => wave.schedule(() => sent.push('partners (placements)')));
    placements.resolve();
    await nextMacrotask();
    expect(sent).toEqual(['partners (issuers)', 'partners (placements)']);
  });

  it('counts a failed fetch as settled', async () => {
    const wave = new FetchWave();
    const failing = deferred();
    const tracked = wave.track(failing.promise);
    const sent: string[] = [];
    wave.schedule(() => sent.push('next'));
    failing.reject(new Error('subgraph down'));
    await expect(tracked).rejects.toThrow('subgraph down');
    await nextMacrotask();
    expect(sent).toEqual(['next']);
  });

  it('waits for every fetch in flight, not only the first to settle', async () => {
    const wave = new FetchWave();
    const fast = deferred();
    const slow = deferred();
    void wave.track(fast.promise);
    void wave.track(slow.promise);
    const sent: string[] = [];
    wave.schedule(() => sent.push('held'));
    fast.resolve();
    await nextMacrotask();
    expect(sent).toEqual([]);
    slow.resolve();
    await nextMacrotask();
    expect(sent).toEqual(['held']);
  });
});

describe('FetchWaves', () => {
  it('keeps one wave per request context', () => {
    const waves = new FetchWaves<object>();
    const first = {};
    expect(waves.of(first)).toBe(waves.of(first));
    expect(waves.of(first)).not.toBe(waves.of({}));
  });
});
