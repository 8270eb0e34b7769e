import { cypher } from "../run";

/** Counts per entity label (the shared Entity label left out) and per relationship type between entities. */
export const labelCounts = () =>
  cypher<{ label: string; count: number }>(
    "label counts",
    /* cypher */ `
    MATCH (n:Entity)
    UNWIND [l IN labels(n) WHERE l <> 'Entity'] AS label
    RETURN label, count(*) AS count
    ORDER BY label`,
  );

export const relationshipCounts = () =>
  cypher<{ type: string; count: number }>(
    "relationship counts",
    /* cypher */ `
    MATCH (:Entity)-[r]->(:Entity)
    RETURN type(r) AS type, count(*) AS count
    ORDER BY type`,
  );
