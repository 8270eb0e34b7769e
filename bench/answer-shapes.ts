import type { PeerField } from "./peer";

/**
 * The peer's answers reshaped into ours (renaming, merging its per-type relationship lists in our
 * order, zipping sources), and timeline items as our timeline page: questions.ts and floor.ts use them.
 */
type Link = { key: string; type: string; direction: string; role?: string | null; date?: string | null; node: { id: string; name: string }; sources?: unknown };
type PeerEdge = { properties: { key: string; role: string | null; date: string | null; sourceSections: string[] | null; sourceQuotes: string[] | null }; node: { id: string; name: string; sortName: string } };

export const zipSources = (sections: string[] | null, quotes: string[] | null) => (sections ?? []).map((section, i) => ({ section, quote: quotes?.[i] ?? "" }));

/** Peer relationship fields as a connection selection, each sorted as ours sorts within one type. */
export function peerConnections(fields: PeerField[], edgeSelection: string): string {
  return fields
    .map((f) => `${f.name}Connection(sort: [{ node: { sortName: ASC } }, { node: { id: ASC } }]) { edges { properties { ${edgeSelection} } node { id name sortName } } }`)
    .join("\n      ");
}

/** Merges the peer's per-field lists into ours: one list ordered by type, other end's name, id. */
export function peerLinks(entity: Record<string, { edges: PeerEdge[] }>, fields: PeerField[], make: (f: PeerField, e: PeerEdge) => Link, cap = 500): Link[] {
  const all: { sortName: string; link: Link }[] = [];
  for (const f of fields) for (const e of entity[`${f.name}Connection`].edges) all.push({ sortName: e.node.sortName, link: make(f, e) });
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  all.sort((a, b) => cmp(a.link.type, b.link.type) || cmp(a.sortName, b.sortName) || cmp(a.link.node.id, b.link.node.id));
  return all.slice(0, cap).map((x) => x.link);
}

type PeerPath = { length: number; nodes: { id: string; name: string }[]; steps: { id: string; type: string }[] };
/** The peer's `PATH` map (the floor runs the same statement) as our `path` answer. */
export const pathAnswer = (p: PeerPath | null) => ({
  path: p ? { length: p.length, nodes: p.nodes, steps: p.steps.map((s) => ({ type: s.type, relationship: { id: s.id } })) } : null,
});

/** Timeline items (event or fact, a flat row each) as our `timeline` connection's first page. */
export function timelinePage(items: TimelineItem[], page: number) {
  return {
    edges: items.slice(0, page).map((i) => ({
      node: i.event
        ? { __typename: "EventEntry", date: i.date, event: i.event }
        : { __typename: "FactEntry", date: i.date, key: i.key, type: i.type, subject: i.subject, object: i.object },
    })),
    pageInfo: { hasNextPage: items.length > page },
  };
}

type Ref = { id: string; name: string };
export type TimelineItem = { date: string; event: Ref | null; key: string | null; type: string | null; subject: Ref | null; object: Ref | null };

