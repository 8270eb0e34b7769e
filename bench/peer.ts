import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { DATA_DIR } from "../src/domain/paths";
import { ENTITY_LABELS, type EntityLabel } from "../src/domain/vocabulary";

/**
 * Type definitions for @neo4j/graphql 7 over the same graph: one @node type per label with the
 * same properties, and for every relationship type the vocabulary allows one field per
 * (type, direction, label at the other end), e.g. Movement.SPREAD_ON_out_Platform, with the
 * relationship's properties (key, role, date, sources) as @relationshipProperties. That is how
 * the library models a graph; it has no "every relationship of any type" field.
 *
 * Where the library has no native feature the peer gets an @cypher field running the same Cypher
 * idea as ours: variable-length influence (inspired3), full-text search (searchEntities), the
 * shortest path, the breadth-first neighbourhood and the timeline of dated events and facts (Q6:
 * two kinds of item in one order). Lists (Q1) and lookups by id (Q2) are native.
 *
 * The native relationship fields make Q1 and Q2 one connection subquery per field (50+ for Q2).
 * A user who needs "every relation of any type" would not model it that way, so every type also
 * has `links(labels, first)`: one @cypher field returning the relationships in our order as plain
 * objects (PeerLink). The bench asks Q1 and Q2 both ways ("peer" and "peerCypher", see
 * questions.ts) of the same server.
 */

export type PeerField = { name: string; type: string; outgoing: boolean; other: EntityLabel };

type VocabularyEntry = { type: string; from: EntityLabel[]; to: EntityLabel[] };

function vocabulary(): VocabularyEntry[] {
  return parse(fs.readFileSync(path.join(DATA_DIR, "relationship-types.yaml"), "utf8")) as VocabularyEntry[];
}

/** Relationship fields of one label, sorted by type then direction then label. */
export function peerFields(label: EntityLabel, vocab = vocabulary()): PeerField[] {
  const fields: PeerField[] = [];
  for (const t of vocab) {
    if (t.from.includes(label)) for (const other of t.to) fields.push({ name: `${t.type}_out_${other}`, type: t.type, outgoing: true, other });
    if (t.to.includes(label)) for (const other of t.from) fields.push({ name: `${t.type}_in_${other}`, type: t.type, outgoing: false, other });
  }
  return fields.sort((a, b) => a.name.localeCompare(b.name));
}

const PROPERTIES = `id: ID!
  name: String!
  sortName: String
  aliases: [String!]
  description: String
  sourceSections: [String!]
  sourceQuotes: [String!]
  note: String
  kind: String
  date: String
  endDate: String
  dateStart: String
  dateEnd: String`;

const INSPIRED_3 = `MATCH p = (this)-[:INSPIRED*1..3]->(m:Movement)
WHERE m <> this
WITH m, min(length(p)) AS distance
ORDER BY distance, m.sortName, m.id
RETURN m`;

const SEARCH = `CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node, score
RETURN node
ORDER BY score DESC, node.sortName, node.id
LIMIT $first`;

/**
 * The shortest path ours' `path` answers, written as a user of the library would: every shortest
 * path (at most 200, as ours enumerates), the one whose inner nodes have the lowest highest degree
 * first, then the lowest sum of degrees, then the ids along it. The floor runs the same statement,
 * so all three answer the same question and the check compares whole paths.
 */
export const PATH = `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WITH p LIMIT 200
WITH p, [x IN nodes(p)[1..-1] | COUNT { (x)--() }] AS degrees
WITH p, reduce(m = 0, d IN degrees | CASE WHEN d > m THEN d ELSE m END) AS widest, reduce(s = 0, d IN degrees | s + d) AS total
ORDER BY widest, total, [x IN nodes(p) | x.id]
LIMIT 1
RETURN {
  length: length(p),
  nodes: [n IN nodes(p) | n { .id, .name }],
  steps: [r IN relationships(p) | { id: r.key, type: type(r) }]
} AS path`;

/**
 * Every relationship of `this`, optionally only those whose other end has one of `labels`, in our
 * order (type, other end's name, id), at most `first`: what `relations` / `hashtags` ... answer.
 */
export const LINKS = `MATCH (this)-[r]-(m:Entity)
WHERE $labels IS NULL OR any(l IN labels(m) WHERE l IN $labels)
WITH r, m ORDER BY type(r), m.sortName, m.id
LIMIT $first
RETURN {
  id: r.key, type: type(r), direction: CASE WHEN startNode(r) = this THEN 'OUTGOING' ELSE 'INCOMING' END,
  role: r.role, date: r.date, sourceSections: r.sourceSections, sourceQuotes: r.sourceQuotes,
  node: m { .id, .name }
} AS link`;

/** The same breadth-first rings as ours (depth 2, at most $limit nodes), as one statement. */
export const NEIGHBORHOOD_2 = `MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH (c)--(m:Entity) WHERE m <> c
  WITH DISTINCT m ORDER BY m.sortName, m.id
  RETURN collect(m)[0..$limit] AS r1
}
WITH c, r1[0..$limit - 1] AS ring1, size(r1) > $limit - 1 AS cut1
CALL (c, ring1, cut1) {
  UNWIND CASE WHEN cut1 THEN [] ELSE ring1 END AS f
  MATCH (f)--(m:Entity) WHERE m <> c AND NOT m IN ring1
  WITH DISTINCT m ORDER BY m.sortName, m.id
  RETURN collect(m) AS r2
}
WITH [c] + ring1 + r2[0..$limit - 1 - size(ring1)] AS nodes, cut1 OR size(r2) > $limit - 1 - size(ring1) AS truncated
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b:Entity) WHERE b IN nodes
  WITH r ORDER BY r.key
  RETURN collect({ id: r.key, type: type(r), from: startNode(r).id, to: endNode(r).id }) AS edges
}
RETURN { nodes: [n IN nodes | n { .id, .name }], edges: edges, truncated: truncated } AS subgraph`;

/**
 * Q6 as anyone would write it over this graph's timeline index (one :TimelineEntry per dated event
 * or relationship, written by the seed): the overlap window on dateStart / dateEnd, ordered, then
 * each entry's event or relationship. Shared by the peer's @cypher field and the floor.
 */
export const TIMELINE_WINDOW = `MATCH (t:TimelineEntry)
WHERE t.dateStart IS NOT NULL AND t.dateEnd >= $from AND t.dateStart <= $to
WITH t ORDER BY t.dateStart, t.id LIMIT $limit
OPTIONAL MATCH (e:Event {id: t.id}) WHERE t.type IS NULL
OPTIONAL MATCH (s:Entity {id: t.from})-[r]->(o:Entity {id: t.to}) WHERE t.type IS NOT NULL AND r.key = t.id
WITH t, e, r, s, o ORDER BY t.dateStart, t.id
RETURN { date: coalesce(e.date, r.date), event: CASE WHEN e IS NULL THEN null ELSE e { .id, .name } END, key: r.key, type: type(r),
  subject: CASE WHEN s IS NULL THEN null ELSE s { .id, .name } END, object: CASE WHEN o IS NULL THEN null ELSE o { .id, .name } END } AS item`;

export function peerTypeDefs(): string {
  const vocab = vocabulary();
  const types = ENTITY_LABELS.map((label) => {
    const rels = peerFields(label, vocab)
      .map((f) => `  ${f.name}: [${f.other}!]! @relationship(type: "${f.type}", direction: ${f.outgoing ? "OUT" : "IN"}, properties: "Link")`)
      .join("\n");
    const links = `  links(labels: [String!], first: Int! = 100): [PeerLink!]! @cypher(statement: """${LINKS}""", columnName: "link")`;
    const extra = label === "Movement" ? `\n  inspired3: [Movement!]! @cypher(statement: """${INSPIRED_3}""", columnName: "m")` : "";
    return `type ${label} implements Entity @node(labels: ["${label}", "Entity"]) {\n  ${PROPERTIES}\n${rels}\n${links}${extra}\n}`;
  });
  return /* GraphQL */ `
type Link @relationshipProperties {
  key: String!
  role: String
  date: String
  note: String
  sourceSections: [String!]
  sourceQuotes: [String!]
}

interface Entity {
  id: ID!
  name: String!
  sortName: String
}

type PeerRef { id: ID! name: String! }
type PeerStep { id: ID! type: String! }
type PeerLink {
  id: ID!
  type: String!
  direction: String!
  role: String
  date: String
  sourceSections: [String!]
  sourceQuotes: [String!]
  node: PeerRef!
}
type PeerEdge { id: ID! type: String! from: ID! to: ID! }
type PeerPath { length: Int! nodes: [PeerRef!]! steps: [PeerStep!]! }
type PeerSubgraph { nodes: [PeerRef!]! edges: [PeerEdge!]! truncated: Boolean! }
type PeerTimelineItem { date: String! event: PeerRef key: String type: String subject: PeerRef object: PeerRef }

${types.join("\n\n")}

type Query {
  searchEntities(lucene: String!, first: Int!): [Entity!]! @cypher(statement: """${SEARCH}""", columnName: "node")
  shortestPath(from: ID!, to: ID!): PeerPath @cypher(statement: """${PATH}""", columnName: "path")
  neighborhood2(id: ID!, limit: Int!): PeerSubgraph @cypher(statement: """${NEIGHBORHOOD_2}""", columnName: "subgraph")
  timeline(from: String!, to: String!, limit: Int!): [PeerTimelineItem!]! @cypher(statement: """${TIMELINE_WINDOW}""", columnName: "item")
}
`;
}
