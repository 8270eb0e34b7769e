import fs from "node:fs";
import { parse } from "yaml";
import { DATA_DIR } from "../domain/paths";
import { relationshipTypeSchema, type RelationshipType } from "../domain/vocabulary";
import { BadUserInputError } from "../errors";

/** The relationship vocabulary the graph was seeded with, read once from seed/data. */
export class RelationshipCatalogue {
  private readonly byType: ReadonlyMap<string, RelationshipType>;

  constructor(readonly types: readonly RelationshipType[]) {
    this.byType = new Map(types.map((t) => [t.type, t]));
  }

  static fromDataDir(dataDir = DATA_DIR): RelationshipCatalogue {
    const raw = parse(fs.readFileSync(`${dataDir}/relationship-types.yaml`, "utf8")) as unknown[];
    return new RelationshipCatalogue(raw.map((entry) => relationshipTypeSchema.parse(entry)));
  }

  /** Accepts known types only, so a typo is an error rather than a silently empty list. */
  checkTypes(argumentName: string, types: readonly string[] | null | undefined): string[] | null {
    if (!types) return null;
    const unknown = types.filter((t) => !this.byType.has(t));
    if (unknown.length) {
      throw new BadUserInputError(
        `${argumentName} has unknown relationship type(s) ${unknown.map((t) => JSON.stringify(t.slice(0, 40))).join(", ")}; known types: ${[...this.byType.keys()].join(", ")}.`,
        argumentName,
      );
    }
    return [...new Set(types)];
  }
}
