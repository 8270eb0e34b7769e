import { EntityFilter } from "../inputs/filters.input";
import { PlatformConnection } from "../types/connections.types";
import { EntityOrder } from "../types/enums";
import { Platform } from "../types/platform.type";
import { entityQueries } from "./entity-queries.factory";

export const PlatformQueries = entityQueries({
  label: "Platform",
  type: Platform,
  connection: PlatformConnection,
  filter: EntityFilter,
  order: EntityOrder,
  defaultOrder: EntityOrder.NAME_ASC,
  singular: "platform",
  plural: "platforms",
  exampleId: "platform:twitter",
  exampleName: "TikTok",
});
