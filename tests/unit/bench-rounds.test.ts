import { bestRound, orderOf } from "../../bench/rounds";
import type { Measurement } from "../../bench/results";

/** The benchmark's measuring order: no contender is always first, and the best round is reported. */
const m = (rps: number): Measurement => ({ rps, p50: 1000 / rps, p99: 2000 / rps, mean: 1000 / rps, requests: rps * 5, errors: 0, non2xx: 0, mismatches: 0, timeouts: 0 });

describe("benchmark rounds", () => {
  const contenders = ["ours", "peer", "peerCypher", "floor"];

  it("puts each contender first on some question", () => {
    const firsts = new Set([0, 1, 2, 3].map((qi) => orderOf(contenders, qi, false)[0]));
    expect(firsts).toEqual(new Set(contenders));
  });

  it("gives every contender the same summed position over two measured rounds", () => {
    for (let qi = 0; qi < 7; qi++) {
      const [a, b] = [orderOf(contenders, qi, false), orderOf(contenders, qi, true)];
      const sums = contenders.map((c) => a.indexOf(c) + b.indexOf(c));
      expect(new Set(sums)).toEqual(new Set([contenders.length - 1]));
      expect([...a].sort()).toEqual([...contenders].sort());
    }
  });

  it("reports the round with the most requests per second", () => {
    expect(bestRound([m(120), m(300), m(250)]).rps).toBe(300);
    expect(bestRound([m(80)]).rps).toBe(80);
  });
});
