import { registerEnumType } from "type-graphql";
import { RelationshipCatalogue } from "../../services/catalogue";

/**
 * The GraphQL enum `RelationshipType`, generated when the schema is built from the closed
 * vocabulary in seed/data/relationship-types.yaml (values and descriptions), so the vocabulary
 * stays the single definition: adding a type there adds the enum value (and a diff in
 * schema/schema.graphql). Values are the stored relationship types themselves.
 */
const VOCABULARY = RelationshipCatalogue.fromDataDir().types;

export const RelationshipType: Record<string, string> = Object.fromEntries(VOCABULARY.map((t) => [t.type, t.type]));

registerEnumType(RelationshipType, {
  name: "RelationshipType",
  description:
    "The closed relationship vocabulary (seed/data/relationship-types.yaml). A relationship reads `from TYPE to`, e.g. " +
    "`movement:march-for-our-lives INSPIRED movement:school-strike-for-climate`; `relationshipTypes` lists each with the labels it joins.",
  valuesConfig: Object.fromEntries(VOCABULARY.map((t) => [t.type, { description: t.description }])),
});
