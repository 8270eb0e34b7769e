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
  const r = await autocannon({ ...base, duration: options.duration, expectBody: body });
  return {
    rps: r.requests.total / r.duration,
    p50: r.latency.p50,
    p99: r.latency.p99,
    mean: r.latency.mean,
    requests: r.requests.total,
    errors: r.errors,
    non2xx: r.non2xx,
    mismatches: r.mismatches,
    timeouts: r.timeouts,
  };
}
