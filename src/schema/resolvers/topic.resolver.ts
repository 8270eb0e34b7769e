import { EntityFilter } from "../inputs/filters.input";
import { TopicConnection } from "../types/connections.types";
import { EntityOrder } from "../types/enums";
import { Topic } from "../types/topic.type";
import { entityQueries } from "./entity-queries.factory";

export const TopicQueries = entityQueries({
  label: "Topic",
  type: Topic,
  connection: TopicConnection,
  filter: EntityFilter,
  order: EntityOrder,
  defaultOrder: EntityOrder.NAME_ASC,
  singular: "topic",
  plural: "topics",
  exampleId: "topic:slacktivism",
  exampleName: "hacktivism",
});
