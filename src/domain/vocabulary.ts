import { z } from "zod";
import { isIsoDate, ISO_DATE_PATTERN } from "../dates";
import {
  DATE_QUALIFIERS,
  ENTITY_ID_PATTERN as ID_PATTERN,
  ENTITY_LABELS,
  LABEL_BY_PREFIX,
  RELATIONSHIP_TYPE_PATTERN as TYPE_PATTERN,
  type EntityLabel,
} from "./index";

export { ENTITY_LABELS, ID_PATTERN, LABEL_BY_PREFIX, TYPE_PATTERN, type EntityLabel };

export const ACTOR_KINDS = ["person", "organization", "company", "government", "media", "group"] as const;


const text = z.string().trim().min(1, "must not be empty");

export const sourceSchema = z.object({ section: text, quote: text }).strict();

const isoDate = z
  .string()
  .regex(ISO_DATE_PATTERN, "must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD")
  .refine(isIsoDate, "is not a real calendar date");

/** A number the article states, with its quote (see seed/data/README.md, "Quantities"). */
export const quantitySchema = z
  .object({
    value: z.number().finite(),
    unit: text,
    counts: text,
    bound: z.enum(["EXACT", "OVER", "ABOUT", "UNDER"]).default("EXACT"),
    date: isoDate.optional(),
    section: text,
    quote: text,
  })
  .strict();

export const nodeSchema = z
  .object({
    id: z.string().regex(ID_PATTERN, "must be <label>:<slug> with label actor|movement|hashtag|platform|event|topic and a lowercase-hyphenated slug"),
    name: text,
    aliases: z.array(text).default([]),
    description: text,
    sources: z.array(sourceSchema).min(1, "needs at least one source"),
    kind: z.enum(ACTOR_KINDS).optional(),
    date: isoDate.optional(),
    endDate: isoDate.optional(),
    dateQualifier: z.enum(DATE_QUALIFIERS).optional(),
    quantities: z.array(quantitySchema).optional(),
    note: text.optional(),
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

export function labelOf(id: string): EntityLabel {
  return LABEL_BY_PREFIX[id.slice(0, id.indexOf(":")) as keyof typeof LABEL_BY_PREFIX];
}

export function relationshipKey(rel: Pick<RelationshipEntry, "from" | "type" | "to">): string {
  return `${rel.from}|${rel.type}|${rel.to}`;
}
