import { Field, Int, ObjectType } from "type-graphql";
import { RelationshipType } from "./relationship-type.enum";

@ObjectType({ simpleResolvers: true, description: "How many entities carry one label." })
export class LabelCount {
  @Field((_type) => String, { description: "Entity label, e.g. Movement." })
  label!: string;

  @Field((_type) => Int, { description: "Number of entities with this label." })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: "How many relationships have one type." })
export class RelationshipTypeCount {
  @Field((_type) => RelationshipType, { description: "Relationship type, e.g. INSPIRED." })
  type!: string;

  @Field((_type) => Int, { description: "Number of relationships of this type." })
  count!: number;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "Size of the knowledge graph: entities per label and relationships per type. A singleton without `id`: in Apollo Client give it the type policy " +
    "`GraphStats: { merge: true }` so that queries selecting different fields of `stats` merge instead of replacing each other (see README, \"Using it from a frontend\").",
})
export class GraphStats {
  @Field((_type) => Int, { description: "Total number of entities." })
  entityCount!: number;

  @Field((_type) => Int, { description: "Total number of relationships between entities." })
  relationshipCount!: number;

  @Field((_type) => [LabelCount], { description: "Entities per label, sorted by label." })
  labels!: LabelCount[];

  @Field((_type) => [RelationshipTypeCount], { description: "Relationships per type, sorted by type." })
  relationshipTypes!: RelationshipTypeCount[];
}
