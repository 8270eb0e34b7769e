import { percentile } from "../../bench/measure";
import { ratios } from "../../bench/report";
import type { DatasetReport, Measurement } from "../../bench/results";

/** The benchmark's ratios when a system answers no request in time (the peer's and floor's Q6 at 1M). */
const m = (rps: number, p50: number): Measurement => ({ rps, p50, p99: p50 * 2, mean: p50, requests: Math.round(rps * 5), errors: 0, non2xx: 0, mismatches: 0, timeouts: rps ? 0 : 16 });
const dataset = (results: DatasetReport["results"]) => ({ results }) as DatasetReport;

describe("benchmark ratios", () => {
  it("divides ours by the faster peer way and compares p50 with the floor", () => {
    const [r] = ratios(dataset({ Q1: { ours: m(200, 40), peer: m(10, 900), peerCypher: m(100, 80), floor: m(400, 20) } }));
    expect(r.oursPeerRps).toBeCloseTo(2);
    expect(r.oursFloorP50).toBeCloseTo(2);
  });

  it("counts a question the peer and the floor answered none of as won, not as missing", () => {
    const [r] = ratios(dataset({ Q6: { ours: m(99, 146), peer: m(0, 0), floor: m(0, 0) } }));
    expect(r.oursPeerRps).toBe(Infinity);
    expect(r.oursFloorP50).toBe(0);
  });

  it("leaves a ratio undefined when neither side answered", () => {
    const [r] = ratios(dataset({ Q6: { ours: m(0, 0), peer: m(0, 0), floor: m(0, 0) } }));
    expect(r.oursPeerRps).toBeNaN();
    expect(r.oursFloorP50).toBeNaN();
  });
});

describe("benchmark latency percentiles", () => {
  it("keeps fractions of a millisecond, which autocannon's histogram drops", () => {
    expect(percentile([7.941, 7.2, 8.6].sort((a, b) => a - b), 0.5)).toBe(7.94);
  });

  it("takes the nearest rank", () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 0.5)).toBe(50);
    expect(percentile(sorted, 0.99)).toBe(99);
    expect(percentile([3], 0.99)).toBe(3);
  });

  it("has no value when nothing was answered", () => {
    expect(percentile([], 0.5)).toBeNaN();
  });
});
