import { GraphQLJSON } from "graphql-scalars";
import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { AppContext } from "../../server/context";
import { ALLOWED_PROCEDURES } from "../../services/cypher.policy";
import { CypherResult } from "../types/cypher.types";
import { CYPHER_TIMEOUT_MS, MAX_CYPHER_ROWS, MAX_STATEMENT_LENGTH } from "../../bounds";

@Resolver()
export class CypherResolver {
  @Query((_returns) => CypherResult, {
    description:
      "Runs one read-only Cypher statement over the graph (labels Movement, Actor, Hashtag, Platform, Event, Topic, all also Entity; " +
      "relationships carry `role`, `date`, `sourceQuotes`). Planned first with EXPLAIN: writes, schema changes, LOAD CSV, SHOW commands, " +
      `CALL { } IN TRANSACTIONS and procedures other than ${ALLOWED_PROCEDURES.join(", ")} are refused with CYPHER_REFUSED before anything runs. ` +
      `At most ${MAX_STATEMENT_LENGTH} characters, ${MAX_CYPHER_ROWS} rows and ${CYPHER_TIMEOUT_MS} ms (QUERY_TIMEOUT beyond).`,
  })
  cypher(
    @Arg("statement", (_type) => String, { description: "One Cypher statement, e.g. `MATCH (m:Movement) RETURN m.name LIMIT 5`." }) statement: string,
    @Arg("parameters", (_type) => GraphQLJSON, { nullable: true, description: 'Parameters as a JSON object, used as `$name` in the statement, e.g. `{"id": "movement:metoo"}`.' })
    parameters: unknown,
    @Ctx() { services }: AppContext,
  ): Promise<CypherResult> {
    return services.cypher.run(statement, parameters).then((answer) => ({ ...answer, rowCount: answer.rows.length }));
  }
}
