import { z } from "zod";
import { ACTOR_KINDS, isoDate, quantitySchema, sourceSchema, text } from "./entry-values";
import { propertyEntries } from "./properties";
import {
  DATE_QUALIFIERS,
  ENTITY_ID_PATTERN as ID_PATTERN,
  ENTITY_LABELS,
  LABEL_BY_PREFIX,
  labelOf,
  RELATIONSHIP_TYPE_PATTERN as TYPE_PATTERN,
  type EntityLabel,
} from "./index";

export { ENTITY_LABELS, ID_PATTERN, LABEL_BY_PREFIX, labelOf, TYPE_PATTERN, type EntityLabel };

export { ACTOR_KINDS, quantitySchema, sourceSchema };

export const nodeSchema = z
  .object({
    id: z.string().regex(ID_PATTERN, "must be <label>:<slug> with label actor|movement|hashtag|platform|event|topic and a lowercase-hyphenated slug"),
    name: text,
    sources: z.array(sourceSchema).min(1, "needs at least one source"),
    ...propertyEntries,
  })
  .strict();

export const relationshipSchema = z
  .object({
    from: text,
    type: z.string().regex(TYPE_PATTERN, "must be UPPER_SNAKE_CASE"),
    to: text,
    role: text.optional(),
    date: isoDate.optional(),
    dateQualifier: z.enum(DATE_QUALIFIERS).optional(),
    sources: z.array(sourceSchema).min(1, "needs at least one source"),
    note: text.optional(),
  })
  .strict();

export const relationshipTypeSchema = z
  .object({
    type: z.string().regex(TYPE_PATTERN, "must be UPPER_SNAKE_CASE"),
    description: text,
    from: z.array(z.enum(ENTITY_LABELS as [EntityLabel, ...EntityLabel[]])).min(1),
    to: z.array(z.enum(ENTITY_LABELS as [EntityLabel, ...EntityLabel[]])).min(1),
    example: text,
  })
  .strict();

export type SourceEntry = z.infer<typeof sourceSchema>;
export type NodeEntry = z.infer<typeof nodeSchema>;
export type RelationshipEntry = z.infer<typeof relationshipSchema>;
export type RelationshipType = z.infer<typeof relationshipTypeSchema>;

export function relationshipKey(rel: Pick<RelationshipEntry, "from" | "type" | "to">): string {
  return `${rel.from}|${rel.type}|${rel.to}`;
}
