import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { BenchReport, DatasetReport, Measurement } from "./results";

/**
 * bench/RESULTS.md from bench/results/latest.json: the figures as tables, the targets checked
 * against them, a chart of the ratios (SVG, rendered to PNG with ImageMagick when present), then
 * the hand-written analysis in bench/analysis.md.
 */

const f0 = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : "-");
const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "-");
const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : n === Infinity ? "∞" : "-");
const mib = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`;
const geomean = (xs: number[]) => Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
const row = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
/** A latency to 0.1 ms (measure.ts keeps each response's time; NaN when none was answered). */
const ms = (m: Measurement | undefined, key: "p50" | "p99") => f1(m ? m[key] : NaN);
/** ours/other req/s; ∞ when the other answered no request in time and ours did. */
const ratio = (a: number, b: number) => (b > 0 ? a / b : a > 0 ? Infinity : NaN);
const answered = (m: Measurement) => m.requests > 0;
/** ours/floor p50; 0 when the floor answered no request in time (its latency is unbounded) and ours did. */
const p50Ratio = (ours: Measurement, floor: Measurement) =>
  !answered(floor) ? (answered(ours) ? 0 : NaN) : ours.p50 / floor.p50;
/** The geometric mean of the finite ratios, and the questions left out because a side answered none. */
const finiteMean = (rs: { q: string; value: number }[]) => {
  const finite = rs.filter((r) => Number.isFinite(r.value));
  return { mean: finite.length ? geomean(finite.map((r) => r.value)) : NaN, without: rs.filter((r) => !Number.isFinite(r.value)).map((r) => r.q) };
};
const withoutNote = (without: string[]) => (without.length ? ` (without ${without.join(", ")}: the peer answered none in time)` : "");

type Results = DatasetReport["results"][string];
/**
 * The better of the peer's two ways of asking (native connections, `links` @cypher field) on one
 * question, by req/s: the targets compare ours with it. Runs from before the second way have only "peer".
 */
export function bestPeer(r: Results): { name: "peer" | "peerCypher"; m: Measurement } {
  return r.peerCypher && r.peerCypher.rps > r.peer!.rps ? { name: "peerCypher", m: r.peerCypher } : { name: "peer", m: r.peer! };
}

export function ratios(d: DatasetReport) {
  return Object.entries(d.results).map(([q, r]) => ({
    q,
    oursPeerRps: ratio(r.ours!.rps, bestPeer(r).m.rps),
    oursFloorP50: p50Ratio(r.ours!, r.floor!),
    oursFloorRps: ratio(r.ours!.rps, r.floor!.rps),
  }));
}

function datasetTable(d: DatasetReport): string {
  const lines = [
    row(["query", "ours req/s", "peer req/s", "peer (cypher) req/s", "floor req/s", "ours/best peer req/s", "ours p50", "peer p50", "peer (cypher) p50", "floor p50", "ours/floor p50", "ours p99", "peer p99", "peer (cypher) p99", "floor p99", "ours round trips", "answer bytes"]),
    row(Array(17).fill("---")),
  ];
  const at = (m: Measurement | undefined, key: "p50" | "p99") => (m && answered(m) ? `${ms(m, key)} ms` : "-");
  for (const [q, r] of Object.entries(d.results)) {
    const o = r.ours!;
    const p = r.peer!;
    const pc = r.peerCypher;
    const fl = r.floor!;
    const bad = [o, p, pc, fl].some((m) => m && m.errors + m.non2xx + m.mismatches + m.timeouts > 0) ? " ⚠" : "";
    lines.push(
      row([
        q + bad,
        f0(o.rps),
        f0(p.rps),
        pc ? f0(pc.rps) : "-",
        f0(fl.rps),
        f2(ratio(o.rps, bestPeer(r).m.rps)),
        at(o, "p50"),
        at(p, "p50"),
        at(pc, "p50"),
        at(fl, "p50"),
        f2(p50Ratio(o, fl)),
        at(o, "p99"),
        at(p, "p99"),
        at(pc, "p99"),
        at(fl, "p99"),
        d.roundTrips[q] ?? "-",
        d.answerBytes[q] ?? "-",
      ]),
    );
  }
  const rs = ratios(d);
  lines.push("", `"peer (cypher)" is the same @neo4j/graphql server asked through its \`links\` @cypher field (Q1, Q2 only); "best peer" is the faster of the two ways.`);
  const peerMean = finiteMean(rs.map((r) => ({ q: r.q, value: r.oursPeerRps })));
  const floorMean = finiteMean(rs.map((r) => ({ q: r.q, value: r.oursFloorRps })));
  const none = Object.entries(d.results).flatMap(([q, r]) =>
    (["ours", "peer", "peerCypher", "floor"] as const).filter((name) => r[name] && !answered(r[name]!)).map((name) => `${q} ${name}`),
  );
  if (none.length) lines.push("", `Answered no request within autocannon's 30 s timeout: ${none.join(", ")} (ratios against them are ∞ for req/s and 0 for p50).`);
  lines.push("", `Geometric mean ours/best peer req/s: **${f2(peerMean.mean)}**${withoutNote(peerMean.without)}; ours/floor req/s: ${f2(floorMean.mean)}${floorMean.without.length ? ` (without ${floorMean.without.join(", ")})` : ""}.`);
  return lines.join("\n");
}

function targets(report: BenchReport): string {
  const out = [row(["target", "dataset", "measured", "met?"]), row(["---", "---", "---", "---"])];
  for (const d of report.datasets) {
    const rs = ratios(d);
    const worstPeer = rs.reduce((a, b) => (b.oursPeerRps < a.oursPeerRps ? b : a));
    const worstFloor = rs.reduce((a, b) => (b.oursFloorP50 > a.oursFloorP50 ? b : a));
    const { mean: gm, without } = finiteMean(rs.map((r) => ({ q: r.q, value: r.oursPeerRps })));
    out.push(row(["ours/best peer req/s ≥ 1 on every query", d.name, `lowest ${f2(worstPeer.oursPeerRps)} (${worstPeer.q}); below 1: ${rs.filter((r) => r.oursPeerRps < 1).map((r) => r.q).join(", ") || "none"}`, worstPeer.oursPeerRps >= 1 ? "yes" : "**no**"]));
    out.push(row(["ours/best peer geometric mean ≥ 1.5", d.name, `${f2(gm)}${withoutNote(without)}`, gm >= 1.5 ? "yes" : "**no**"]));
    out.push(row(["ours/floor p50 ≤ 1.5 on every query", d.name, `highest ${f2(worstFloor.oursFloorP50)} (${worstFloor.q}); above 1.5: ${rs.filter((r) => r.oursFloorP50 > 1.5).map((r) => r.q).join(", ") || "none"}`, worstFloor.oursFloorP50 <= 1.5 ? "yes" : "**no**"]));
  }
  const synthetic = report.datasets.filter((d) => d.name !== "article");
  if (synthetic.length >= 2) {
    const small = synthetic[0];
    const large = synthetic[synthetic.length - 1];
    for (const q of report.questions.filter((x) => x.indexBacked)) {
      const a = small.results[q.name]?.ours;
      const b = large.results[q.name]?.ours;
      if (!a || !b) continue;
      const growth = b.p50 / a.p50;
      out.push(row([`${q.name} p50 within 2x from ${small.name} to ${large.name}`, "scale", `${ms(a, "p50")} → ${ms(b, "p50")} ms (x${f2(growth)}); req/s ${f0(a.rps)} → ${f0(b.rps)}`, growth <= 2 ? "yes" : "**no**"]));
    }
  }
  for (const d of report.datasets) {
    const base = d.load.oneByOne;
    if (!base) continue;
    const n = d.load.nodesPerSecond / base.nodesPerSecond;
    const r = d.load.relationshipsPerSecond / base.relationshipsPerSecond;
    out.push(row(["batched load ≥ 10x one statement per row (nodes)", d.name, `${f0(d.load.nodesPerSecond)} vs ${f0(base.nodesPerSecond)} nodes/s: x${f1(n)}`, n >= 10 ? "yes" : "**no**"]));
    out.push(row(["batched load ≥ 10x one statement per row (relationships)", d.name, `${f0(d.load.relationshipsPerSecond)} vs ${f0(base.relationshipsPerSecond)} rels/s: x${f1(r)}`, r >= 10 ? "yes" : "**no**"]));
  }
  return out.join("\n");
}

function scaleTable(report: BenchReport): string {
  const ds = report.datasets;
  const lines = [row(["query", ...ds.map((d) => `${d.name} p50 / p99 (req/s)`)]), row(Array(ds.length + 1).fill("---"))];
  for (const q of report.questions) {
    lines.push(row([`${q.name}${q.indexBacked ? " (index-backed)" : ""}`, ...ds.map((d) => {
      const m = d.results[q.name]?.ours;
      return m ? `${ms(m, "p50")} / ${ms(m, "p99")} ms (${f0(m.rps)})` : "-";
    })]));
  }
  return lines.join("\n");
}

function loadTable(report: BenchReport): string {
  const lines = [
    row(["dataset", "nodes", "relationships", "load time", "nodes/s", "relationships/s", "relationship statement", "store size", "Neo4j RSS", "API RSS after the run"]),
    row(Array(10).fill("---")),
  ];
  for (const d of report.datasets) {
    lines.push(row([d.name, d.nodes, d.relationships, `${f1(d.load.seconds)} s`, f0(d.load.nodesPerSecond), f0(d.load.relationshipsPerSecond), d.load.relationshipStatement, mib(d.storeBytes), mib(d.neo4jRssBytes), mib(d.apiRssBytes)]));
  }
  for (const d of report.datasets.filter((x) => x.load.oneByOne)) {
    const b = d.load.oneByOne!;
    lines.push("", `One statement per row (${d.name}, ${b.sample.nodes} nodes then ${b.sample.relationships} relationships, each an auto-commit \`mergeNodes([row])\` / \`mergeRelationships([row])\`): ${f0(b.nodesPerSecond)} nodes/s, ${f0(b.relationshipsPerSecond)} relationships/s.`);
  }
  return lines.join("\n");
}

/** How the load was run: warm-up passes, then measured rounds (rounds.ts). */
function loadText(s: BenchReport["settings"]): string {
  const { rounds, warmRounds: passes } = s;
  return `${passes} warm-up pass${passes === 1 ? "" : "es"} of ${s.warmup} s over every query and system, then per query ${rounds} measured round${rounds === 1 ? "" : "s"} per system (each ${s.warmup} s warm-up then ${s.duration} s measured, the order rotated per query${rounds > 1 ? " and reversed between rounds; each system's figures are from its best round, all rounds in latest.json" : ""})`;
}

/** Two panels: ours/best peer req/s (higher is better, targets 1 and 1.5) and ours/floor p50 (lower is better, target 1.5). */
export function chartSvg(report: BenchReport): string {
  const ds = report.datasets;
  const qs = report.questions.map((q) => q.name);
  const colors = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2"];
  const W = 900;
  const H = 300;
  const panel = (title: string, value: (d: DatasetReport, q: string) => number, lines: number[], y0: number) => {
    const max = Math.max(2, ...lines, ...ds.flatMap((d) => qs.map((q) => value(d, q)).filter(Number.isFinite))) * 1.1;
    const left = 60;
    const plotW = W - left - 20;
    const plotH = H - 70;
    const top = y0 + 40;
    const groupW = plotW / qs.length;
    const barW = (groupW * 0.8) / ds.length;
    const y = (v: number) => top + plotH - (v / max) * plotH;
    const parts = [`<text x="${W / 2}" y="${y0 + 22}" text-anchor="middle" font-size="16" font-weight="bold">${title}</text>`];
    for (let t = 0; t <= max; t += max > 8 ? 2 : max > 4 ? 1 : 0.5) {
      parts.push(`<line x1="${left}" x2="${W - 20}" y1="${y(t)}" y2="${y(t)}" stroke="#ddd"/><text x="${left - 6}" y="${y(t) + 4}" text-anchor="end" font-size="11">${t}</text>`);
    }
    for (const l of lines) parts.push(`<line x1="${left}" x2="${W - 20}" y1="${y(l)}" y2="${y(l)}" stroke="#c00" stroke-dasharray="6 4"/><text x="${W - 22}" y="${y(l) - 4}" text-anchor="end" font-size="11" fill="#c00">${l}x</text>`);
    qs.forEach((q, i) => {
      ds.forEach((d, j) => {
        const v = value(d, q);
        if (!Number.isFinite(v)) return;
        const x = left + i * groupW + groupW * 0.1 + j * barW;
        parts.push(`<rect x="${x}" y="${y(v)}" width="${barW - 2}" height="${top + plotH - y(v)}" fill="${colors[j % colors.length]}"><title>${d.name} ${q}: ${v.toFixed(2)}</title></rect>`);
        parts.push(`<text x="${x + barW / 2 - 1}" y="${y(v) - 3}" text-anchor="middle" font-size="9">${v.toFixed(1)}</text>`);
      });
      parts.push(`<text x="${left + i * groupW + groupW / 2}" y="${top + plotH + 16}" text-anchor="middle" font-size="12">${q}</text>`);
    });
    return parts.join("\n");
  };
  const legend = ds.map((d, j) => `<rect x="${70 + j * 110}" y="${2 * H + 8}" width="12" height="12" fill="${colors[j % colors.length]}"/><text x="${86 + j * 110}" y="${2 * H + 18}" font-size="12">${d.name}</text>`).join("\n");
  const byQ = (d: DatasetReport, q: string) => d.results[q];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${2 * H + 30}" font-family="DejaVu Sans, Arial, sans-serif">
<rect width="100%" height="100%" fill="white"/>
${panel("ours / best peer, requests per second (higher is better)", (d, q) => ratio(byQ(d, q)!.ours!.rps, bestPeer(byQ(d, q)!).m.rps), [1, 1.5], 0)}
${panel("ours / floor, median latency (lower is better)", (d, q) => p50Ratio(byQ(d, q)!.ours!, byQ(d, q)!.floor!), [1.5], H)}
${legend}
</svg>
`;
}

export function writeReport(report: BenchReport, benchDir: string): void {
  const resultsDir = path.join(benchDir, "results");
  const svg = chartSvg(report);
  fs.writeFileSync(path.join(resultsDir, "ratios.svg"), svg);
  let image = "results/ratios.svg";
  try {
    execFileSync("convert", ["-density", "110", path.join(resultsDir, "ratios.svg"), path.join(resultsDir, "ratios.png")], { stdio: "ignore" });
    image = "results/ratios.png";
  } catch {
    // No ImageMagick: the SVG is the chart.
  }
  const m = report.machine;
  const s = report.settings;
  const analysisFile = path.join(benchDir, "analysis.md");
  const analysis = fs.existsSync(analysisFile) ? fs.readFileSync(analysisFile, "utf8") : "";
  const md = `# Benchmark results

Generated by \`${report.command}\` from [results/latest.json](results/latest.json) (run ${report.startedAt} to ${report.finishedAt ?? "?"}).
Do not edit by hand above "Analysis": rerun the benchmark. How it works and how to read it: [README.md](README.md).

**Machine**: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}; ${m.java}; Neo4j Community ${m.neo4j} (embedded launcher, heap ${s.heap}, page cache ${s.pageCache}).
Servers, Neo4j and autocannon share the same ${m.cores} cores. **Load**: autocannon, ${s.connections} connections; ${loadText(s)}; every response checked against the agreed answer (\`expectBody\`).

![ratios](${image})

## Targets

${targets(report)}

${report.datasets.map((d) => `## ${d.name}: ${d.nodes} nodes, ${d.relationships} relationships\n\n${datasetTable(d)}\n\nTargets: Q2/Q7 \`${d.targets.entityId}\`, Q3 \`${d.targets.inspiringId}\`, Q4 "${d.targets.searchText}", Q5 \`${d.targets.pathFrom}\` → \`${d.targets.pathTo}\`, Q6 ${d.targets.timelineFrom}..${d.targets.timelineTo}.`).join("\n\n")}

## Scale: ours, Q1-Q7 at each size

${scaleTable(report)}

## Load, store size, memory

${loadTable(report)}

${analysis}`;
  fs.writeFileSync(path.join(benchDir, "RESULTS.md"), md);
}
