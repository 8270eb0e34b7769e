import { Actor } from "./actor.type";
import { Entity } from "./entity.interface";
import { Event } from "./event.type";
import { Hashtag } from "./hashtag.type";
import { linkType } from "./link.types";
import { Movement } from "./movement.type";
import { Platform } from "./platform.type";
import { Topic } from "./topic.type";

export const Relation = linkType("Relation", () => Entity, "A relationship of an entity, seen from that entity: its type, direction, the entity at the other end and the quotes that state it.");
export const ActorLink = linkType("ActorLink", () => Actor, "A relationship to an actor, with its type, direction, role, date and sources.");
export const MovementLink = linkType("MovementLink", () => Movement, "A relationship to a movement, with its type, direction, role, date and sources.");
export const HashtagLink = linkType("HashtagLink", () => Hashtag, "A relationship to a hashtag, with its type, direction, role, date and sources.");
export const PlatformLink = linkType("PlatformLink", () => Platform, "A relationship to a platform, with its type, direction, role, date and sources.");
export const EventLink = linkType("EventLink", () => Event, "A relationship to an event, with its type, direction, role, date and sources.");
export const TopicLink = linkType("TopicLink", () => Topic, "A relationship to a topic, with its type, direction, role, date and sources.");
