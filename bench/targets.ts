import type { EntityLabel } from "../src/domain/vocabulary";

/** What each question asks about in a synthetic graph (see synthetic.ts). */
export type Targets = {
  /** Q2 and Q7: a movement of typical degree. */
  entityId: string;
  /** Q3: a movement with about 20 movements within 3 INSPIRED hops. */
  inspiringId: string;
  /** Q4: free text, as a user would type it. */
  searchText: string;
  /** Q5: two actors about four hops apart. */
  pathFrom: string;
  pathTo: string;
  /** Q6: a timeline window. */
  timelineFrom: string;
  timelineTo: string;
};

export type TargetInput = {
  nodeCount: number;
  relationshipCount: number;
  from: Int32Array;
  to: Int32Array;
  ranges: Map<EntityLabel, { start: number; count: number }>;
  parent: Int32Array;
  labelAt: EntityLabel[];
  idOf: (i: number) => string;
  nameOf: (i: number) => string;
  relsPerNode: number;
};

/**
 * Query targets chosen by shape, not by luck, so that each size asks a comparable question: a
 * movement of typical degree, a movement with about 20 descendants within 3 hops, two actors four
 * hops apart.
 */
export function chooseTargets(g: TargetInput): Targets {
  const degree = new Int32Array(g.nodeCount);
  for (let j = 0; j < g.relationshipCount; j++) {
    degree[g.from[j]]++;
    degree[g.to[j]]++;
  }
  const typical = Math.round(2 * g.relsPerNode);
  const closest = (start: number, count: number, score: (i: number) => number): number => {
    let best = start;
    let bestScore = Infinity;
    const middle = start + count / 2;
    for (let i = start; i < start + count; i++) {
      const s = score(i) * g.nodeCount * 4 + Math.abs(i - middle);
      if (s < bestScore) {
        bestScore = s;
        best = i;
      }
    }
    return best;
  };
  const mv = g.ranges.get("Movement")!;
  const entity = closest(mv.start, mv.count, (i) => Math.abs(degree[i] - typical));

  // Descendants within three INSPIRED hops, counted by walking up from every movement.
  const within3 = new Int32Array(mv.count);
  for (let j = 0; j < mv.count; j++) {
    let p = g.parent[j];
    for (let hop = 0; hop < 3 && p >= 0; hop++, p = g.parent[p]) within3[p]++;
  }
  const inspiring = closest(mv.start, mv.count, (i) => Math.abs(within3[i - mv.start] - 20));

  // Two actors four hops apart (or as far as the graph allows, up to four), by breadth-first search.
  const offsets = new Int32Array(g.nodeCount + 1);
  for (let i = 0; i < g.nodeCount; i++) offsets[i + 1] = offsets[i] + degree[i];
  const fill = offsets.slice(0, g.nodeCount);
  const adjacent = new Int32Array(2 * g.relationshipCount);
  for (let j = 0; j < g.relationshipCount; j++) {
    adjacent[fill[g.from[j]]++] = g.to[j];
    adjacent[fill[g.to[j]]++] = g.from[j];
  }
  const actors = g.ranges.get("Actor")!;
  const pathFrom = closest(actors.start, actors.count, (i) => Math.abs(degree[i] - typical));
  const distance = new Int8Array(g.nodeCount).fill(-1);
  distance[pathFrom] = 0;
  let frontier = [pathFrom];
  for (let d = 1; d <= 4 && frontier.length; d++) {
    const next: number[] = [];
    for (const v of frontier) {
      for (let k = offsets[v]; k < offsets[v + 1]; k++) {
        const w = adjacent[k];
        if (distance[w] < 0) {
          distance[w] = d;
          next.push(w);
        }
      }
    }
    if (!next.some((w) => g.labelAt[w] === "Actor")) break;
    frontier = next;
  }
  // A reduce, not Math.max(...): the frontier can hold more values than a call has arguments.
  const far = frontier.reduce((most, w) => Math.max(most, distance[w]), 0);
  const pathTo = closest(actors.start, actors.count, (i) => (distance[i] === far && i !== pathFrom ? Math.abs(degree[i] - typical) : g.nodeCount));

  return {
    entityId: g.idOf(entity),
    inspiringId: g.idOf(inspiring),
    searchText: g.nameOf(entity).replace(/ movement$/, ""),
    pathFrom: g.idOf(pathFrom),
    pathTo: g.idOf(pathTo),
    timelineFrom: "2012",
    timelineTo: "2014",
  };
}
