import autocannon from "autocannon";
import { requestOf, type Contender } from "./contenders";
import type { Question } from "./questions";
import type { Measurement, Options } from "./results";

export type LoadSettings = Pick<Options, "duration" | "warmup" | "connections">;

/** autocannon for `warmup` seconds, nothing recorded. */
export async function warmUp(contender: Contender, q: Question, options: LoadSettings): Promise<void> {
  const request = requestOf(contender, q);
  if (request && options.warmup > 0) await autocannon({ url: request.url, method: "POST", body: request.body, headers: { "content-type": "application/json" }, connections: options.connections, duration: options.warmup });
}

/** Warm-up, then the measured run; every response is checked against `body`, the agreed answer. */
export async function measure(contender: Contender, q: Question, body: string, options: LoadSettings): Promise<Measurement> {
  const request = requestOf(contender, q)!;
  const base = { url: request.url, method: "POST", body: request.body, headers: { "content-type": "application/json" }, connections: options.connections, timeout: 30 };
  await warmUp(contender, q, options);
  const run = autocannon({ ...base, duration: options.duration, expectBody: body });
  // autocannon's latency histogram keeps whole milliseconds, too coarse for answers of 7-20 ms
  // (7.9 ms counts as 7); its per-response times are in fractions of a millisecond.
  const latencies: number[] = [];
  run.on("response", (_client, statusCode, _bytes, responseTime) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
  });
  const r = await run;
  latencies.sort((a, b) => a - b);
  return {
    rps: r.requests.total / r.duration,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    mean: r.latency.mean,
    requests: r.requests.total,
    errors: r.errors,
    non2xx: r.non2xx,
    mismatches: r.mismatches,
    timeouts: r.timeouts,
  };
}

/** The value below which `share` of the sorted values lie (nearest rank), in ms to 0.01; NaN when none. */
export function percentile(sorted: number[], share: number): number {
  if (sorted.length === 0) return NaN;
  const value = sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
  return Math.round(value * 100) / 100;
}
