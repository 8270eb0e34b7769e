/**
 * @generated SignedSource<<45c190c1b61e03e6251742515c2cfa19>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type relayQueriesRelationshipTypeCountsQuery$variables = Record<PropertyKey, never>;
export type relayQueriesRelationshipTypeCountsQuery$data = {
  readonly cypher: {
    readonly columns: ReadonlyArray<string>;
    readonly rows: ReadonlyArray<ReadonlyArray<any | null | undefined> | null | undefined>;
    readonly truncated: boolean;
  };
};
export type relayQueriesRelationshipTypeCountsQuery = {
  response: relayQueriesRelationshipTypeCountsQuery$data;
  variables: relayQueriesRelationshipTypeCountsQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "alias": null,
    "args": [
      {
        "kind": "Literal",
        "name": "statement",
        "value": "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY count DESC, type"
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
        "name": "truncated",
        "storageKey": null
      }
    ],
    "storageKey": "cypher(statement:\"MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY count DESC, type\")"
  }
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "relayQueriesRelationshipTypeCountsQuery",
    "selections": (v0/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "relayQueriesRelationshipTypeCountsQuery",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "dc16f9aa4d42083eeac28cf104c7a3fc",
    "id": null,
    "metadata": {},
    "name": "relayQueriesRelationshipTypeCountsQuery",
    "operationKind": "query",
    "text": "query relayQueriesRelationshipTypeCountsQuery {\n  cypher(statement: \"MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY count DESC, type\") {\n    columns\n    rows\n    truncated\n  }\n}\n"
  }
};
})();

(node as any).hash = "672bfd8d00c692794c6776b40aa12c28";

export default node;
