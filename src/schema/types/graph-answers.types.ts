import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import type { EdgeView, EntityView, SourceView } from "../../domain";
import { Entity } from "./entity.interface";
import { StepDirection } from "./enums";
import { RelationshipType } from "./relationship-type.enum";
import { Source } from "./source.type";
import { EDGES_PER_NODE } from "../../bounds";

@ObjectType({ simpleResolvers: true, description: "One full-text hit." })
export class SearchHit {
  @Field((_type) => Float, { description: "Relevance; higher is better. Comparable within one answer only." })
  score!: number;

  @Field((_type) => Entity, { description: "The matching entity." })
  entity!: EntityView;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "A relationship as a graph edge between two ids: what a visualisation needs. Direction-free (`from` and `to` are the relationship's own ends), " +
    "so an Edge is the same object wherever it appears and may carry an `id`; the viewpoint types (Relation, ActorLink ...) have `key` instead.",
})
export class Edge {
  @Field((_type) => ID, {
    description: "Id of the relationship, `<from id>|<TYPE>|<to id>` (equal to its links' `key`): unique across every type with an `id`, and the same Edge wherever it appears.",
  })
  id!: string;

  @Field((_type) => RelationshipType, { description: "Relationship type, e.g. INSPIRED." })
  type!: string;

  @Field((_type) => ID, { description: "Id of the entity the relationship points from." })
  from!: string;

  @Field((_type) => ID, { description: "Id of the entity the relationship points to." })
  to!: string;

  @Field((_type) => String, { nullable: true, description: "Role the article gives, if any." })
  role!: string | null;

  @Field((_type) => String, { nullable: true, description: "Date the article gives, ISO 8601, if any." })
  date!: string | null;

  @Field((_type) => [Source], { description: "The article passages stating this relationship." })
  sources!: SourceView[];
}

@ObjectType({ simpleResolvers: true, description: "One hop of a path, oriented along the path, citing the quotes that state it." })
export class PathStep {
  @Field((_type) => Entity, { description: "Where this hop starts (the path's previous node)." })
  from!: EntityView;

  @Field((_type) => Entity, { description: "Where this hop ends (the path's next node)." })
  to!: EntityView;

  @Field((_type) => RelationshipType, { description: "Relationship type, e.g. CREATED." })
  type!: string;

  @Field((_type) => StepDirection, { description: "FORWARD when the relationship points along the path, BACKWARD when against it." })
  direction!: StepDirection;

  @Field((_type) => Edge, { description: "The relationship itself, with its id, role, date and sources." })
  relationship!: EdgeView;

  @Field((_type) => [Source], { description: "The article passages stating this hop (same as relationship.sources)." })
  sources!: SourceView[];
}

@ObjectType({ simpleResolvers: true, description: "A shortest path between two entities, ignoring relationship direction." })
export class Path {
  @Field((_type) => Int, { description: "Number of hops." })
  length!: number;

  @Field((_type) => [Entity], { description: "The entities along the path, from `from` to `to`." })
  nodes!: EntityView[];

  @Field((_type) => [PathStep], { description: "The hops, in order; `steps[i]` joins `nodes[i]` and `nodes[i+1]`." })
  steps!: PathStep[];
}

@ObjectType({ simpleResolvers: true, description: "Entities around a centre and every relationship among them." })
export class Subgraph {
  @Field((_type) => [Entity], { description: "The centre first, then each ring outwards, each ring by name." })
  nodes!: EntityView[];

  @Field((_type) => [Edge], { description: `The relationships whose two ends are both in \`nodes\`, at most ${EDGES_PER_NODE} per node, by id.` })
  edges!: EdgeView[];

  @Field((_type) => Boolean, { description: `True when the answer was cut: more entities lie within \`depth\` than \`limit\`, or more edges than ${EDGES_PER_NODE} per node.` })
  truncated!: boolean;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "One relationship type of the vocabulary, identified by `type` (no `id`). In Apollo Client the type policy `RelationshipTypeInfo: { keyFields: [\"type\"] }` " +
    "normalises it by type (then always select `type`).",
})
export class RelationshipTypeInfo {
  @Field((_type) => RelationshipType, { description: "The type, e.g. INSPIRED." })
  type!: string;

  @Field((_type) => String, { description: "What it means." })
  description!: string;

  @Field((_type) => [String], { description: "Labels allowed at the start of the relationship." })
  from!: string[];

  @Field((_type) => [String], { description: "Labels allowed at the end of the relationship." })
  to!: string[];

  @Field((_type) => String, { description: "An example from the graph." })
  example!: string;
}
