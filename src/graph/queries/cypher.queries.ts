import { cypher } from "../run";

/** Entity references for relationship ends a client's answer named by element id only. */
export const entityRefsByElementIds = (elementIds: string[]) =>
  cypher<{ elementId: string; labels: string[]; id: string | null; name: string | null }>(
    "entity refs by element ids",
    /* cypher */ `
    UNWIND $elementIds AS eid
    MATCH (n) WHERE elementId(n) = eid
    RETURN eid AS elementId, labels(n) AS labels, n.id AS id, n.name AS name`,
    { elementIds },
  );
