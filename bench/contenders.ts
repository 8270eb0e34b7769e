import type { Question } from "./questions";

/** The three servers the bench starts, each in its own process (serve.ts). */
export type SystemName = "ours" | "peer" | "floor";
export const SYSTEMS: SystemName[] = ["ours", "peer", "floor"];

/**
 * What is measured: every system, plus the peer's server asked a second way ("peerCypher": the
 * `links` @cypher field instead of one native connection per relationship type, direction and
 * label) on the questions where that sends a different query (Q1, Q2).
 */
export type ContenderName = SystemName | "peerCypher";
export const CONTENDERS: { name: ContenderName; system: SystemName }[] = [
  { name: "ours", system: "ours" },
  { name: "peer", system: "peer" },
  { name: "peerCypher", system: "peer" },
  { name: "floor", system: "floor" },
];
/** The peer's two ways of asking; the targets compare ours with the better of them per question. */
export const PEERS: ContenderName[] = ["peer", "peerCypher"];

export type Contender = { name: ContenderName; url: string };

/** Every contender served by one of `systems`, with that system's URL. */
export function contendersOf(systems: { name: SystemName; url: string }[]): Contender[] {
  return CONTENDERS.flatMap((c) => {
    const system = systems.find((s) => s.name === c.system);
    return system ? [{ name: c.name, url: system.url }] : [];
  });
}

/** What autocannon sends for one question to one contender; undefined when it is not asked it. */
export function requestOf(contender: Contender, q: Question): { url: string; body: string } | undefined {
  if (contender.name === "floor") return { url: `${contender.url}/${q.name}`, body: JSON.stringify(q.floor) };
  const request = contender.name === "ours" ? q.ours : contender.name === "peer" ? q.peer : q.peerCypher;
  return request && { url: contender.url, body: JSON.stringify({ query: request.query, variables: request.variables }) };
}

/** The contender's answer in our API's shape (the peer's is reshaped; see questions.ts). */
export function normalized(contender: ContenderName, q: Question, data: unknown): unknown {
  if (contender === "peer") return q.peer.normalize(data);
  if (contender === "peerCypher") return q.peerCypher!.normalize(data);
  return data;
}
