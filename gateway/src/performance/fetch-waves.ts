/**
 * Holds a client request's subgraph fetches back until none of its fetches is in flight, then
 * sends all that have gathered at once: a wave. Apollo's query plan runs independent branches side
 * by side, so the full view's credentials branch asks partners for issuers while the placements
 * branch is still waiting for placements; dispatched per tick, those are two partners requests,
 * and as one wave they are one (merged by the subgraph batcher). A fetch never waits for a fetch
 * that depends on it (that one is not sent yet), so a wave always ends. The cost is that a branch
 * can wait on a slower sibling before its next step; the plans here are shallow, and a subgraph
 * request saved is CPU saved for every request under load.
 */
export class FetchWave {
  private inFlight = 0;
  private held: (() => void)[] = [];
  private flushQueued = false;

  /** DataLoader's batchScheduleFn: `dispatch` sends one subgraph's gathered fetches. */
  readonly schedule = (dispatch: () => void): void => {
    this.held.push(dispatch);
    this.queueFlush();
  };

  /** Counts a fetch from when it is sent until it settles. */
  track<T>(sent: Promise<T>): Promise<T> {
    this.inFlight++;
    const settle = () => {
      this.inFlight--;
      this.queueFlush();
    };
    sent.then(settle, settle);
    return sent;
  }

  /**
   * After the current macrotask: the continuation of a fetch that just settled runs in microtasks,
   * and the fetches it plans must join this wave rather than start the next.
   */
  private queueFlush(): void {
    if (this.flushQueued || this.inFlight > 0 || this.held.length === 0) return;
    this.flushQueued = true;
    setImmediate(() => {
      this.flushQueued = false;
      if (this.inFlight > 0) return;
      for (const dispatch of this.held.splice(0)) dispatch();
    });
  }
}

/** One wave per client request, shared by every subgraph's batcher. */
export class FetchWaves<TContext extends object> {
  private readonly waves = new WeakMap<TContext, FetchWave>();

  of(context: TContext): FetchWave {
    let wave = this.waves.get(context);
    if (!wave) {
      wave = new FetchWave();
      this.waves.set(context, wave);
    }
    return wave;
  }
}
