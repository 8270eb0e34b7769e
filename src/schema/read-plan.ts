import type { GraphQLResolveInfo } from "graphql";
import { parseResolveInfo, type ResolveTree } from "graphql-parse-resolve-info";
import { LRUCache } from "lru-cache";
import { ENTITY_LABELS, LINK_OPTIONAL_FIELDS, NO_ENTITY_FIELDS, type EntityFields, type EntityLabel, type LinkOptionalField, type LinkSelection } from "../domain";
import { PROPERTY_OF_FIELD } from "../domain/properties";
import type { EdgeFields, PathSelection } from "../graph/queries/path.queries";
import type { TimelineSelection } from "../graph/queries/timeline.queries";
import type { InfluenceEntry, LinkEntry, ReadPlan } from "../graph/compile";
import { CREATED_BY, type LinkDirectionArg } from "../services/link.service";
import { DEFAULT_LINKS } from "../bounds";

/** The link fields of every entity type and the label each narrows to (see entity.resolver.ts). */
const LINK_FIELDS: Record<string, EntityLabel | null> = {
  relations: null,
  actors: "Actor",
  movements: "Movement",
  hashtags: "Hashtag",
  platforms: "Platform",
  events: "Event",
  topics: "Topic",
};

/** The arguments of a link field as GraphQL hands them over (defaults of the schema applied). */
export type LinkFieldArgs = { types?: readonly string[] | null; direction?: LinkDirectionArg; first?: number | null; ownOnly?: boolean | null };

/**
 * Parsed selections, per field nodes and per variable values. graphql-js shares one `fieldNodes`
 * array among the items of a list within one execution; graphql-jit and Apollo's document cache
 * keep it across requests of the same document. So the tree is parsed once per document and
 * variable values, not once per request (parsing was about a tenth of our CPU on a small lookup).
 * Never per `fieldNodes` alone: `@include(if: $x)` makes the tree depend on the variables, which
 * are compared by value. Each field's cache is bounded (a document asked with ever new variables).
 */
type ParsedField = { tree: ResolveTree | null; derived: Map<string, unknown> };
const trees = new WeakMap<object, LRUCache<string, ParsedField>>();
const SELECTION_VARIANTS_PER_FIELD = 32;

function parsedField(info: GraphQLResolveInfo): ParsedField {
  let byVariables = trees.get(info.fieldNodes);
  if (!byVariables) trees.set(info.fieldNodes, (byVariables = new LRUCache({ max: SELECTION_VARIANTS_PER_FIELD })));
  const key = JSON.stringify(info.variableValues ?? {});
  let cached = byVariables.get(key);
  if (!cached) byVariables.set(key, (cached = { tree: parseResolveInfo(info) as ResolveTree | null, derived: new Map() }));
  return cached;
}

const treeOf = (info: GraphQLResolveInfo) => parsedField(info).tree;

/**
 * A value read from the field's tree, kept with it (so per document and variable values): a
 * timeline's seven walks of its tree were 6% of the server's CPU on the benchmark's Q6. Shared
 * across requests, so callers treat it as read-only.
 */
function fromTree<T>(info: GraphQLResolveInfo, name: string, read: () => T): T {
  const { derived } = parsedField(info);
  if (!derived.has(name)) derived.set(name, read());
  return derived.get(name) as T;
}

/** The fields selected on `tree`'s value, each with the entity type it was selected on (null: an interface). */
function fieldsOn(tree: ResolveTree): { on: EntityLabel | null; field: ResolveTree }[] {
  return Object.entries(tree.fieldsByTypeName).flatMap(([typeName, fields]) => {
    const on = (ENTITY_LABELS as string[]).includes(typeName) ? (typeName as EntityLabel) : null;
    return Object.values(fields).map((field) => ({ on, field }));
  });
}

const fieldsOf = (tree: ResolveTree) => fieldsOn(tree).map(({ field }) => field);

/** The stored properties the given entity fields read (fields of any entity type, fragments merged). */
function propertiesOf(fields: ResolveTree[]): EntityFields {
  const wanted = { ...NO_ENTITY_FIELDS };
  for (const f of fields) if (f.name in PROPERTY_OF_FIELD) wanted[PROPERTY_OF_FIELD[f.name]] = true;
  return wanted;
}

/** The trees reached from the root field's tree along `path` (["edges", "node"] for a connection). */
function treesAt(info: GraphQLResolveInfo, path: string[]): ResolveTree[] {
  let level = [treeOf(info)].filter((t): t is ResolveTree => t !== null);
  for (const name of path) level = level.flatMap(fieldsOf).filter((f) => f.name === name);
  return level;
}

/** The stored entity properties selected on the entities found along any of `paths` from this field (the root itself when none). */
export function entityFields(info: GraphQLResolveInfo, ...paths: string[][]): EntityFields {
  return propertiesOf((paths.length ? paths : [[]]).flatMap((path) => treesAt(info, path).flatMap(fieldsOf)));
}

/** Whether `name` is selected on the objects found along `path` from this field. */
export function selects(info: GraphQLResolveInfo, path: string[], name: string): boolean {
  return treesAt(info, path).flatMap(fieldsOf).some((f) => f.name === name);
}

/** What a link field's tree reads of each link: its sources and optional fields if selected, of the other end only the properties selected. */
function selectionOf(linkField: ResolveTree | null): LinkSelection {
  const fields = linkField ? fieldsOf(linkField) : [];
  const has = (name: string) => fields.some((f) => f.name === name);
  return {
    sources: has("sources"),
    ...(Object.fromEntries(LINK_OPTIONAL_FIELDS.map((f) => [f, has(f)])) as Record<LinkOptionalField, boolean>),
    node: propertiesOf(fields.filter((f) => f.name === "node").flatMap(fieldsOf)),
  };
}

/** A link field's entry, defaults filled in (not checked: the link service checks it). */
function linkEntryOf(key: string, on: EntityLabel | null, label: EntityLabel | null, args: LinkFieldArgs, selection: LinkSelection): LinkEntry {
  return {
    key,
    on,
    label,
    types: args.types ?? null,
    direction: args.direction ?? "BOTH",
    first: args.first ?? DEFAULT_LINKS,
    ownOnly: args.ownOnly ?? false,
    selection,
  };
}

/** The response key of the field being resolved: its alias, else its name (what the plan's entries carry). */
export function responseKey(info: GraphQLResolveInfo): string {
  return info.path ? String(info.path.key) : (info.fieldNodes[0].alias?.value ?? info.fieldName);
}

/** The entry of the link field being resolved, for the DataLoader when no plan reached it. */
export function linkEntry(info: GraphQLResolveInfo, label: EntityLabel | null, args: LinkFieldArgs): LinkEntry {
  return linkEntryOf(responseKey(info), null, label, args, selectionOf(treeOf(info)));
}

/** The entry of `createdBy` being resolved. */
export function createdByEntry(info: GraphQLResolveInfo): LinkEntry {
  return linkEntryOf(responseKey(info), null, CREATED_BY.label, CREATED_BY, selectionOf(treeOf(info)));
}

/** The entry of the `inspired` / `inspiredBy` field being resolved. */
export function influenceEntry(info: GraphQLResolveInfo, depth: number, outgoing: boolean): InfluenceEntry {
  return { key: responseKey(info), on: null, depth, outgoing, fields: entityFields(info) };
}

/**
 * The plan of a root field: what it reads of the entities found along `path` (["edges", "node"]
 * for a connection), with every link, `createdBy` and influence field under its response key and
 * with its arguments. Arguments are checked later, by the services, as the fields' own resolvers
 * would check them. Kept with the field's tree (`fromTree`): the same object for every request of
 * the document with these variable values, so what derives from it is kept too (compile/plan.ts).
 */
export function readPlan(info: GraphQLResolveInfo, path: string[] = []): Readonly<ReadPlan> {
  return fromTree(info, `plan:${path.join(".")}`, () => buildPlan(info, path));
}

function buildPlan(info: GraphQLResolveInfo, path: string[]): ReadPlan {
  const fields = treesAt(info, path).flatMap(fieldsOn);
  const plan: ReadPlan = { fields: propertiesOf(fields.map((f) => f.field)), sources: fields.some((f) => f.field.name === "sources"), links: [], influence: [] };
  for (const { on, field: f } of fields) {
    const args = f.args as LinkFieldArgs & { depth?: number };
    if (f.name in LINK_FIELDS) {
      plan.links.push(linkEntryOf(f.alias, on, LINK_FIELDS[f.name], args, selectionOf(f)));
    } else if (f.name === "createdBy") {
      plan.links.push(linkEntryOf(f.alias, on, CREATED_BY.label, CREATED_BY, selectionOf(f)));
    } else if (f.name === "inspired" || f.name === "inspiredBy") {
      plan.influence.push({ key: f.alias, on, depth: args.depth ?? 1, outgoing: f.name === "inspired", fields: propertiesOf(fieldsOf(f)) });
    }
  }
  return plan;
}

/** What a `timeline` page reads (graph/queries/timeline.queries.ts): the selected properties of events and of facts' ends, quotes where selected. */
export function timelineSelection(info: GraphQLResolveInfo): Readonly<TimelineSelection> {
  return fromTree(info, "timeline", () => readTimelineSelection(info));
}

function readTimelineSelection(info: GraphQLResolveInfo): TimelineSelection {
  const entries = ["edges", "node"];
  return {
    event: entityFields(info, [...entries, "event"]),
    eventSources: selects(info, [...entries, "event"], "sources"),
    ends: entityFields(info, [...entries, "subject"], [...entries, "object"]),
    sources: selects(info, entries, "sources"),
    qualifier: selects(info, entries, "dateQualifier"),
    role: selects(info, entries, "role"),
    note: selects(info, entries, "note"),
  };
}

/** What a `path` / `paths` answer reads: the selected properties of its entities (nodes and step ends) and of its relationships. */
export function pathSelection(info: GraphQLResolveInfo): Readonly<PathSelection> {
  return fromTree(info, "path", () => readPathSelection(info));
}

function readPathSelection(info: GraphQLResolveInfo): PathSelection {
  const relationship = edgeFields(info, ["steps", "relationship"]);
  return {
    node: entityFields(info, ["nodes"], ["steps", "from"], ["steps", "to"]),
    edge: { ...relationship, sources: relationship.sources || selects(info, ["steps"], "sources") },
  };
}

/** Which optional fields of the Edge objects found along `path` are selected. */
export function edgeFields(info: GraphQLResolveInfo, path: string[]): EdgeFields {
  return { role: selects(info, path, "role"), date: selects(info, path, "date"), sources: selects(info, path, "sources") };
}
