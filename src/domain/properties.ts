import { z } from "zod";
import { ACTOR_KINDS, DATE_QUALIFIERS, isoDate, quantitySchema, text } from "./entry-values";

/**
 * One row per stored entity property beyond id, name, label and sources: how the data files give
 * it (`entry`, part of the node schema), what the seed stores (`store`), what a resolver sees of
 * what a statement returned (`show`, null when the statement did not read it), and which GraphQL
 * fields read it (so a statement reads it only when one of them is selected). The node schema,
 * the seed's rows, the Cypher projections, the row and view types and the selection mapping are
 * all derived from this table: adding a property is a row here plus its `@Field`.
 */
type Property<Entry extends z.ZodTypeAny, Stored, Shown> = {
  fields: readonly string[];
  entry: Entry;
  store: (value: z.output<Entry>) => Stored;
  show: (stored: Stored | null | undefined) => Shown;
};

const property = <Entry extends z.ZodTypeAny, Stored, Shown>(p: Property<Entry, Stored, Shown>) => p;

export type QuantityEntry = z.output<typeof quantitySchema>;
/** A quantity as stored and shown: its date null when the article gives none. */
export type StoredQuantity = Omit<QuantityEntry, "date"> & { date: string | null };
export type DateQualifierValue = (typeof DATE_QUALIFIERS)[number];

export const ENTITY_PROPERTIES = {
  aliases: property({ fields: ["aliases"], entry: z.array(text).default([]), store: (v) => v, show: (s) => s ?? [] }),
  description: property({ fields: ["description"], entry: text, store: (v) => v, show: (s) => s ?? "" }),
  note: property({ fields: ["note"], entry: text.optional(), store: (v) => v ?? null, show: (s) => s ?? null }),
  kind: property({ fields: ["kind"], entry: z.enum(ACTOR_KINDS).optional(), store: (v) => v ?? null, show: (s) => s ?? null }),
  date: property({ fields: ["date", "datePrecision"], entry: isoDate.optional(), store: (v) => v ?? null, show: (s) => s ?? null }),
  endDate: property({ fields: ["endDate"], entry: isoDate.optional(), store: (v) => v ?? null, show: (s) => s ?? null }),
  dateQualifier: property({
    fields: ["dateQualifier"],
    entry: z.enum(DATE_QUALIFIERS).optional(),
    store: (v) => v ?? null,
    show: (s) => (s ?? null) as DateQualifierValue | null,
  }),
  // A list of maps, which Neo4j cannot store as a property: kept as JSON text.
  quantities: property({
    fields: ["quantities"],
    entry: z.array(quantitySchema).optional(),
    store: (v) => (v?.length ? JSON.stringify(v.map((q) => ({ ...q, date: q.date ?? null }))) : null),
    show: (s) => (s ? (JSON.parse(s) as StoredQuantity[]) : []),
  }),
};

export type EntityPropertyName = keyof typeof ENTITY_PROPERTIES;
export const ENTITY_PROPERTY_NAMES = Object.keys(ENTITY_PROPERTIES) as EntityPropertyName[];

/** The properties as a statement returns them (absent or null when not read). */
export type StoredProperties = { [K in EntityPropertyName]?: ReturnType<(typeof ENTITY_PROPERTIES)[K]["store"]> | null };
/** The properties as resolvers see them. */
export type ShownProperties = { [K in EntityPropertyName]: ReturnType<(typeof ENTITY_PROPERTIES)[K]["show"]> };

/** The data files' schema of these properties (spread into the node schema). */
export const propertyEntries = Object.fromEntries(ENTITY_PROPERTY_NAMES.map((name) => [name, ENTITY_PROPERTIES[name].entry])) as {
  [K in EntityPropertyName]: (typeof ENTITY_PROPERTIES)[K]["entry"];
};

const entriesSchema = z.object(propertyEntries);
/** These properties of a validated data-file entry. */
export type PropertyEntries = z.output<typeof entriesSchema>;

/** What the seed stores for a validated entry. */
export function storedProperties(entry: PropertyEntries): Record<EntityPropertyName, unknown> {
  const out = {} as Record<EntityPropertyName, unknown>;
  for (const name of ENTITY_PROPERTY_NAMES) out[name] = (ENTITY_PROPERTIES[name].store as (v: unknown) => unknown)(entry[name]);
  return out;
}

/** What resolvers see of a returned row. */
export function shownProperties(row: StoredProperties): ShownProperties {
  const out = {} as Record<EntityPropertyName, unknown>;
  for (const name of ENTITY_PROPERTY_NAMES) out[name] = (ENTITY_PROPERTIES[name].show as (v: unknown) => unknown)(row[name]);
  return out as ShownProperties;
}

/** GraphQL field -> the stored property it reads (fields reading none are absent). */
export const PROPERTY_OF_FIELD: Readonly<Record<string, EntityPropertyName>> = Object.fromEntries(
  ENTITY_PROPERTY_NAMES.flatMap((name) => ENTITY_PROPERTIES[name].fields.map((field) => [field, name])),
);
