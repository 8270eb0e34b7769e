import { Actor } from "./actor.type";
import { connectionType } from "./connection.types";
import { Event } from "./event.type";
import { Hashtag } from "./hashtag.type";
import { Movement } from "./movement.type";
import { Platform } from "./platform.type";
import { Topic } from "./topic.type";

export const MovementConnection = connectionType("Movement", () => Movement);
export const ActorConnection = connectionType("Actor", () => Actor);
export const HashtagConnection = connectionType("Hashtag", () => Hashtag);
export const PlatformConnection = connectionType("Platform", () => Platform);
export const EventConnection = connectionType("Event", () => Event);
export const TopicConnection = connectionType("Topic", () => Topic);
