import pg from 'pg';

/**
 * Server-side prepared statements per connection, as Npgsql's automatic preparation does: a
 * parameterised statement this connection has sent twice is prepared under a name, so PostgreSQL
 * stops parsing and planning it on every call (a student's full view sends 16 statements; prepared,
 * PostgreSQL spent about 30% less CPU on them). At most `capacity` stay prepared per connection;
 * the least recently used one is deallocated to make room. 0 turns it off, for a connection pooler
 * that does not keep a client on one server session (PgBouncer in transaction mode).
 */
export const DEFAULT_PREPARED_STATEMENTS = 100;

/** Uses on one connection before a statement is prepared: one-off statements are not worth a name. */
const USES_BEFORE_PREPARING = 2;

/** What to send a statement as: `name` prepared (or to prepare); `deallocate` a name to drop first. */
export interface PreparedStatementDecision {
  name?: string;
  deallocate?: string;
}

/** The per-connection bookkeeping: which texts are prepared under which name, least recently used first. */
export class PreparedStatementCache {
  private readonly prepared = new Map<string, string>();
  /** Texts seen but not yet prepared, with their use count (bounded like `prepared`). */
  private readonly seen = new Map<string, number>();
  private nextName = 1;

  constructor(private readonly capacity: number) {}

  /** Records a use of `text` and says how to send it. */
  use(text: string): PreparedStatementDecision {
    const name = this.prepared.get(text);
    if (name) {
      // Map order is insertion order: re-inserting makes it the most recently used.
      this.prepared.delete(text);
      this.prepared.set(text, name);
      return { name };
    }
    const uses = (this.seen.get(text) ?? 0) + 1;
    this.seen.delete(text);
    if (uses < USES_BEFORE_PREPARING) {
      this.seen.set(text, uses);
      if (this.seen.size > this.capacity) this.seen.delete(this.seen.keys().next().value!);
      return {};
    }
    const decision: PreparedStatementDecision = { name: `careergraph_${this.nextName++}` };
    if (this.prepared.size >= this.capacity) {
      const [oldest, oldestName] = this.prepared.entries().next().value!;
      this.prepared.delete(oldest);
      decision.deallocate = oldestName;
    }
    this.prepared.set(text, decision.name!);
    return decision;
  }

  /** Forgets `text` (its preparation failed, so the name was never created on the server). */
  forget(text: string): void {
    this.prepared.delete(text);
  }

  get size(): number {
    return this.prepared.size;
  }
}

/** pg's record of the names it has prepared on this connection (it sends Parse only for others). */
interface ParsedStatements {
  connection: { parsedStatements: Record<string, string> };
}

/**
 * A pg Client class (the pool's `Client` option) that prepares statements per
 * `PreparedStatementCache`. Only `query(text, values[, callback])` with parameters is named, which
 * is how TypeORM and the repositories' raw SQL send them; everything else (COPY streams, statements
 * without parameters such as BEGIN) passes through.
 */
export function preparingClient(capacity: number): typeof pg.Client {
  return class PreparingClient extends pg.Client {
    private readonly statements = new PreparedStatementCache(capacity);

    // pg's query has a dozen overloads; this one signature stands for all of them.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    override query(config: any, values?: any, callback?: any): any {
      if (typeof config !== 'string' || !Array.isArray(values) || values.length === 0) return super.query(config, values, callback);
      const { name, deallocate } = this.statements.use(config);
      if (deallocate) this.deallocate(deallocate);
      if (!name) return super.query(config, values, callback);
      const text = config;
      // A statement whose Parse failed has no name on the server: the next use prepares it afresh.
      const forgetUnlessParsed = () => {
        if (!(this as unknown as ParsedStatements).connection.parsedStatements[name]) this.statements.forget(text);
      };
      if (typeof callback === 'function') {
        return super.query({ text, values, name }, (error: Error | null, result: unknown) => {
          if (error) forgetUnlessParsed();
          callback(error, result);
        });
      }
      return (super.query({ text, values, name }) as Promise<unknown>).catch((error: unknown) => {
        forgetUnlessParsed();
        throw error;
      });
    }

    /**
     * Queued behind whatever this connection is already running, so a query holding the name still
     * finds it; pg forgets the name once the server has dropped it.
     */
    private deallocate(name: string): void {
      super.query(`DEALLOCATE ${name}`).then(
        () => delete (this as unknown as ParsedStatements).connection.parsedStatements[name],
        // The connection is failing; it will be discarded with its statements.
        () => undefined,
      );
    }
  };
}
