import type { Caller } from './caller';

/** Enough for every client of a district at once; the oldest entry goes first beyond it. */
const DEFAULT_MAX_ENTRIES = 10_000;
/**
 * A verified token is re-verified at least this often even when it lives longer, so a key the
 * identity provider withdraws from its JWKS stops being honoured within minutes.
 */
const DEFAULT_MAX_AGE_MS = 5 * 60_000;

interface Entry {
  caller: Caller;
  /** When the entry stops being used: the token's `exp`, or the max age, whichever is first. */
  until: number;
}

/**
 * Callers of tokens whose signature and claims were verified, by the token's exact text, so a client
 * sending the same bearer token on every request costs one signature check, not one per request. A
 * token is never answered from here at or after its `exp` (nor one without `exp`, which is never
 * stored); anything not stored goes through full verification.
 */
export class VerifiedTokenCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly maxEntries = DEFAULT_MAX_ENTRIES,
    private readonly maxAgeMs = DEFAULT_MAX_AGE_MS,
    private readonly now: () => number = Date.now,
  ) {}

  get(token: string): Caller | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (this.now() >= entry.until) {
      this.entries.delete(token);
      return undefined;
    }
    // Most recently used last, so eviction takes the least recently used.
    this.entries.delete(token);
    this.entries.set(token, entry);
    return copyOf(entry.caller);
  }

  /** Remembers a verified token until its `exp` (seconds since the epoch). */
  set(token: string, caller: Caller, exp: unknown): void {
    if (typeof exp !== 'number' || !Number.isFinite(exp)) return;
    const until = Math.min(exp * 1000, this.now() + this.maxAgeMs);
    if (until <= this.now()) return;
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(token, { caller: copyOf(caller), until });
  }
}

/** Each request gets its own caller object, as it did when every request verified its token. */
function copyOf(caller: Caller): Caller {
  return { ...caller, scope: { ...caller.scope, schoolIds: [...caller.scope.schoolIds] } };
}
