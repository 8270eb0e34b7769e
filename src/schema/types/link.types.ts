import { Field, ObjectType } from "type-graphql";
import type { ClassType } from "type-graphql";
import type { DateQualifierValue, EntityView, LinkDirection, SourceView } from "../../domain";
import { DateQualifier, Direction } from "./enums";
import { RelationshipType } from "./relationship-type.enum";
import { Entity } from "./entity.interface";
import { Source } from "./source.type";

/**
 * The shape shared by every "relationship seen from one end" type: Relation (any entity at the
 * other end) and the typed MovementLink, ActorLink ... (one kind of entity at the other end).
 */
export function linkType(name: string, target: () => ClassType | Function, description: string) {
  @ObjectType(name, { simpleResolvers: true, description })
  class Link {
    // No `id`: `direction` and `node` depend on the end the link is read from, so one id would stand
    // for two different objects in Apollo's and Relay's normalised caches (issue 11).
    @Field((_type) => String, {
      description:
        "Key of the relationship, `<from id>|<TYPE>|<to id>`: the same from both ends, so it is NOT an object id (this object's `direction` and `node` differ by end). " +
        "Link objects have no `id` on purpose; a client cache stores them inside the entity they are read from.",
    })
    key!: string;

    @Field((_type) => RelationshipType, { description: "Relationship type from the vocabulary (see `relationshipTypes`), e.g. `INSPIRED`." })
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

    @Field((_type) => Entity, {
      nullable: true,
      description:
        "Null for the entity's own relationship. Otherwise the companion it belongs to: a movement's link fields also list the relationships of the hashtags it used (USED_HASHTAG), " +
        "and a hashtag's those of the movements that used it, because the article says the same thing of both; `direction` is then seen from `via`. Pass `ownOnly: true` to leave these out.",
    })
    via!: EntityView | null;
  }
  return Link;
}
