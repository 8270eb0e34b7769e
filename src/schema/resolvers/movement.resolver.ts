import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from "type-graphql";
import type { EntityView } from "../../domain";
import type { AppContext } from "../../server/context";
import { EntityFilter } from "../inputs/filters.input";
import { MovementConnection } from "../types/connections.types";
import { EntityOrder } from "../types/enums";
import { Movement } from "../types/movement.type";
import { influenceEntry, responseKey } from "../read-plan";
import { entityQueries } from "./entity-queries.factory";
import { DEFAULT_INFLUENCE_DEPTH, MAX_INFLUENCE_DEPTH, MAX_INFLUENCE_RESULTS, range } from "../../bounds";

export const MovementQueries = entityQueries({
  label: "Movement",
  type: Movement,
  connection: MovementConnection,
  filter: EntityFilter,
  order: EntityOrder,
  defaultOrder: EntityOrder.NAME_ASC,
  singular: "movement",
  plural: "movements",
  exampleId: "movement:black-lives-matter",
  exampleName: "BLM",
});

const depthArg = { defaultValue: DEFAULT_INFLUENCE_DEPTH, description: `How many INSPIRED hops to follow, ${range(MAX_INFLUENCE_DEPTH)}.` };

@Resolver((_of) => Movement)
export class MovementResolver {
  @FieldResolver((_type) => [Movement], {
    description: `Movements this one inspired, directly or through up to \`depth\` INSPIRED hops; each once, nearest first, then by name; at most ${MAX_INFLUENCE_RESULTS}.`,
  })
  inspired(@Root() movement: EntityView, @Arg("depth", (_type) => Int, depthArg) depth: number, @Ctx() { services }: AppContext, @Info() info: GraphQLResolveInfo) {
    return services.links.influence(movement, responseKey(info), () => influenceEntry(info, depth, true));
  }

  @FieldResolver((_type) => [Movement], {
    description: `Movements that inspired this one, directly or through up to \`depth\` INSPIRED hops; each once, nearest first, then by name; at most ${MAX_INFLUENCE_RESULTS}.`,
  })
  inspiredBy(@Root() movement: EntityView, @Arg("depth", (_type) => Int, depthArg) depth: number, @Ctx() { services }: AppContext, @Info() info: GraphQLResolveInfo) {
    return services.links.influence(movement, responseKey(info), () => influenceEntry(info, depth, false));
  }
}
