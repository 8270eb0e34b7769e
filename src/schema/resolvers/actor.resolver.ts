import { ActorFilter } from "../inputs/filters.input";
import { Actor } from "../types/actor.type";
import { ActorConnection } from "../types/connections.types";
import { EntityOrder } from "../types/enums";
import { entityQueries } from "./entity-queries.factory";

export const ActorQueries = entityQueries({
  label: "Actor",
  type: Actor,
  connection: ActorConnection,
  filter: ActorFilter,
  order: EntityOrder,
  defaultOrder: EntityOrder.NAME_ASC,
  singular: "actor",
  plural: "actors",
  exampleId: "actor:greta-thunberg",
  exampleName: "Greta Thunberg",
  extraFilters: (filter) => ({ kind: (filter as ActorFilter).kind }),
});
