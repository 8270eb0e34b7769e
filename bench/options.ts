import type { Options } from "./results";

/** Rows per transaction when loading a synthetic graph. */
export const BATCH = 10_000;

/**
 * `[--scale n] [--sizes 10000,100000] [--duration 5] [--warmup 2] [--warm-rounds 2] [--rounds 2] [--connections 16]
 * [--rels-per-node 5] [--heap 2g] [--pagecache 2g] [--no-article] [--cpu-prof]`.
 */
export function parseOptions(argv: string[]): Options {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  let sizes = (value("--sizes") ?? "10000,100000").split(",").map(Number);
  const scale = value("--scale");
  if (scale) sizes = [...new Set([...sizes, Number(scale)])].sort((a, b) => a - b);
  if (sizes.some((s) => !Number.isInteger(s) || s < 100)) throw new Error("sizes must be whole numbers of at least 100");
  const options = {
    sizes,
    article: !argv.includes("--no-article"),
    duration: Number(value("--duration") ?? 5),
    warmup: Number(value("--warmup") ?? 2),
    warmRounds: Number(value("--warm-rounds") ?? 2),
    rounds: Number(value("--rounds") ?? 2),
    connections: Number(value("--connections") ?? 16),
    relsPerNode: Number(value("--rels-per-node") ?? 5),
    heap: value("--heap") ?? "2g",
    pageCache: value("--pagecache") ?? "2g",
    cpuProf: argv.includes("--cpu-prof"),
  };
  if (!(options.rounds >= 1 && Number.isInteger(options.rounds)) || !(options.warmRounds >= 0 && Number.isInteger(options.warmRounds))) throw new Error("--rounds must be a whole number of at least 1, --warm-rounds of at least 0");
  return options;
}
