import path from "node:path";
import { z } from "zod";

/**
 * The only reader of process.env. Every setting is validated at start-up; an invalid value stops
 * the process with a message naming the variable and what it accepts.
 */

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
const NODE_ENVS = ["development", "production", "test"] as const;
const EXECUTORS = ["jit", "graphql-js"] as const;
const BOLT_SCHEMES = ["bolt:", "bolt+s:", "bolt+ssc:", "neo4j:", "neo4j+s:", "neo4j+ssc:"];

const integer = (name: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `${name} must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `${name} must be a whole number from ${min} to ${max}`);

const flag = (name: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .refine((v) => ["true", "false", "1", "0"].includes(v), `${name} must be true or false`)
    .transform((v) => v === "true" || v === "1");

const boltUri = z
  .string()
  .trim()
  .refine((v) => {
    try {
      return BOLT_SCHEMES.includes(new URL(v).protocol);
    } catch {
      return false;
    }
  }, `NEO4J_URI must be a Bolt URI such as bolt://localhost:7687 or neo4j+s://host (schemes: ${BOLT_SCHEMES.join(" ")}), or unset to run the local Neo4j`);

const envSchema = z.object({
  NODE_ENV: z.enum(NODE_ENVS, { message: `NODE_ENV must be one of: ${NODE_ENVS.join(", ")}` }).default("development"),
  HOST: z.string().trim().min(1, "HOST must be a host name or IP address").default("127.0.0.1"),
  PORT: integer("PORT", 1, 65535).default(4000),
  LOG_LEVEL: z.enum(LOG_LEVELS, { message: `LOG_LEVEL must be one of: ${LOG_LEVELS.join(", ")}` }).default("info"),
  NEO4J_URI: boltUri.optional(),
  NEO4J_USER: z.string().min(1, "NEO4J_USER must not be empty").default("neo4j"),
  NEO4J_PASSWORD: z.string().default("activism-graph"),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9.-]{2,62}$/, "NEO4J_DATABASE must be a Neo4j database name (3-63 letters, digits, dots, dashes)")
    .default("neo4j"),
  NEO4J_DATA_DIR: z.string().min(1).default(".data/neo4j"),
  NEO4J_HEAP: z.string().regex(/^\d+[mMgG]$/, "NEO4J_HEAP must look like 512m or 1g").default("512m"),
  NEO4J_PAGECACHE: z.string().regex(/^\d+[mMgG]$/, "NEO4J_PAGECACHE must look like 256m or 1g").default("256m"),
  NEO4J_START_TIMEOUT_MS: integer("NEO4J_START_TIMEOUT_MS", 1000, 600000).default(180000),
  NEO4J_CONNECT_RETRY_MS: integer("NEO4J_CONNECT_RETRY_MS", 0, 600000).default(30000),
  QUERY_TIMEOUT_MS: integer("QUERY_TIMEOUT_MS", 100, 600000).default(5000),
  NEO4J_TX_MEMORY: z.string().regex(/^\d+[mMgG]$/, "NEO4J_TX_MEMORY must look like 256m or 1g").default("256m"),
  COST_LIMIT: integer("COST_LIMIT", 1, 100000000).default(50000),
  MAX_DEPTH: integer("MAX_DEPTH", 1, 100).default(12),
  MAX_ALIASES: integer("MAX_ALIASES", 0, 1000).default(30),
  MAX_DOCUMENT_BYTES: integer("MAX_DOCUMENT_BYTES", 100, 1000000).default(20000),
  MAX_TOKENS: integer("MAX_TOKENS", 100, 100000).default(3000),
  CORS_ORIGINS: z
    .string()
    .trim()
    .refine(
      (v) => v === "*" || v.split(",").every((o) => /^https?:\/\/[^\s/]+$/.test(o.trim())),
      "CORS_ORIGINS must be * or a comma-separated list of origins such as https://example.org,http://localhost:3000",
    )
    .default("*"),
  SEED_ON_START: flag("SEED_ON_START").default(true),
  LANDING_PAGE: flag("LANDING_PAGE").default(true),
  INTROSPECTION: flag("INTROSPECTION").default(true),
  CYPHER_ENDPOINT: flag("CYPHER_ENDPOINT").default(true),
  MAX_VARIABLES_BYTES: integer("MAX_VARIABLES_BYTES", 100, 1000000).default(100000),
  MAX_VARIABLES_DEPTH: integer("MAX_VARIABLES_DEPTH", 1, 100).default(10),
  MAX_VARIABLES_LIST: integer("MAX_VARIABLES_LIST", 1, 100000).default(1000),
  MAX_VARIABLES_KEYS: integer("MAX_VARIABLES_KEYS", 1, 100000).default(1000),
  ADMISSION_COST_BUDGET: integer("ADMISSION_COST_BUDGET", 1, 1000000000).optional(),
  ADMISSION_QUEUE_MS: integer("ADMISSION_QUEUE_MS", 0, 600000).default(2000),
  NEO4J_MAX_POOL_SIZE: integer("NEO4J_MAX_POOL_SIZE", 1, 10000).default(100),
  NEO4J_POOL_ACQUISITION_TIMEOUT_MS: integer("NEO4J_POOL_ACQUISITION_TIMEOUT_MS", 100, 600000).default(3000),
  SEED_TIMEOUT_MS: integer("SEED_TIMEOUT_MS", 1000, 3600000).default(120000),
  REQUEST_TIMEOUT_MS: integer("REQUEST_TIMEOUT_MS", 1000, 3600000).default(30000),
  HEADERS_TIMEOUT_MS: integer("HEADERS_TIMEOUT_MS", 1000, 600000).default(10000),
  KEEP_ALIVE_TIMEOUT_MS: integer("KEEP_ALIVE_TIMEOUT_MS", 100, 600000).default(5000),
  MAX_CONNECTIONS: integer("MAX_CONNECTIONS", 1, 1000000).default(2000),
  SHUTDOWN_TIMEOUT_MS: integer("SHUTDOWN_TIMEOUT_MS", 100, 600000).default(10000),
  GRAPHQL_EXECUTOR: z.enum(EXECUTORS, { message: `GRAPHQL_EXECUTOR must be one of: ${EXECUTORS.join(", ")}` }).default("jit"),
});

export type Config = Readonly<{
  env: (typeof NODE_ENVS)[number];
  host: string;
  port: number;
  logLevel: (typeof LOG_LEVELS)[number];
  neo4j: Readonly<{
    /** Unset means: build and run the local embedded Neo4j. */
    uri: string | undefined;
    user: string;
    password: string;
    database: string;
    queryTimeoutMs: number;
    /** Per-transaction memory cap set on the local Neo4j (db.memory.transaction.max). */
    transactionMemory: string;
    /** How long start-up keeps retrying an unreachable database before giving up. */
    connectRetryMs: number;
    local: Readonly<{ dataDir: string; heap: string; pageCache: string; startTimeoutMs: number }>;
    /** Connections per process, and how long a query waits for one before DATABASE_BUSY. */
    pool: Readonly<{ maxSize: number; acquisitionTimeoutMs: number }>;
    /** Time limit of each schema statement and of the seed transaction (not the read timeout). */
    seedTimeoutMs: number;
  }>;
  /** Node HTTP server timeouts and the drain bound on SIGTERM. */
  http: Readonly<{ requestTimeoutMs: number; headersTimeoutMs: number; keepAliveTimeoutMs: number; maxConnections: number; shutdownTimeoutMs: number }>;
  /** What executes operations: graphql-jit (compiled per document, graphql-js when it cannot) or graphql-js. */
  executor: (typeof EXECUTORS)[number];
  seedOnStart: boolean;
  landingPage: boolean;
  introspection: boolean;
  /** Whether the read-only `cypher` field runs statements (off: it answers CYPHER_REFUSED, reason DISABLED). */
  cypherEndpoint: boolean;
  limits: Readonly<{
    cost: number;
    depth: number;
    aliases: number;
    documentBytes: number;
    tokens: number;
    variables: Readonly<{ maxBytes: number; maxDepth: number; maxListLength: number; maxKeys: number }>;
    /** Cost-weighted concurrency cap (default twice the cost limit) and how long a request may queue. */
    admission: Readonly<{ costBudget: number; queueMs: number }>;
  }>;
  /** "*" for any origin, or the exact origins allowed. */
  corsOrigins: "*" | readonly string[];
}>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join("\n  - ")}`);
    this.name = "ConfigError";
  }
}

/** Reads and validates the environment; throws ConfigError listing every bad variable at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0]);
        const got = present[name];
        return `${issue.message}${got === undefined ? "" : ` (got ${JSON.stringify(got)})`}`;
      }),
    );
  }
  const e = parsed.data;
  return Object.freeze({
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    neo4j: Object.freeze({
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      queryTimeoutMs: e.QUERY_TIMEOUT_MS,
      transactionMemory: e.NEO4J_TX_MEMORY,
      connectRetryMs: e.NEO4J_CONNECT_RETRY_MS,
      local: Object.freeze({
        dataDir: path.resolve(cwd, e.NEO4J_DATA_DIR),
        heap: e.NEO4J_HEAP,
        pageCache: e.NEO4J_PAGECACHE,
        startTimeoutMs: e.NEO4J_START_TIMEOUT_MS,
      }),
      pool: Object.freeze({ maxSize: e.NEO4J_MAX_POOL_SIZE, acquisitionTimeoutMs: e.NEO4J_POOL_ACQUISITION_TIMEOUT_MS }),
      seedTimeoutMs: e.SEED_TIMEOUT_MS,
    }),
    http: Object.freeze({
      requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
      headersTimeoutMs: e.HEADERS_TIMEOUT_MS,
      keepAliveTimeoutMs: e.KEEP_ALIVE_TIMEOUT_MS,
      maxConnections: e.MAX_CONNECTIONS,
      shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    }),
    executor: e.GRAPHQL_EXECUTOR,
    seedOnStart: e.SEED_ON_START,
    landingPage: e.LANDING_PAGE,
    introspection: e.INTROSPECTION,
    cypherEndpoint: e.CYPHER_ENDPOINT,
    limits: Object.freeze({
      cost: e.COST_LIMIT,
      depth: e.MAX_DEPTH,
      aliases: e.MAX_ALIASES,
      documentBytes: e.MAX_DOCUMENT_BYTES,
      tokens: e.MAX_TOKENS,
      variables: Object.freeze({
        maxBytes: e.MAX_VARIABLES_BYTES,
        maxDepth: e.MAX_VARIABLES_DEPTH,
        maxListLength: e.MAX_VARIABLES_LIST,
        maxKeys: e.MAX_VARIABLES_KEYS,
      }),
      admission: Object.freeze({ costBudget: e.ADMISSION_COST_BUDGET ?? 2 * e.COST_LIMIT, queueMs: e.ADMISSION_QUEUE_MS }),
    }),
    corsOrigins: e.CORS_ORIGINS === "*" ? "*" : Object.freeze(e.CORS_ORIGINS.split(",").map((o) => o.trim())),
  });
}
