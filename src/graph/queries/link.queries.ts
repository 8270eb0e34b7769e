import type { EntityLabel } from "../../domain";
import { cypher } from "../run";
import type { StoredSources } from "../records";
import { entitySummaryMap, type EntityRow } from "./entity.queries";

/** What one DataLoader key asks for: links of `id`, optionally narrowed by label, type and direction. */
export type LinkRequest = {
  key: string;
  id: string;
  label: EntityLabel | null;
  types: string[] | null;
  direction: "OUTGOING" | "INCOMING" | "BOTH";
  first: number;
};

export type LinkRow = StoredSources & {
  id: string;
  type: string;
  outgoing: boolean;
  role: string | null;
  date: string | null;
  note: string | null;
  node: EntityRow;
};

/**
 * Every request of one DataLoader batch in a single round trip. Each entity's relationships are
 * expanded once, however many fields ask for them (a movement's hashtags, platforms and actors
 * are three requests), then each request takes its slice: stable order (type, then the other
 * end's name, then its id), at most `first`.
 */
export const linksBatch = (requests: LinkRequest[]) => {
  const byId = new Map<string, Omit<LinkRequest, "id">[]>();
  for (const { id, ...request } of requests) byId.set(id, [...(byId.get(id) ?? []), request]);
  const groups = [...byId].map(([id, wanted]) => ({ id, wanted }));
  return cypher<{ key: string; links: LinkRow[] }>(
    "links batch",
    /* cypher */ `
    UNWIND $groups AS group
    OPTIONAL MATCH (n:Entity {id: group.id})
    CALL (n) {
      MATCH (n)-[r]-(m:Entity)
      WITH r, m, startNode(r) = n AS outgoing
      ORDER BY type(r), m.sortName, m.id
      RETURN collect({r: r, m: m, outgoing: outgoing, labels: labels(m)}) AS everything
    }
    UNWIND group.wanted AS req
    WITH req, [x IN everything WHERE (req.label IS NULL OR req.label IN x.labels)
      AND (req.types IS NULL OR type(x.r) IN req.types)
      AND (req.direction = 'BOTH' OR (req.direction = 'OUTGOING') = x.outgoing)][0..req.first] AS chosen
    RETURN req.key AS key, [x IN chosen | {
      id: x.r.key, type: type(x.r), outgoing: x.outgoing, role: x.r.role, date: x.r.date, note: x.r.note,
      sourceSections: x.r.sourceSections, sourceQuotes: x.r.sourceQuotes,
      node: ${entitySummaryMap("x.m", "x.labels")}
    }] AS links`,
    { groups },
  );
};
