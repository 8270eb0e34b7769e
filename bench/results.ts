import path from "node:path";
import { PROJECT_ROOT } from "../src/domain/paths";
import type { ContenderName } from "./contenders";
import type { Targets } from "./synthetic";

/** The shape of bench/results/latest.json (what run.ts writes and report.ts reads), and where it lives. */

export const BENCH_DIR = path.join(PROJECT_ROOT, "bench");
export const RESULTS_DIR = path.join(BENCH_DIR, "results");

/** The run's settings, from the command line (options.ts). */
export type Options = {
  sizes: number[];
  article: boolean;
  duration: number;
  warmup: number;
  /** Passes of `warmup` seconds over every question and contender before anything is measured. */
  warmRounds: number;
  /** Measured rounds per question and contender; the reported figure is the best (rounds.ts). */
  rounds: number;
  connections: number;
  relsPerNode: number;
  heap: string;
  pageCache: string;
  cpuProf: boolean;
};

/** One measured round: its figures and the contender's position in that round's order (0 = first). */
export type RoundFigures = { rps: number; p50: number; p99: number; order: number };
export type Measurement = { rps: number; p50: number; p99: number; mean: number; requests: number; errors: number; non2xx: number; mismatches: number; timeouts: number;
  /** Statements an earlier measurement left running in Neo4j, terminated before this one started (bench/settle.ts). */
  leftoversTerminated?: number;
  /** Every measured round; the other figures are those of the best one, errors summed over all. */
  rounds?: RoundFigures[];
};
export type LoadReport = {
  seconds: number;
  nodes: number;
  relationships: number;
  nodesPerSecond: number;
  relationshipsPerSecond: number;
  relationshipStatement: string;
  oneByOne?: { nodesPerSecond: number; relationshipsPerSecond: number; sample: { nodes: number; relationships: number } };
};
export type DatasetReport = {
  name: string;
  nodes: number;
  relationships: number;
  targets: Targets;
  load: LoadReport;
  storeBytes: number;
  neo4jRssBytes: number;
  apiRssBytes: number;
  roundTrips: Record<string, number>;
  answerBytes: Record<string, number>;
  /** Per question, per contender; peerCypher only where it is asked (Q1, Q2). */
  results: Record<string, Partial<Record<ContenderName, Measurement>>>;
};
export type BenchReport = {
  startedAt: string;
  finishedAt?: string;
  command: string;
  machine: Record<string, string | number>;
  settings: Omit<Options, "sizes" | "article"> & { batch: number };
  questions: { name: string; title: string; indexBacked: boolean }[];
  datasets: DatasetReport[];
};
