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
