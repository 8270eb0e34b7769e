import { periodEnd, periodStart } from "../src/dates";
import { toLuceneQuery } from "../src/services/search.service";
import type { EntityLabel } from "../src/domain/vocabulary";
import { pathAnswer, peerConnections, peerLinks, timelinePage, zipSources } from "./answer-shapes";
import { peerFields } from "./peer";
import type { Targets } from "./synthetic";

/**
 * The query mix. Each question is asked of the three systems; the answer is compared in our API's
 * JSON shape: ours as it comes, the floor already builds that shape, and the peer's answer goes
 * through `normalizePeer` (a reshaping only: renaming, merging its per-type relationship lists in
 * our order, zipping sources). The peer and floor receive the same Lucene query and the same widened
 * dates our services compute.
 */
export type QuestionName = "Q1" | "Q2" | "Q3" | "Q4" | "Q5" | "Q6" | "Q7";
export type GraphQLRequest = { query: string; variables: Record<string, unknown> };
export type PeerRequest = GraphQLRequest & { normalize(data: any): unknown };
export type Question = {
  name: QuestionName;
  title: string;
  /** Index-backed: should stay flat as the graph grows. */
  indexBacked: boolean;
  ours: GraphQLRequest;
  /** The peer through its native fields (relationship connections per type, direction and label). */
  peer: PeerRequest;
  /**
   * The same peer server asked as a competent @neo4j/graphql user would ask where the native
   * modelling is the bottleneck (Q1, Q2): the `links` @cypher field. Absent where the two would
   * send the same query.
   */
  peerCypher?: PeerRequest;
  floor: Record<string, unknown>;
  /**
   * What must agree between the systems, when not the whole answer.
   */
  agreeOn?: (answer: any) => unknown;
};

export const PAGE = 20;
export const NEIGHBORHOOD_LIMIT = 100;

/** Ours' default number of links per field (`first` omitted), which the questions rely on. */
const LINKS_PER_FIELD = 100;

export function questions(t: Targets): Question[] {
  const movementFields = peerFields("Movement");
  const toLabel = (label: EntityLabel) => movementFields.filter((f) => f.other === label);
  const q1Labels: [string, EntityLabel, boolean][] = [
    ["hashtags", "Hashtag", false],
    ["platforms", "Platform", false],
    ["actors", "Actor", true],
  ];
  const lucene = toLuceneQuery(t.searchText);
  const from = periodStart(t.timelineFrom);
  const to = periodEnd(t.timelineTo);

  return [
    {
      name: "Q1",
      title: "first page of 20 movements with their hashtags, platforms and actors",
      indexBacked: true,
      ours: {
        query: `query Q1 { movements(first: ${PAGE}) { edges { node { id name
          hashtags(ownOnly: true) { key type direction node { id name } }
          platforms(ownOnly: true) { key type direction node { id name } }
          actors(ownOnly: true) { key type direction role node { id name } } } } pageInfo { hasNextPage } } }`,
        variables: {},
      },
      peer: {
        query: `query Q1 { movements(limit: ${PAGE + 1}, sort: [{ sortName: ASC }, { id: ASC }]) { id name
      ${q1Labels.map(([, label]) => peerConnections(toLabel(label), "key role")).join("\n      ")} } }`,
        variables: {},
        normalize: (data) => ({
          movements: {
            edges: data.movements.slice(0, PAGE).map((m: any) => ({
              node: {
                id: m.id,
                name: m.name,
                ...Object.fromEntries(
                  q1Labels.map(([field, label, withRole]) => [
                    field,
                    peerLinks(m, toLabel(label), (f, e) => ({
                      key: e.properties.key,
                      type: f.type,
                      direction: f.outgoing ? "OUTGOING" : "INCOMING",
                      ...(withRole ? { role: e.properties.role } : {}),
                      node: { id: e.node.id, name: e.node.name },
                    })),
                  ]),
                ),
              },
            })),
            pageInfo: { hasNextPage: data.movements.length > PAGE },
          },
        }),
      },
      peerCypher: {
        query: `query Q1 { movements(limit: ${PAGE + 1}, sort: [{ sortName: ASC }, { id: ASC }]) { id name
          hashtags: links(labels: ["Hashtag"], first: ${LINKS_PER_FIELD}) { key: id type direction node { id name } }
          platforms: links(labels: ["Platform"], first: ${LINKS_PER_FIELD}) { key: id type direction node { id name } }
          actors: links(labels: ["Actor"], first: ${LINKS_PER_FIELD}) { key: id type direction role node { id name } } } }`,
        variables: {},
        normalize: (data) => ({
          movements: {
            edges: data.movements.slice(0, PAGE).map((node: unknown) => ({ node })),
            pageInfo: { hasNextPage: data.movements.length > PAGE },
          },
        }),
      },
      floor: {},
    },
    {
      name: "Q2",
      title: "one entity by id with all its relations and their sources",
      indexBacked: true,
      ours: {
        query: `query Q2($id: ID!) { node(id: $id) { id ... on Entity { name sources { section quote }
          relations(ownOnly: true) { key type direction role date node { id name } sources { section quote } } } } }`,
        variables: { id: t.entityId },
      },
      peer: {
        query: `query Q2($id: ID!) { movements(where: { id: { eq: $id } }) { id name sourceSections sourceQuotes
      ${peerConnections(movementFields, "key role date sourceSections sourceQuotes")} } }`,
        variables: { id: t.entityId },
        normalize: (data) => {
          const m = data.movements[0];
          if (!m) return { node: null };
          return {
            node: {
              id: m.id,
              name: m.name,
              sources: zipSources(m.sourceSections, m.sourceQuotes),
              relations: peerLinks(m, movementFields, (f, e) => ({
                key: e.properties.key,
                type: f.type,
                direction: f.outgoing ? "OUTGOING" : "INCOMING",
                role: e.properties.role,
                date: e.properties.date,
                node: { id: e.node.id, name: e.node.name },
                sources: zipSources(e.properties.sourceSections, e.properties.sourceQuotes),
              })),
            },
          };
        },
      },
      peerCypher: {
        query: `query Q2($id: ID!) { movements(where: { id: { eq: $id } }) { id name sourceSections sourceQuotes
          links(first: ${LINKS_PER_FIELD}) { key: id type direction role date node { id name } sourceSections sourceQuotes } } }`,
        variables: { id: t.entityId },
        normalize: (data) => {
          const m = data.movements[0];
          if (!m) return { node: null };
          return {
            node: {
              id: m.id,
              name: m.name,
              sources: zipSources(m.sourceSections, m.sourceQuotes),
              relations: m.links.map(({ sourceSections, sourceQuotes, ...link }: any) => ({ ...link, sources: zipSources(sourceSections, sourceQuotes) })),
            },
          };
        },
      },
      floor: { id: t.entityId },
    },
    {
      name: "Q3",
      title: "movements inspired within 3 hops, nearest first",
      indexBacked: false,
      ours: {
        query: `query Q3($id: ID!) { movement(id: $id) { id name inspired(depth: 3) { id name } } }`,
        variables: { id: t.inspiringId },
      },
      peer: {
        query: `query Q3($id: ID!) { movements(where: { id: { eq: $id } }) { id name inspired3 { id name } } }`,
        variables: { id: t.inspiringId },
        normalize: (data) => {
          const m = data.movements[0];
          return { movement: m ? { id: m.id, name: m.name, inspired: m.inspired3 } : null };
        },
      },
      floor: { id: t.inspiringId },
    },
    {
      name: "Q4",
      title: "full-text search, 10 hits",
      indexBacked: true,
      ours: {
        query: `query Q4($text: String!) { search(query: $text, first: 10) { entity { __typename id name } } }`,
        variables: { text: t.searchText },
      },
      peer: {
        query: `query Q4($lucene: String!) { searchEntities(lucene: $lucene, first: 10) { __typename id name } }`,
        variables: { lucene },
        normalize: (data) => ({ search: data.searchEntities.map((entity: unknown) => ({ entity })) }),
      },
      floor: { lucene },
    },
    {
      name: "Q5",
      title: "the most specific shortest path between two actors (up to 6 hops)",
      indexBacked: false,
      ours: {
        // Every kind of entity may be passed, as for the peer and the floor (ours leaves out platforms and topics by default).
        query: `query Q5($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 6, entityTypes: [ACTOR, MOVEMENT, HASHTAG, PLATFORM, EVENT, TOPIC]) { length nodes { id name } steps { type relationship { id } } } }`,
        variables: { from: t.pathFrom, to: t.pathTo },
      },
      peer: {
        query: `query Q5($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { length nodes { id name } steps { id type } } }`,
        variables: { from: t.pathFrom, to: t.pathTo },
        normalize: (data) => pathAnswer(data.shortestPath),
      },
      floor: { from: t.pathFrom, to: t.pathTo },
    },
    {
      name: "Q6",
      title: `timeline page (20 dated events and facts, ${t.timelineFrom} to ${t.timelineTo})`,
      indexBacked: true,
      ours: {
        // Every dated fact: events and dated relationships in one order (the synthetic graph dates a fifth of its links).
        query: `query Q6($from: String!, $to: String!) { timeline(from: $from, to: $to, first: ${PAGE}) { edges { node { __typename date
          ... on EventEntry { event { id name } } ... on FactEntry { key type subject { id name } object { id name } } } } pageInfo { hasNextPage } } }`,
        variables: { from: t.timelineFrom, to: t.timelineTo },
      },
      peer: {
        // The library has no way to merge two lists in one order: an @cypher field, as for Q3-Q5.
        query: `query Q6($from: String!, $to: String!) { timeline(from: $from, to: $to, limit: ${PAGE + 1}) { date event { id name } key type subject { id name } object { id name } } }`,
        variables: { from, to },
        normalize: (data) => ({ timeline: timelinePage(data.timeline, PAGE) }),
      },
      floor: { from, to },
    },
    {
      name: "Q7",
      title: `2-hop neighbourhood (at most ${NEIGHBORHOOD_LIMIT} nodes)`,
      indexBacked: false,
      ours: {
        query: `query Q7($id: ID!) { neighborhood(id: $id, depth: 2, limit: ${NEIGHBORHOOD_LIMIT}) { nodes { id name } edges { id type from to } truncated } }`,
        variables: { id: t.entityId },
      },
      peer: {
        query: `query Q7($id: ID!) { neighborhood2(id: $id, limit: ${NEIGHBORHOOD_LIMIT}) { nodes { id name } edges { id type from to } truncated } }`,
        variables: { id: t.entityId },
        normalize: (data) => ({ neighborhood: data.neighborhood2 }),
      },
      floor: { id: t.entityId },
      // Ours orders a neighbourhood's edges most specific first, the others by key: the same sets must come back.
      agreeOn: (answer) => {
        const n = answer?.neighborhood;
        if (!n) return null;
        const ids = (items: { id: string }[]) => items.map((item) => item.id).sort();
        return { nodes: ids(n.nodes), edges: ids(n.edges), truncated: n.truncated };
      },
    },
  ];
}
