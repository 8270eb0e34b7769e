import { Field, ID, ObjectType } from "type-graphql";
import type { ClassType } from "type-graphql";
import type { DateQualifierValue, EntityView, LinkDirection, SourceView } from "../../domain";
import { DateQualifier, Direction } from "./enums";
import { Source } from "./source.type";

/**
 * The shape shared by every "relationship seen from one end" type: Relation (any entity at the
 * other end) and the typed MovementLink, ActorLink ... (one kind of entity at the other end).
 */
export function linkType(name: string, target: () => ClassType | Function, description: string) {
  @ObjectType(name, { simpleResolvers: true, description })
  class Link {
    @Field((_type) => ID, { description: "Id of the relationship: `<from id>|<TYPE>|<to id>`." })
    id!: string;

    @Field((_type) => String, { description: "Relationship type from the vocabulary (see `relationshipTypes`), e.g. `INSPIRED`." })
    type!: string;

    @Field((_type) => Direction, { description: "OUTGOING when the relationship points from the entity you read it from to `node`; INCOMING otherwise." })
    direction!: LinkDirection;

    @Field(target, { description: "The entity at the other end." })
    node!: EntityView;

    @Field((_type) => String, { nullable: true, description: "The role the article gives, e.g. `co-founder`; null if none." })
    role!: string | null;

    @Field((_type) => String, { nullable: true, description: "When it happened, ISO 8601 at the article's precision; null if the article gives none." })
    date!: string | null;

    @Field((_type) => DateQualifier, {
      nullable: true,
      description: "How the article qualifies `date`: BEFORE for \"by <date>\", AFTER for \"since <date>\", CIRCA; null when the date is exact as given.",
    })
    dateQualifier!: DateQualifierValue | null;

    @Field((_type) => String, { nullable: true, description: "Curator's note where the article is ambiguous or wrong about this link." })
    note!: string | null;

    @Field((_type) => [Source], { description: "The article passages stating this relationship; at least one." })
    sources!: SourceView[];
  }
  return Link;
}
