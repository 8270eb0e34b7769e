import type { EntityLabel } from "../../domain";
import { cypher } from "../run";
import type { StoredSources } from "../records";
import { entityProjection, type EntityRow } from "./entity.queries";

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
 * Every request of one DataLoader batch in a single round trip. Links come in a stable order
 * (type, then the other end's name, then its id) and at most `first` per request.
 */
export const linksBatch = (requests: LinkRequest[]) =>
  cypher<{ key: string; links: LinkRow[] }>(
    "links batch",
    /* cypher */ `
    UNWIND $requests AS req
    OPTIONAL MATCH (n:Entity {id: req.id})
    CALL (n, req) {
      MATCH (n)-[r]-(m:Entity)
      WHERE (req.label IS NULL OR req.label IN labels(m))
        AND (req.types IS NULL OR type(r) IN req.types)
        AND (req.direction = 'BOTH' OR (req.direction = 'OUTGOING') = (startNode(r) = n))
      WITH r, m, startNode(r) = n AS outgoing
      ORDER BY type(r), m.sortName, m.id
      WITH req, collect({
        id: r.key, type: type(r), outgoing: outgoing, role: r.role, date: r.date, note: r.note,
        sourceSections: r.sourceSections, sourceQuotes: r.sourceQuotes,
        node: ${entityProjection("m")}
      }) AS all
      RETURN all[0..req.first] AS links
    }
    RETURN req.key AS key, links`,
    { requests },
  );
