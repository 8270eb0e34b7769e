import { LINK_OPTIONAL_FIELDS, OPTIONAL_ENTITY_PROPERTIES, type EntityFields, type LinkOptionalField, type LinkSelection } from "../../domain";
import { shapeOf, type LinkEntry } from "../compile/plan";
import { cypher } from "../run";
import type { StoredSources } from "../records";
import { entitySummaryMap, type EntityRow } from "./entity.queries";

export type LinkRow = StoredSources & {
  id: string;
  type: string;
  outgoing: boolean;
  role: string | null;
  date: string | null;
  dateQualifier?: string | null;
  note: string | null;
  /** Id, name and the properties the request's selection reads. */
  node: EntityRow;
  /** The companion the relationship belongs to (all properties); null for the entity's own. */
  via?: EntityRow | null;
};

/**
 * Binds `everything` for the entity bound to `n`: its relationships narrowed to the labels and
 * types any request wants (`labels`, `types`: Cypher expressions, null = all), in link order.
 *
 * The movement/hashtag rule: the article says the same thing of a movement and of the hashtag it
 * used, and which of the two a fact hangs on is the curation's accident. So a movement's links
 * also include those of the hashtags it used (USED_HASHTAG), and a hashtag's those of the
 * movements that used it, each with `via` = that companion and `outgoing` seen from it; the
 * relationship back to `n` itself is left out. Own links come first, then the companions'.
 *
 * `companions`: true to include the companions' links, a Cypher boolean to include them where it
 * holds (some request of that entity is not `ownOnly`), false when no request of the statement
 * wants them: the text then has neither the companions' branch nor `via`, which keeps it short (a
 * RUN message over the driver's 1 400-byte chunk buffer goes out in several writes).
 */
export const expandLinks = (labels: string, types: string, companions: string | boolean) => {
  const filter = `WHERE (${types} IS NULL OR type(r) IN ${types})
        AND (${labels} IS NULL OR any(l IN labels(m) WHERE l IN ${labels}))`;
  if (companions === false)
    return /* cypher */ `
      MATCH (n)-[r]-(m:Entity)
      ${filter}
      WITH r, m, startNode(r) = n AS outgoing
      ORDER BY type(r), m.sortName, m.id
      RETURN collect({r: r, m: m, outgoing: outgoing, labels: labels(m)}) AS everything`;
  return /* cypher */ `
      CALL (*) {
        MATCH (n)-[r]-(m:Entity)
        RETURN r, m, startNode(r) = n AS outgoing, null AS via
        UNION ALL
        MATCH (n)-[:USED_HASHTAG]-(c:Entity)
        WHERE ${companions === true ? "" : `${companions} AND `}((n:Movement AND c:Hashtag) OR (n:Hashtag AND c:Movement))
        MATCH (c)-[r]-(m:Entity)
        WHERE m <> n
        RETURN r, m, startNode(r) = c AS outgoing, c AS via
      }
      WITH r, m, outgoing, via
      ${filter}
      WITH r, m, outgoing, via
      ORDER BY via IS NOT NULL, type(r), m.sortName, m.id, via.id
      RETURN collect({r: r, m: m, outgoing: outgoing, labels: labels(m), via: via}) AS everything`;
};

/**
 * The links the request map `req` asks for out of `everything`, as LinkRow maps: its slice (label,
 * types, direction, at most `first`), with sources, role, dates, note and the other end's details
 * only if selected (unselected ones come back null and are never read). `anyWants` is what any
 * request of the statement selects: what none of them selects is left out of the text altogether,
 * so neither Neo4j nor the driver handles a column of nulls. `companions`: as for `expandLinks`,
 * whether `everything` holds companions' links (and `via`) at all.
 */
export const chooseLinks = (req: string, anyWants: LinkSelection, companions: boolean) => {
  const optional = LINK_OPTIONAL_FIELDS.filter((f) => anyWants[f]).map((f) => `${f}: CASE WHEN ${req}.${f} THEN x.r.${f} END`);
  if (anyWants.sources) optional.push(`sourceSections: CASE WHEN ${req}.sources THEN x.r.sourceSections END`, `sourceQuotes: CASE WHEN ${req}.sources THEN x.r.sourceQuotes END`);
  return /* cypher */ `[x IN [x IN everything WHERE (${req}.label IS NULL OR ${req}.label IN x.labels)
      AND (${req}.types IS NULL OR type(x.r) IN ${req}.types)
      AND (${req}.direction = 'BOTH' OR (${req}.direction = 'OUTGOING') = x.outgoing)${companions ? `
      AND (NOT ${req}.ownOnly OR x.via IS NULL)` : ""}][0..${req}.first] | {
      id: x.r.key, type: type(x.r), outgoing: x.outgoing,${optional.map((f) => `\n      ${f},`).join("")}
      node: ${entitySummaryMap("x.m", `${req}.node`, false, anyWants.node)}${companions ? `,
      via: CASE WHEN x.via IS NOT NULL THEN ${entitySummaryMap("x.via")} END` : ""}
    }]`;
};

/** What at least one of the selections reads. */
export function anySelected(selections: readonly LinkSelection[]): LinkSelection {
  const any = <K extends string>(keys: readonly K[], read: (s: LinkSelection, key: K) => boolean) =>
    Object.fromEntries(keys.map((k) => [k, selections.some((s) => read(s, k))])) as Record<K, boolean>;
  return {
    ...any([...LINK_OPTIONAL_FIELDS, "sources"] as (LinkOptionalField | "sources")[], (s, k) => s[k]),
    node: any(OPTIONAL_ENTITY_PROPERTIES, (s, k) => s.node[k]) as EntityFields,
  };
}

/** One entry as a shape key: no response key, the selection flattened. */
export const shapeParam = (entry: LinkEntry) => {
  const { selection, ...shape } = shapeOf(entry);
  return { ...shape, ...selection };
};

/**
 * One entry as the statement reads it (`req` in `chooseLinks`): only the flags that the text built
 * for `anyWants` and `companions` refers to, so the parameters stay small (Q1's page of movements
 * sent 1 045 characters of flags, most of them for properties the text does not mention).
 */
export const requestParam = (entry: LinkEntry, anyWants: LinkSelection, companions: boolean) => {
  const { label, types, direction, first, ownOnly, selection } = entry;
  const flags = (wanted: Record<string, boolean>, any: Record<string, unknown>) => Object.fromEntries(Object.entries(wanted).filter(([k]) => any[k] === true));
  const { node, ...own } = selection;
  const nodeFlags = flags(node, anyWants.node);
  return { label, types, direction, first, ...(companions ? { ownOnly } : {}), ...flags(own, anyWants), ...(Object.keys(nodeFlags).length ? { node: nodeFlags } : {}) };
};
/** The labels and types to expand for a set of entries; null when one of them wants all. */
export const expansionOf = (shapes: LinkEntry[]) => ({
  labels: unionOrNull(shapes.map((s) => (s.label ? [s.label] : null))),
  types: unionOrNull(shapes.map((s) => s.types)),
  companions: shapes.some((s) => !s.ownOnly),
});

/**
 * Every request of one DataLoader batch in a single round trip. Each entity's relationships are
 * expanded once, however many fields ask for them (a movement's hashtags, platforms and actors
 * are three requests), narrowed first to the labels and types any of its requests wants; then
 * each request takes its slice: stable order (type, then the other end's name, then its id), at
 * most `first`. Sources and the other end's details are read only for requests that select them.
 * Rows come back as (id, index of the shape in `shapes`).
 */
export const linksBatch = (requests: readonly { id: string; link: LinkEntry }[]) => {
  // A page of 20 movements asking hashtags, platforms and actors is 60 requests of 3 shapes: the
  // shapes go once, each entity lists the shapes it wants by index, which keeps the parameters small.
  const shapeKeys: string[] = [];
  const shapes: LinkEntry[] = [];
  const byId = new Map<string, number[]>();
  const shapeIndex = ({ link }: { link: LinkEntry }) => shapeKeys.indexOf(JSON.stringify(shapeParam(link)));
  for (const request of requests) {
    let index = shapeIndex(request);
    if (index < 0) {
      index = shapes.length;
      shapeKeys.push(JSON.stringify(shapeParam(request.link)));
      shapes.push(request.link);
    }
    const wanted = byId.get(request.id) ?? [];
    byId.set(request.id, wanted);
    if (!wanted.includes(index)) wanted.push(index);
  }
  const groups = [...byId].map(([id, wanted]) => ({ id, ...expansionOf(wanted.map((i) => shapes[i])), wanted }));
  const companions = groups.some((g) => g.companions);
  const anyWants = anySelected(shapes.map((s) => s.selection));
  const query = cypher<{ id: string; shape: number; links: LinkRow[] }>(
    "links batch",
    /* cypher */ `
    UNWIND $groups AS group
    OPTIONAL MATCH (n:Entity {id: group.id})
    CALL (n, group) {${expandLinks("group.labels", "group.types", companions && "group.companions")}
    }
    UNWIND group.wanted AS shape
    WITH group, shape, $shapes[shape] AS req, everything
    RETURN group.id AS id, shape, ${chooseLinks("req", anyWants, companions)} AS links`,
    { groups: companions ? groups : groups.map(({ companions: _, ...group }) => group), shapes: shapes.map((s) => requestParam(s, anyWants, companions)) },
  );
  return { query, shapeIndex };
};

/** The union of the lists, or null when any of them is null (that request wants everything). */
function unionOrNull(lists: (readonly string[] | null)[]): string[] | null {
  return lists.some((list) => list === null) ? null : [...new Set(lists.flat() as string[])];
}
