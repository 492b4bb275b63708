import type { Caller } from './caller';

const DEFAULT_MAX_ENTRIES = 10_000;

interface Entry {
  token: string;
  reuseUntil: number;
}

/**
 * Identity headers the gateway signed, by caller and operation text, reused for a while instead of
 * signed again for every subgraph fetch. A header reused here is exactly one the signer could have
 * produced: same caller, same operation digest, the same 60-second lifetime counted from when it was
 * signed; it is only handed out while most of that lifetime remains, so a slow subgraph hop still
 * arrives well before it expires.
 */
export class SignedIdentityCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    /** How long after signing a header may still be handed out. */
    private readonly reuseMs: number,
    private readonly maxEntries = DEFAULT_MAX_ENTRIES,
    private readonly now: () => number = Date.now,
  ) {}

  async getOrSign(caller: Caller, query: string, sign: () => Promise<string>): Promise<string> {
    const key = `${caller.role}\n${caller.subject}\n${JSON.stringify(caller.scope)}\n${caller.email ?? ''}\n${query}`;
    const entry = this.entries.get(key);
    if (entry && this.now() < entry.reuseUntil) return entry.token;
    const reuseUntil = this.now() + this.reuseMs;
    const token = await sign();
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { token, reuseUntil });
    return token;
  }
}
