import type { Agreement } from "./check";
import type { Contender } from "./contenders";
import { log } from "./log";
import { measure, warmUp } from "./measure";
import type { Measurement, Options, RoundFigures } from "./results";

/**
 * The order in which contenders are warmed and measured, and which round counts.
 *
 * Neo4j's JVM keeps getting cheaper on a query shape for tens of seconds of load: at the driver,
 * 16 sessions, the floor's Q6 statement went from 2.17 to 1.16 ms of Neo4j CPU per run over three
 * rounds, ours' from 11.9 to 1.5. A fixed order (ours first on every question) therefore charged
 * ours for the warm-up the others then enjoyed. So every pass rotates the order per question, the
 * measured rounds run in opposite orders, and each contender's figure is its best round (every
 * round is kept in latest.json).
 */

type Settle = () => Promise<number>;

/** `list` rotated left by `shift`, reversed when `reverse`. */
export function orderOf<T>(list: T[], shift: number, reverse: boolean): T[] {
  const n = list.length;
  const rotated = list.map((_, i) => list[(i + shift) % n]!);
  return reverse ? rotated.reverse() : rotated;
}

/** The round a contender is reported by: the most requests per second. */
export function bestRound(rounds: Measurement[]): Measurement {
  return rounds.reduce((best, m) => (m.rps > best.rps ? m : best));
}

/** Every contender on every question, `warmRounds` times, the order rotating between passes. */
export async function warmAll(agreement: Agreement[], contenders: Contender[], options: Options, settle: Settle): Promise<void> {
  for (let round = 0; round < options.warmRounds; round++)
    for (const [qi, a] of agreement.entries())
      for (const contender of orderOf(contenders, qi + round, false)) {
        await settle();
        await warmUp(contender, a.question, options);
      }
}

const figures = (m: Measurement, order: number): RoundFigures => ({ rps: m.rps, p50: m.p50, p99: m.p99, order });

/** The measured rounds of one question: each contender's best round, with all of them attached. */
export async function measureQuestion(label: string, qi: number, a: Agreement, contenders: Contender[], options: Options, settle: Settle): Promise<Record<string, Measurement>> {
  const rounds: Record<string, { m: Measurement; order: number }[]> = {};
  for (let round = 0; round < options.rounds; round++) {
    const order = orderOf(contenders, qi, round % 2 === 1).filter((c) => a.bodies[c.name] !== undefined);
    for (const [position, contender] of order.entries()) {
      const leftovers = await settle();
      if (leftovers) log(`${label} ${contender.name}: terminated ${leftovers} statements the previous measurement left running`);
      const m = { ...(await measure(contender, a.question, a.bodies[contender.name]!, options)), leftoversTerminated: leftovers };
      (rounds[contender.name] ??= []).push({ m, order: position });
      const flag = m.errors + m.non2xx + m.mismatches + m.timeouts > 0 ? `  (errors ${m.errors}, non-2xx ${m.non2xx}, mismatches ${m.mismatches}, timeouts ${m.timeouts})` : "";
      log(`${label} ${contender.name.padEnd(10)} round ${round + 1} ${m.rps.toFixed(0).padStart(6)} req/s  p50 ${m.p50} ms  p99 ${m.p99} ms${flag}`);
    }
  }
  return Object.fromEntries(
    Object.entries(rounds).map(([name, rs]) => {
      const best = bestRound(rs.map((r) => r.m));
      // Errors of any round stay visible in the reported figure.
      const sum = (key: "errors" | "non2xx" | "mismatches" | "timeouts") => rs.reduce((total, r) => total + r.m[key], 0);
      return [name, { ...best, errors: sum("errors"), non2xx: sum("non2xx"), mismatches: sum("mismatches"), timeouts: sum("timeouts"), rounds: rs.map((r) => figures(r.m, r.order)) }];
    }),
  );
}
