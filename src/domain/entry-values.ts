import { z } from "zod";
import { isIsoDate, ISO_DATE_PATTERN } from "../dates";

/** The building blocks of the data files' schemas (seed/data/README.md), shared by the property table. */

export const ACTOR_KINDS = ["person", "organization", "company", "government", "media", "group"] as const;
export const DATE_QUALIFIERS = ["BEFORE", "AFTER", "CIRCA"] as const;

export const text = z.string().trim().min(1, "must not be empty");

export const isoDate = z
  .string()
  .regex(ISO_DATE_PATTERN, "must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD")
  .refine(isIsoDate, "is not a real calendar date");

export const sourceSchema = z.object({ section: text, quote: text }).strict();

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
