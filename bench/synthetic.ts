import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import type { NodeRow, RelationshipRow } from "../src/graph/queries/seed.queries";
import { ACTOR_KINDS, type EntityLabel } from "../src/domain/vocabulary";
import { DATA_DIR } from "../src/domain/paths";
import { nodeRow, relationshipRow } from "./rows";
import { chooseTargets, type Targets } from "./targets";

export type { Targets };

/**
 * A made-up graph with the curated graph's schema and a realistic shape, for the scale runs:
 * - the six labels in fixed shares, names from a syllable vocabulary (so full-text search has
 *   real term statistics), descriptions from a small topic vocabulary;
 * - relationships drawn from the real vocabulary (seed/data/relationship-types.yaml), each type
 *   only between the labels it allows, weighted like the article's counts;
 * - power-law in-degrees: targets are drawn with P(rank k) ~ k^-0.6, so a few platforms, topics
 *   and hashtags become hubs with thousands of links, as Twitter or #MeToo are;
 * - an INSPIRED forest: 40 % of movements were inspired by one earlier movement, preferring old ones;
 * - dated events from 1990 to 2024 at year, month or day precision, some lasting up to two years.
 * Everything is derived from a seeded PRNG: the same size always gives the same graph.
 */

export const LABEL_SHARES: [EntityLabel, number][] = [
  ["Actor", 0.4],
  ["Movement", 0.15],
  ["Hashtag", 0.15],
  ["Event", 0.15],
  ["Topic", 0.1],
  ["Platform", 0.05],
];

/** Article counts per type (npm run stats), used as relative weights. */
const TYPE_WEIGHTS: Record<string, number> = {
  AFFILIATED_WITH: 12, CENSORED: 7, CREATED: 13, DESCRIBED: 50, EXAMPLE_OF: 52, FOUNDED: 6, INVOLVED_IN: 11, LED: 4,
  OPPOSED: 5, ORIGINATED_ON: 3, PART_OF: 11, PARTICIPATED_IN: 12, RAISED_FUNDS_FOR: 3, RELATED_TO: 19, REPORTED_ON: 8,
  RESPONDED_TO: 12, SPREAD_ON: 69, SUPPORTED: 4, TARGETED: 12, TRIGGERED: 15, USED: 14, USED_HASHTAG: 12,
};

const PREFIX: Record<EntityLabel, string> = { Actor: "actor", Movement: "movement", Hashtag: "hashtag", Platform: "platform", Event: "event", Topic: "topic" };
const SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ba", "de", "fu", "go", "ha", "ji", "ku", "ze", "pa", "qi", "we", "yo"];
const TOPICS = ["climate", "labour", "privacy", "censorship", "elections", "housing", "health", "education", "water", "gender", "migration", "police", "speech", "wages", "forests"];
const ROLE_BY_TYPE: Record<string, string> = { FOUNDED: "founder", LED: "leader", CREATED: "creator", PARTICIPATED_IN: "participant" };

export type SyntheticGraph = {
  nodeCount: number;
  relationshipCount: number;
  targets: Targets;
  nodeBatches(size: number): Generator<NodeRow[]>;
  relationshipBatches(size: number): Generator<RelationshipRow[]>;
};

/** Deterministic PRNG (mulberry32). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(n: number): number {
  let h = Math.imul(n ^ 0x9e3779b9, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A three-syllable pseudo word (8000 of them) picked by hash, so names are not in index order. */
function word(n: number): string {
  const h = hash(n);
  return SYLLABLES[h % 20] + SYLLABLES[Math.floor(h / 20) % 20] + SYLLABLES[Math.floor(h / 400) % 20];
}

const cap = (w: string) => w[0].toUpperCase() + w.slice(1);

type Combo = { type: string; typeIndex: number; from: EntityLabel; to: EntityLabel; weight: number };

function vocabulary(): { types: string[]; combos: Combo[] } {
  const raw = parse(fs.readFileSync(path.join(DATA_DIR, "relationship-types.yaml"), "utf8")) as { type: string; from: EntityLabel[]; to: EntityLabel[] }[];
  const types = raw.map((t) => t.type).sort();
  const combos: Combo[] = [];
  for (const t of raw) {
    if (t.type === "INSPIRED") continue; // the forest below
    const pairs = t.from.flatMap((from) => t.to.map((to) => ({ from, to })));
    for (const p of pairs) combos.push({ type: t.type, typeIndex: types.indexOf(t.type), ...p, weight: (TYPE_WEIGHTS[t.type] ?? 1) / pairs.length });
  }
  return { types, combos };
}

export function syntheticGraph(nodeCount: number, relsPerNode = 5, seed = 42): SyntheticGraph {
  const random = prng(seed);
  const { types, combos } = vocabulary();
  // Label ranges over global indexes [start, start + count).
  const ranges = new Map<EntityLabel, { start: number; count: number }>();
  let start = 0;
  for (const [label, share] of LABEL_SHARES) {
    const count = label === "Platform" ? nodeCount - start : Math.max(3, Math.round(nodeCount * share));
    ranges.set(label, { start, count });
    start += count;
  }
  const labelAt = new Array<EntityLabel>(nodeCount);
  for (const [label, r] of ranges) for (let i = r.start; i < r.start + r.count; i++) labelAt[i] = label;
  const idOf = (i: number) => {
    const label = labelAt[i];
    const local = i - ranges.get(label)!.start;
    return `${PREFIX[label]}:${word(i)}-${local}`;
  };

  const relTarget = Math.round(nodeCount * relsPerNode);
  const from = new Int32Array(relTarget);
  const to = new Int32Array(relTarget);
  const type = new Uint8Array(relTarget);
  const seen = new Set<number>();
  let m = 0;
  const add = (a: number, t: number, b: number): boolean => {
    if (a === b || m >= relTarget) return false;
    const key = (a * 32 + t) * nodeCount + b;
    if (seen.has(key)) return false;
    seen.add(key);
    from[m] = a;
    type[m] = t;
    to[m] = b;
    m++;
    return true;
  };

  // The INSPIRED forest: each movement has at most one inspirer, an earlier one, old ones preferred.
  const movements = ranges.get("Movement")!;
  const inspiredType = types.indexOf("INSPIRED");
  const parent = new Int32Array(movements.count).fill(-1);
  for (let j = 1; j < movements.count; j++) {
    if (random() < 0.4) {
      const p = Math.floor(j * random() ** 2);
      if (add(movements.start + p, inspiredType, movements.start + j)) parent[j] = p;
    }
  }

  // Everything else: a weighted combination, a uniform source, a power-law target.
  const totalWeight = combos.reduce((s, c) => s + c.weight, 0);
  const cumulative: number[] = [];
  let acc = 0;
  for (const c of combos) cumulative.push((acc += c.weight / totalWeight));
  let attempts = 0;
  while (m < relTarget && attempts++ < relTarget * 4) {
    const u = random();
    let k = cumulative.findIndex((c) => u <= c);
    if (k < 0) k = combos.length - 1;
    const combo = combos[k];
    const a = ranges.get(combo.from)!;
    const b = ranges.get(combo.to)!;
    add(a.start + Math.floor(random() * a.count), combo.typeIndex, b.start + Math.floor(b.count * random() ** 2.5));
  }
  seen.clear();
  const relationshipCount = m;

  const targets = chooseTargets({ nodeCount, relationshipCount, from, to, ranges, parent, labelAt, idOf, nameOf: (i) => nameOf(i, labelAt[i]), relsPerNode });

  const nodeAt = (i: number): NodeRow => {
    const label = labelAt[i];
    const r = prng(hash(i + seed))();
    const name = nameOf(i, label);
    const topicA = TOPICS[hash(i + 7) % TOPICS.length];
    const topicB = TOPICS[hash(i + 11) % TOPICS.length];
    const event = label === "Event" ? eventDates(i) : {};
    return nodeRow({
      id: idOf(i),
      name,
      aliases: r < 0.3 ? [`${cap(word(i + 1))} ${label === "Hashtag" ? "tag" : "group"}`] : [],
      description: `A synthetic ${label.toLowerCase()} about ${topicA} and ${topicB}, generated for the scale benchmark.`,
      sources: [{ section: "Synthetic", quote: `${name} appears in the synthetic source text as entry ${i}.` }],
      kind: label === "Actor" ? ACTOR_KINDS[hash(i + 3) % ACTOR_KINDS.length] : undefined,
      ...event,
    });
  };

  return {
    nodeCount,
    relationshipCount,
    targets,
    *nodeBatches(size) {
      for (let i = 0; i < nodeCount; i += size) {
        const rows: NodeRow[] = [];
        for (let j = i; j < Math.min(nodeCount, i + size); j++) rows.push(nodeAt(j));
        yield rows;
      }
    },
    *relationshipBatches(size) {
      for (let i = 0; i < relationshipCount; i += size) {
        const rows: RelationshipRow[] = [];
        for (let j = i; j < Math.min(relationshipCount, i + size); j++) {
          const t = types[type[j]];
          rows.push(
            relationshipRow({
              from: idOf(from[j]),
              type: t,
              to: idOf(to[j]),
              role: ROLE_BY_TYPE[t] && hash(j) % 2 === 0 ? ROLE_BY_TYPE[t] : undefined,
              date: hash(j + 5) % 5 === 0 ? String(1990 + (hash(j) % 35)) : undefined,
              sources: [{ section: "Synthetic", quote: `Relationship ${j} is described in the synthetic source text.` }],
            }),
          );
        }
        yield rows;
      }
    },
  };
}

function nameOf(i: number, label: EntityLabel): string {
  const a = cap(word(i));
  const b = cap(word(i + 1_000_003));
  switch (label) {
    case "Hashtag":
      return `#${a}${b}`;
    case "Movement":
      return `${a} ${b} movement`;
    case "Platform":
      return `${a}${b.toLowerCase()}`;
    case "Event":
      return `${a} ${b} protest`;
    case "Topic":
      return `${a} ${b.toLowerCase()}ism`;
    default:
      return `${a} ${b}`;
  }
}

function eventDates(i: number): { date: string; endDate?: string } {
  const h = hash(i + 13);
  const year = 1990 + (h % 35);
  const month = 1 + (Math.floor(h / 35) % 12);
  const day = 1 + (Math.floor(h / 420) % 28);
  const precision = Math.floor(h / 11760) % 10;
  const pad = (n: number) => String(n).padStart(2, "0");
  const date = precision < 2 ? String(year) : precision < 5 ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
  const lasts = Math.floor(h / 117600) % 100 < 15;
  return lasts ? { date, endDate: String(year + 1 + (h % 2)) } : { date };
}
