import { LRUCache } from "lru-cache";
import neo4j, { type Driver, Neo4jError } from "neo4j-driver";
import { toPlain } from "./records";
import { SCHEMA_ALREADY_EXISTS, TIMEOUT_CODES, translateError, translateUserError, UNAVAILABLE_CODES } from "./translate-error";
import { toCypherValue, type CypherValue } from "./sandbox-values";

/** One Cypher statement with its parameters; `Row` is the shape of one returned record. */
export type CypherQuery<Row> = {
  readonly name: string;
  readonly text: string;
  readonly params: Readonly<Record<string, unknown>>;
  /** Phantom field carrying the row type; never set. */
  readonly __row?: Row;
};

export function cypher<Row>(name: string, text: string, params: Record<string, unknown> = {}): CypherQuery<Row> {
  return { name, text, params };
}

export type GatewayOptions = { database: string; timeoutMs: number };
export type QueryListener = (name: string, accessMode: "READ" | "WRITE") => void;

/**
 * The one gateway to the database: every statement goes through here, so sessions, access mode,
 * per-transaction timeouts, error translation and round-trip counting live in one place.
 */
export class GraphGateway {
  private readonly listeners = new Set<QueryListener>();

  constructor(
    private readonly driver: Driver,
    private readonly options: GatewayOptions,
  ) {}

  /**
   * Runs a read in READ access mode and returns plain rows, under the read timeout or `timeoutMs`
   * (start-up reads take the seed timeout: a cold database under load is slow to answer its first).
   */
  read<Row>(query: CypherQuery<Row>, options: { timeoutMs?: number } = {}): Promise<Row[]> {
    return this.run(query, "READ", options.timeoutMs);
  }

  /** Runs a write (seeding only; the API is read-only), under `timeoutMs` or the read timeout. */
  write<Row>(query: CypherQuery<Row>, options: { timeoutMs?: number } = {}): Promise<Row[]> {
    return this.run(query, "WRITE", options.timeoutMs);
  }

  /**
   * Runs a schema statement (CREATE CONSTRAINT / INDEX ... IF NOT EXISTS) under its own timeout.
   * Replicas starting together race on these: a deadlock or other transient error is retried, and
   * "an equivalent index or constraint already exists" means another process won, which is success.
   */
  async writeSchema(query: CypherQuery<never>, timeoutMs: number, attempts = 8): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.run(query, "WRITE", timeoutMs, false);
        return;
      } catch (error) {
        if (error instanceof Neo4jError && SCHEMA_ALREADY_EXISTS.has(error.code)) return;
        const retryable = error instanceof Neo4jError && Neo4jError.isRetryable(error) && !UNAVAILABLE_CODES.has(error.code);
        if (retryable && attempt < attempts) {
          await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
          continue;
        }
        if (error instanceof Neo4jError && TIMEOUT_CODES.has(error.code)) {
          throw new Error(`The schema statement "${query.name}" took longer than ${timeoutMs} ms (SEED_TIMEOUT_MS); raise SEED_TIMEOUT_MS or check the database's load.`);
        }
        throw translateError(error, timeoutMs);
      }
    }
  }

  /**
   * Runs a write that creates a node guarded by a uniqueness constraint; resolves false instead of
   * failing when the node already exists (another process holds it). Used by the seed lock.
   */
  async createUnlessExists(query: CypherQuery<never>, timeoutMs: number): Promise<boolean> {
    try {
      await this.run(query, "WRITE", timeoutMs, false);
      return true;
    } catch (error) {
      if (error instanceof Neo4jError && error.code === "Neo.ClientError.Schema.ConstraintValidationFailed") return false;
      // Replicas racing for the same lock node can deadlock on its index entry; the loser is told
      // so as a transient error. It did not get the lock: the caller polls and tries again.
      if (error instanceof Neo4jError && error.code.startsWith("Neo.TransientError.")) return false;
      throw translateError(error, timeoutMs);
    }
  }

  /**
   * Runs several writes in one transaction: all of them land or none does. The timeout is longer
   * than a read's because seeding the whole graph is one transaction.
   */
  async writeAll(queries: CypherQuery<unknown>[], timeoutMs = 120_000): Promise<void> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.executeWrite(
        async (tx) => {
          for (const query of queries) {
            for (const listener of this.listeners) listener(query.name, "WRITE");
            await tx.run(query.text, toDriverParams(query.params));
          }
        },
        { timeout: timeoutMs },
      );
    } catch (error) {
      throw translateError(error, timeoutMs);
    } finally {
      await session.close();
    }
  }

  /**
   * Plans a client's statement with EXPLAIN in a READ session: nothing runs. Returns the query type
   * Neo4j reports ("r", "rw", "w", "s"), the database it would run on, and every plan operator with
   * its details, for the sandbox's checks (services/cypher.service.ts).
   */
  async explainUserStatement(statement: string, params: Record<string, unknown>, timeoutMs: number): Promise<PlannedStatement> {
    for (const listener of this.listeners) listener("user cypher (explain)", "READ");
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.run(`EXPLAIN ${statement}`, toDriverParams(params), { timeout: timeoutMs, metadata: { query: "user cypher (explain)" } });
      const summary = result.summary;
      const operators: PlanOperator[] = [];
      const walk = (plan: { operatorType: string; arguments: Record<string, unknown>; children: unknown[] }) => {
        operators.push({ operator: plan.operatorType.replace(/@.*$/, ""), details: String(plan.arguments?.Details ?? "") });
        for (const child of plan.children) walk(child as typeof plan);
      };
      if (summary.plan) walk(summary.plan as never);
      return { queryType: String(summary.queryType), database: summary.database.name ?? "", operators };
    } catch (error) {
      throw translateUserError(error, timeoutMs);
    } finally {
      await session.close();
    }
  }

  /**
   * Runs a client's statement (already checked) in a READ session with its own timeout, pulling at
   * most `maxRows + 1` records: the rest is discarded unread, so a huge answer costs the server
   * only what was pulled.
   */
  async readUserStatement(statement: string, params: Record<string, unknown>, options: { timeoutMs: number; maxRows: number }): Promise<UserRows> {
    for (const listener of this.listeners) listener("user cypher", "READ");
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.READ,
      fetchSize: options.maxRows + 1,
    });
    try {
      const result = session.run(statement, toDriverParams(params), { timeout: options.timeoutMs, metadata: { query: "user cypher" } });
      const columns = await result.keys();
      const rows: CypherValue[][] = [];
      let truncated = false;
      for await (const record of result) {
        if (rows.length === options.maxRows) {
          truncated = true;
          break;
        }
        rows.push(columns.map((key) => toCypherValue(record.get(key))));
      }
      return { columns: [...columns], rows, truncated };
    } catch (error) {
      throw translateUserError(error, options.timeoutMs);
    } finally {
      await session.close();
    }
  }

  /** Subscribes to every statement sent; returns the unsubscribe function. Used to count round trips. */
  onQuery(listener: QueryListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves when the database answers a trivial query; rejects with ServiceUnavailableError otherwise. */
  async ping(): Promise<void> {
    await this.read(cypher<{ ok: number }>("ping", "RETURN 1 AS ok"));
  }

  /**
   * One statement in an auto-commit transaction: RUN and PULL in one write, no BEGIN or COMMIT
   * round trips, no bookmarks. A one-row lookup at concurrency 16 on a 2-core machine
   * (bench/driver-calls.ts): 6 562 reads/s at 0.100 ms Node and 0.150 ms Neo4j CPU each, against
   * 2 285 reads/s at 0.234 and 0.620 ms with `driver.executeQuery` (a managed transaction).
   * Reads need neither retries (we never retry) nor causal chaining.
   */
  private async run<Row>(query: CypherQuery<Row>, accessMode: "READ" | "WRITE", timeoutMs = this.options.timeoutMs, translate = true): Promise<Row[]> {
    for (const listener of this.listeners) listener(query.name, accessMode);
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: accessMode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      const result = await withoutCallerStack(() =>
        session.run(unindented(query.text), toDriverParams(query.params), {
          timeout: timeoutMs,
          metadata: { query: query.name },
        }),
      );
      return result.records.map((record) => toPlain(record.toObject()) as Row);
    } catch (error) {
      throw translate ? translateError(error, timeoutMs) : error;
    } finally {
      await session.close();
    }
  }
}

export type PlanOperator = { operator: string; details: string };
export type PlannedStatement = { queryType: string; database: string; operators: PlanOperator[] };
export type UserRows = { columns: string[]; rows: CypherValue[][]; truncated: boolean };

/**
 * Runs `start` (which must return synchronously) with V8 capturing no stack frames. neo4j-driver's
 * Result captures and formats a stack trace for every statement, to graft onto a later error;
 * that cost about 0.1 ms per request (V8 profile of the benchmark's Q2). Our errors are translated
 * and name the statement (`query.name`), so the driver's copy of the caller's stack is not needed.
 */
function withoutCallerStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * The statement as sent: without the indentation our templates carry (about a tenth of the text).
 * Line breaks stay, so a `//` comment still ends where it did. It matters because neo4j-driver
 * writes RUN + PULL from a fixed 1 400-byte buffer: a longer message costs a second socket write,
 * which was a fifth of our API's CPU on the benchmark's Q1, Q2 and Q6 (V8 profile, `writeBuffer`).
 */
const unindented = (text: string): string => {
  let sent = sentTexts.get(text);
  if (sent === undefined) sentTexts.set(text, (sent = text.replace(/\n[ \t]+/g, "\n").trim()));
  return sent;
};

/**
 * Statement texts as sent, by text. Compiled plans hand over the same string object every time
 * (compile/plan.ts), which a Map finds without reading it again: about 0.07 µs against 2 µs for
 * the regular expression on a 1 100-character statement (the benchmark's Q2). Only our own
 * templates come here (user statements do not), bounded by characters kept all the same.
 */
const SENT_TEXTS_CHARS = 2_000_000;
const sentTexts = new LRUCache<string, string>({ maxSize: SENT_TEXTS_CHARS, sizeCalculation: (_sent, text) => text.length || 1 });

/** Whole numbers go to Cypher as integers (LIMIT and SKIP reject floats); everything else as is. */
function toDriverParams(params: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const convert = (value: unknown): unknown => {
    if (typeof value === "number" && Number.isInteger(value)) return neo4j.int(value);
    if (Array.isArray(value)) return value.map(convert);
    if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
      return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, convert(v)]));
    }
    return value;
  };
  return convert(params) as Record<string, unknown>;
}
