/**
 * Dates at the precision the article gives: YYYY, YYYY-MM or YYYY-MM-DD. To compare periods of
 * mixed precision as plain strings, a date is widened to its first and last possible day, with 00
 * and 99 standing for "before any" and "after any" month or day: 2018 covers 2018-00-00..2018-99-99.
 */

export const ISO_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE_PATTERN.test(value)) return false;
  const [year, month, day] = value.split("-").map(Number);
  if (day === undefined) return true;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function periodStart(date: string): string {
  return (date + "-00-00").slice(0, 10);
}

export function periodEnd(date: string): string {
  return (date + "-99-99").slice(0, 10);
}

/**
 * A widened date as a whole number that sorts like the string: 2012-03-15 is 20120315, and
 * 2012-00-00 .. 2012-99-99 is 20120000 .. 20129999. Arithmetic on it is only used for the span
 * classes below, where any monotone numbering works.
 */
export function dateOrdinal(widened: string): number {
  return Number(widened.slice(0, 4)) * 10_000 + Number(widened.slice(5, 7)) * 100 + Number(widened.slice(8, 10));
}

/** Span classes run from 0 (start = end) to this; a class-c period spans less than 2^c ordinals. */
export const MAX_SPAN_CLASS = 27;

/**
 * The span class of a period: the bit length of end - start, so that a class-c period spans less
 * than 2^c. A window query then finds the periods running into it, class by class, in index
 * ranges no wider than each class's span (see list.queries.ts).
 */
export function spanClass(startOrdinal: number, endOrdinal: number): number {
  const span = Math.max(0, endOrdinal - startOrdinal);
  return 32 - Math.clz32(span);
}
