import { DATE_QUALIFIERS } from "./entry-values";
import { ENTITY_PROPERTY_NAMES, type DateQualifierValue, type EntityPropertyName, type ShownProperties, type StoredQuantity } from "./properties";

/**
 * Plain shapes the services hand to resolvers. No GraphQL or driver types here: the schema classes
 * in src/schema/types describe these same shapes to clients.
 */

/** Id prefix -> Neo4j label. The prefix is the single source of an entity's label. */
export const LABEL_BY_PREFIX = {
  actor: "Actor",
  movement: "Movement",
  hashtag: "Hashtag",
  platform: "Platform",
  event: "Event",
  topic: "Topic",
} as const;
export type EntityLabel = (typeof LABEL_BY_PREFIX)[keyof typeof LABEL_BY_PREFIX];
export const ENTITY_LABELS = Object.values(LABEL_BY_PREFIX) as EntityLabel[];
export const PREFIX_BY_LABEL = Object.fromEntries(Object.entries(LABEL_BY_PREFIX).map(([p, l]) => [l, p])) as Record<EntityLabel, string>;

/**
 * The label of a valid entity id. The seed writes each node's label from its id (ids are checked
 * against ENTITY_ID_PATTERN), so statements need not read labels back to name an entity's type.
 */
export function labelOf(id: string): EntityLabel {
  return LABEL_BY_PREFIX[id.slice(0, id.indexOf(":")) as keyof typeof LABEL_BY_PREFIX];
}

/** A global id: `<prefix>:<lowercase-hyphenated slug>`. */
export const ENTITY_ID_PATTERN = /^(actor|movement|hashtag|platform|event|topic):[a-z0-9]+(-[a-z0-9]+)*$/;
/** A relationship type: UPPER_SNAKE_CASE. */
export const RELATIONSHIP_TYPE_PATTERN = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

export type SourceView = { section: string; quote: string };

/** An entity as resolvers see it: id, label, name, sources, and the stored properties (properties.ts). */
export type EntityView = ShownProperties & {
  id: string;
  label: EntityLabel;
  name: string;
  /** Absent when the entity came in bulk (links, lists, rings, hits): loaded on demand then. */
  sources?: SourceView[];
  /**
   * What the root statement read below this entity, by response key (alias): a link field's
   * links, an influence field's movements. The field's resolver reads it there first.
   */
  prefetched?: Readonly<Record<string, LinkView[] | EntityView[]>>;
};

export { DATE_QUALIFIERS };
/** BEFORE / AFTER / CIRCA where the article qualifies a date; null when the date is as given. */
export type { DateQualifierValue };

/** A number the article states: "over 800 protests" -> { value: 800, unit: "protests", bound: "OVER" }. */
export type QuantityView = StoredQuantity;

export type LinkDirection = "OUTGOING" | "INCOMING";

/**
 * The stored properties of an entity beyond id, name and label (the rows of properties.ts) that a
 * query selects. Statements read and ship only these; the others come back null and are never read.
 */
export const OPTIONAL_ENTITY_PROPERTIES = ENTITY_PROPERTY_NAMES;
export type EntityFields = Record<EntityPropertyName, boolean>;
const allFields = (read: boolean) => Object.fromEntries(ENTITY_PROPERTY_NAMES.map((name) => [name, read])) as EntityFields;
export const ALL_ENTITY_FIELDS: Readonly<EntityFields> = allFields(true);
/** Nothing but id, name and label. */
export const NO_ENTITY_FIELDS: Readonly<EntityFields> = allFields(false);

/** A link's stored fields that a query may or may not select (GraphQL field = relationship property). */
export const LINK_OPTIONAL_FIELDS = ["role", "date", "dateQualifier", "note"] as const;
export type LinkOptionalField = (typeof LINK_OPTIONAL_FIELDS)[number];
/** What a query reads of a link: its sources, which of its optional fields, and which properties of the other end. */
export type LinkSelection = Record<LinkOptionalField | "sources", boolean> & { node: EntityFields };
export const FULL_LINK_SELECTION: LinkSelection = { sources: true, role: true, date: true, dateQualifier: true, note: true, node: ALL_ENTITY_FIELDS };

/** One relationship seen from one of its ends: `node` is the other end. */
export type LinkView = {
  /** The relationship's key `<from>|<TYPE>|<to>`: the same from both ends, not an object id. */
  key: string;
  type: string;
  direction: LinkDirection;
  node: EntityView;
  role: string | null;
  date: string | null;
  dateQualifier: DateQualifierValue | null;
  note: string | null;
  sources: SourceView[];
  /** The companion this relationship belongs to (a movement's hashtag, a hashtag's movement); null for the entity's own. */
  via: EntityView | null;
};

export type EdgeView = {
  id: string;
  type: string;
  from: string;
  to: string;
  role: string | null;
  date: string | null;
  sources: SourceView[];
};

export type PageView<T> = {
  items: { cursor: string; node: T }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: () => Promise<number>;
};
