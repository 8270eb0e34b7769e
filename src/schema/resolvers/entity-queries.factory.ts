import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from "type-graphql";
import type { ClassType } from "type-graphql";
import type { EntityLabel, EntityView } from "../../domain";
import type { ListArgs } from "../../services/entity.service";
import type { AppContext } from "../../server/context";
import { EntityFilter } from "../inputs/filters.input";
import { ConnectionArgs } from "../inputs/pagination.args";
import { readPlan } from "../read-plan";
import { toConnection } from "./connection";

type Config = {
  label: EntityLabel;
  /** Type class, connection class and filter input class of this label. */
  type: ClassType;
  connection: ClassType;
  filter: ClassType<EntityFilter>;
  /** Ordering enum and its default value. */
  order: object;
  defaultOrder: string;
  singular: string;
  plural: string;
  /** Example lookups for the docs. */
  exampleId: string;
  exampleName: string;
  /** Extra list arguments of this label (actor kind, event dates). */
  extraFilters?: (filter: EntityFilter) => Partial<ListArgs>;
};

/**
 * The two root fields every label has: a paginated, filtered list (`movements`) and a lookup by id
 * or name (`movement`). One factory keeps the six labels consistent.
 */
export function entityQueries(config: Config) {
  @Resolver()
  class EntityQueries {
    @Query((_returns) => config.connection, {
      name: config.plural,
      description: `${config.plural[0].toUpperCase()}${config.plural.slice(1)}, a page at a time (Relay connection, forward with \`first\`/\`after\` or backward with \`last\`/\`before\`), filtered and ordered.`,
    })
    list(
      @Args() page: ConnectionArgs,
      @Arg("filter", (_type) => config.filter, { nullable: true, description: "Only entries matching all given filters." }) filter: EntityFilter | null,
      @Arg("orderBy", (_type) => config.order, { defaultValue: config.defaultOrder, description: "Ordering of the list; ties break by id." }) orderBy: string,
      @Ctx() { services }: AppContext,
      @Info() info: GraphQLResolveInfo,
    ) {
      const [field, direction] = orderBy.split("_") as ["NAME" | "DATE", "ASC" | "DESC"];
      return services.entities
        .list(
          config.label,
          {
          first: page.first,
          after: page.after,
          last: page.last,
          before: page.before,
          order: { field, direction },
          nameContains: filter?.nameContains,
          linkedTo: [
            { argumentName: "filter.movement", label: "Movement", id: filter?.movement },
            { argumentName: "filter.platform", label: "Platform", id: filter?.platform },
            { argumentName: "filter.actor", label: "Actor", id: filter?.actor },
            { argumentName: "filter.hashtag", label: "Hashtag", id: filter?.hashtag },
          ],
            ...(filter && config.extraFilters ? config.extraFilters(filter) : {}),
          },
          readPlan(info, ["edges", "node"]),
        )
        .then(toConnection);
    }

    @Query((_returns) => config.type, {
      name: config.singular,
      nullable: true,
      description: `One ${config.singular} by id (\`${config.exampleId}\`) or by name or alias, case-insensitive (\`${config.exampleName}\`). Give exactly one of the two; null when nothing matches.`,
    })
    lookup(
      @Arg("id", (_type) => ID, { nullable: true, description: `Global id, e.g. \`${config.exampleId}\`.` }) id: string | null,
      @Arg("name", (_type) => String, { nullable: true, description: `Name or alias, any case, e.g. \`${config.exampleName}\`.` }) name: string | null,
      @Ctx() { services }: AppContext,
      @Info() info: GraphQLResolveInfo,
    ): Promise<EntityView | null> {
      return services.entities.lookup(config.label, { id, name }, readPlan(info));
    }
  }
  Object.defineProperty(EntityQueries, "name", { value: `${config.label}Queries` });
  return EntityQueries;
}
