import neo4j from "neo4j-driver";

/**
 * Turns driver values into plain JSON-friendly values: Integers to numbers (our counts and ids fit
 * in 2^53), temporal values to ISO strings, nodes and relationships to their properties, recursively.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value !== "object") return value;
  if (isTemporal(value)) return String(value);
  if (isGraphEntity(value)) return toPlain(value.properties);
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = toPlain(inner);
  return out;
}

function isTemporal(value: object): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  );
}

function isGraphEntity(value: object): value is { properties: Record<string, unknown> } {
  return neo4j.isNode(value) || neo4j.isRelationship(value);
}

/** Properties as stored by the seed loader: sources kept as two parallel lists. */
export type StoredSources = { sourceSections: string[] | null; sourceQuotes: string[] | null };

export function toSources(stored: StoredSources): { section: string; quote: string }[] {
  const sections = stored.sourceSections ?? [];
  const quotes = stored.sourceQuotes ?? [];
  return sections.map((section, i) => ({ section, quote: quotes[i] ?? "" }));
}
