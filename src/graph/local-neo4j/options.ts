/** What startLocalNeo4j accepts and returns, and its defaults. */

export interface LocalNeo4jOptions {
  /** Neo4j home for this instance: data/, logs/ and local-neo4j.conf go here (created if missing). */
  dataDir: string;
  /** Bolt port on 127.0.0.1; 0 (the default) picks a free port. */
  port?: number;
  /** JVM max heap (-Xmx), e.g. "512m" (default) or "1g". */
  heap?: string;
  /** Neo4j page cache (server.memory.pagecache.size), e.g. "256m" (default). */
  pageCache?: string;
  /**
   * Any other Neo4j settings, passed through as-is and validated by Neo4j, e.g.
   * { 'db.transaction.timeout': '30s', 'db.memory.transaction.max': '256m' }.
   * Bolt's listen address is always 127.0.0.1 and cannot be changed here.
   */
  settings?: Record<string, string>;
  /** How long to wait for the ready line (default 120 000 ms; a first start takes ~3-5 s). */
  startTimeoutMs?: number;
  /** How long stop() waits after SIGTERM before SIGKILL (default 15 000 ms). */
  stopTimeoutMs?: number;
  /** Progress and diagnostic lines (build progress, Neo4j's stderr). */
  log?: (msg: string) => void;
  /** Extra JVM flags, appended after the defaults. */
  jvmArgs?: string[];
}

export interface LocalNeo4j {
  /** e.g. bolt://127.0.0.1:7687 */
  boltUri: string;
  /** the port actually bound (useful with port 0) */
  port: number;
  /** pid of the java process */
  pid: number;
  /** absolute data directory */
  dataDir: string;
  /** e.g. "5.26.30" */
  neo4jVersion: string;
  /** SIGTERM, wait for the exit (SIGKILL after stopTimeoutMs); resolves once the process is gone. Idempotent. */
  stop(): Promise<void>;
}

export const DEFAULT_HEAP = "512m";
export const DEFAULT_PAGE_CACHE = "256m";
export const DEFAULT_START_TIMEOUT_MS = 120_000;
export const DEFAULT_STOP_TIMEOUT_MS = 15_000;

/** "512m" -> bytes; accepts k/m/g/t suffixes (case-insensitive) or plain bytes. */
export function parseSize(size: string): number | undefined {
  const m = /^\s*(\d+)\s*([kmgt])?\s*$/i.exec(size);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = (m[2] ?? "").toLowerCase();
  const factor = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 }[unit] ?? 1;
  return n * factor;
}
