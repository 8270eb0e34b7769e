import { registerEnumType } from "type-graphql";

export enum EntityType {
  ACTOR = "Actor",
  MOVEMENT = "Movement",
  HASHTAG = "Hashtag",
  PLATFORM = "Platform",
  EVENT = "Event",
  TOPIC = "Topic",
}
registerEnumType(EntityType, {
  name: "EntityType",
  description: "The kinds of entity in the graph.",
  valuesConfig: {
    ACTOR: { description: "A person, organisation, company, government, medium or group." },
    MOVEMENT: { description: "A movement or campaign, e.g. Black Lives Matter." },
    HASHTAG: { description: "A hashtag, e.g. #MeToo." },
    PLATFORM: { description: "A platform or medium, e.g. Twitter, e-mail, bulletin boards." },
    EVENT: { description: "A dated or clearly bounded event, e.g. the Parkland high school shooting." },
    TOPIC: { description: "A form or concept of activism the article discusses, e.g. slacktivism." },
  },
});

export enum Direction {
  OUTGOING = "OUTGOING",
  INCOMING = "INCOMING",
  BOTH = "BOTH",
}
registerEnumType(Direction, {
  name: "Direction",
  description: "Which way a relationship points, seen from the entity it is read from.",
  valuesConfig: {
    OUTGOING: { description: "From this entity to the other (e.g. this movement INSPIRED the other)." },
    INCOMING: { description: "From the other entity to this one (e.g. the other movement INSPIRED this one)." },
    BOTH: { description: "Either way." },
  },
});

export enum StepDirection {
  FORWARD = "FORWARD",
  BACKWARD = "BACKWARD",
}
registerEnumType(StepDirection, {
  name: "StepDirection",
  description: "How a relationship lies along a path.",
  valuesConfig: {
    FORWARD: { description: "The relationship points from the step's `from` to its `to`." },
    BACKWARD: { description: "The relationship points from the step's `to` back to its `from`." },
  },
});

export enum ActorKind {
  PERSON = "person",
  ORGANIZATION = "organization",
  COMPANY = "company",
  GOVERNMENT = "government",
  MEDIA = "media",
  GROUP = "group",
}
registerEnumType(ActorKind, {
  name: "ActorKind",
  description: "What sort of actor an Actor is.",
  valuesConfig: {
    PERSON: { description: "An individual, including scholars and authors the article cites." },
    ORGANIZATION: { description: "A non-profit, NGO, campaign group or other organisation." },
    COMPANY: { description: "A business." },
    GOVERNMENT: { description: "A state, government, agency or politician's office." },
    MEDIA: { description: "A newspaper, broadcaster or other news outlet." },
    GROUP: { description: "A loose collective without formal membership, e.g. Anonymous." },
  },
});

export enum DatePrecision {
  YEAR = "YEAR",
  MONTH = "MONTH",
  DAY = "DAY",
}
registerEnumType(DatePrecision, {
  name: "DatePrecision",
  description: "How precisely the article dates something.",
  valuesConfig: {
    YEAR: { description: "Only the year is known, e.g. 1999." },
    MONTH: { description: "Year and month, e.g. 2018-08." },
    DAY: { description: "A calendar day, e.g. 2018-02-14." },
  },
});

export enum EntityOrder {
  NAME_ASC = "NAME_ASC",
  NAME_DESC = "NAME_DESC",
}
registerEnumType(EntityOrder, {
  name: "EntityOrder",
  description: "Orderings of an entity list.",
  valuesConfig: {
    NAME_ASC: { description: "By name, A to Z (case-insensitive), then by id." },
    NAME_DESC: { description: "By name, Z to A (case-insensitive), then by id." },
  },
});

export enum EventOrder {
  DATE_ASC = "DATE_ASC",
  DATE_DESC = "DATE_DESC",
  NAME_ASC = "NAME_ASC",
  NAME_DESC = "NAME_DESC",
}
registerEnumType(EventOrder, {
  name: "EventOrder",
  description: "Orderings of an event list. Undated events appear only when ordering by name.",
  valuesConfig: {
    DATE_ASC: { description: "Earliest first; a year-only date sorts before the dated days of that year (2018 < 2018-02 < 2018-02-14)." },
    DATE_DESC: { description: "Latest first." },
    NAME_ASC: { description: "By name, A to Z." },
    NAME_DESC: { description: "By name, Z to A." },
  },
});

export enum DateQualifier {
  BEFORE = "BEFORE",
  AFTER = "AFTER",
  CIRCA = "CIRCA",
}
registerEnumType(DateQualifier, {
  name: "DateQualifier",
  description: "How the article qualifies a date; absent (null) when the date is exact as given.",
  valuesConfig: {
    BEFORE: { description: "By that date at the latest (\"By April 11, 2012, Zimmerman was charged\")." },
    AFTER: { description: "On or after that date (\"since January 2025\")." },
    CIRCA: { description: "Around that date, as the article approximates it." },
  },
});

export enum QuantityBound {
  EXACT = "EXACT",
  OVER = "OVER",
  ABOUT = "ABOUT",
  UNDER = "UNDER",
}
registerEnumType(QuantityBound, {
  name: "QuantityBound",
  description: "How the article bounds a number.",
  valuesConfig: {
    EXACT: { description: "The number as stated (\"1,000 entries\")." },
    OVER: { description: "A lower bound (\"over 800 protests\", \"more than 2,000\")." },
    ABOUT: { description: "An estimate (\"an estimated 200,000\", \"almost 45 million\")." },
    UNDER: { description: "An upper bound." },
  },
});
