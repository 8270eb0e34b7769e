/**
 * @generated SignedSource<<9e62db29078f4eaccce2b7ea870057d6>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type relayQueriesActorsNearAMovementQuery$variables = Record<PropertyKey, never>;
export type relayQueriesActorsNearAMovementQuery$data = {
  readonly cypher: {
    readonly columns: ReadonlyArray<string>;
    readonly rowCount: number;
    readonly rows: ReadonlyArray<ReadonlyArray<any | null | undefined> | null | undefined>;
    readonly truncated: boolean;
  };
};
export type relayQueriesActorsNearAMovementQuery = {
  response: relayQueriesActorsNearAMovementQuery$data;
  variables: relayQueriesActorsNearAMovementQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "alias": null,
    "args": [
      {
        "kind": "Literal",
        "name": "parameters",
        "value": {
          "movement": "movement:metoo"
        }
      },
      {
        "kind": "Literal",
        "name": "statement",
        "value": "MATCH (m:Movement {id: $movement})-[r1]-(x) OPTIONAL MATCH (x)-[r2]-(a:Actor) WITH r1, r2, CASE WHEN x:Actor THEN x ELSE a END AS actor WHERE actor IS NOT NULL RETURN DISTINCT actor, r1, r2 ORDER BY actor.name LIMIT 25"
      }
    ],
    "concreteType": "CypherResult",
    "kind": "LinkedField",
    "name": "cypher",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "columns",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "rows",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "rowCount",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "truncated",
        "storageKey": null
      }
    ],
    "storageKey": "cypher(parameters:{\"movement\":\"movement:metoo\"},statement:\"MATCH (m:Movement {id: $movement})-[r1]-(x) OPTIONAL MATCH (x)-[r2]-(a:Actor) WITH r1, r2, CASE WHEN x:Actor THEN x ELSE a END AS actor WHERE actor IS NOT NULL RETURN DISTINCT actor, r1, r2 ORDER BY actor.name LIMIT 25\")"
  }
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "relayQueriesActorsNearAMovementQuery",
    "selections": (v0/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "relayQueriesActorsNearAMovementQuery",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "530f99456abb5f5c37d252243e261fa7",
    "id": null,
    "metadata": {},
    "name": "relayQueriesActorsNearAMovementQuery",
    "operationKind": "query",
    "text": "query relayQueriesActorsNearAMovementQuery {\n  cypher(statement: \"MATCH (m:Movement {id: $movement})-[r1]-(x) OPTIONAL MATCH (x)-[r2]-(a:Actor) WITH r1, r2, CASE WHEN x:Actor THEN x ELSE a END AS actor WHERE actor IS NOT NULL RETURN DISTINCT actor, r1, r2 ORDER BY actor.name LIMIT 25\", parameters: {movement: \"movement:metoo\"}) {\n    columns\n    rows\n    rowCount\n    truncated\n  }\n}\n"
  }
};
})();

(node as any).hash = "3e2431ed3197eaf9a2b16b5d3b5d0108";

export default node;
