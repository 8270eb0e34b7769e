import { isIsoDate } from "../dates";
import { ENTITY_ID_PATTERN } from "../domain";
import { BadUserInputError } from "../errors";

/** Argument checks shared by services; each failure names the argument and what it accepts. */


export function checkRange(argumentName: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadUserInputError(`${argumentName} must be a whole number from ${min} to ${max} (got ${value}).`, argumentName);
  }
  return value;
}

export function checkEntityId(argumentName: string, value: string): string {
  if (!ENTITY_ID_PATTERN.test(value)) {
    throw new BadUserInputError(
      `${argumentName} "${preview(value)}" is not an entity id; ids look like movement:black-lives-matter or hashtag:metoo.`,
      argumentName,
    );
  }
  return value;
}

export function checkDate(argumentName: string, value: string): string {
  if (!isIsoDate(value)) {
    throw new BadUserInputError(`${argumentName} "${preview(value)}" is not an ISO 8601 date; use YYYY, YYYY-MM or YYYY-MM-DD.`, argumentName);
  }
  return value;
}

export function checkLength(argumentName: string, value: string, max: number): string {
  if (value.length > max) throw new BadUserInputError(`${argumentName} is longer than ${max} characters.`, argumentName);
  return value;
}

/** Echoes client text in a message safely: short, no control characters. */
export function preview(value: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f]/g, "?");
  return clean.length > 60 ? `${clean.slice(0, 57)}...` : clean;
}
