import neo4j from "neo4j-driver";

/**
 * Turns driver values into plain JSON-friendly values: temporal values to ISO strings, nodes and
 * relationships to their properties, recursively. The driver already hands integers over as
 * numbers (graph/driver.ts), so most rows are plain: they come back as they are, without a copy,
 * and only a part that holds a driver object is rebuilt. Integer objects (a lossless driver) still
 * become numbers: our counts and ids fit in 2^53.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object") return value;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const plain = toPlain(value[i]);
      if (out) out.push(plain);
      else if (plain !== value[i]) (out = value.slice(0, i)).push(plain);
    }
    return out ?? value;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    let out: Record<string, unknown> | undefined;
    for (const key in value) {
      const inner = (value as Record<string, unknown>)[key];
      const plain = toPlain(inner);
      if (plain !== inner) (out ??= { ...value })[key] = plain;
    }
    return out ?? value;
  }
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
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
