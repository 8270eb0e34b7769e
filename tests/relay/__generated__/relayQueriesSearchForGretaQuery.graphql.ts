/**
 * @generated SignedSource<<39e7777107a83e4a4aa26f05aedc0fe9>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type relayQueriesSearchForGretaQuery$variables = Record<PropertyKey, never>;
export type relayQueriesSearchForGretaQuery$data = {
  readonly search: ReadonlyArray<{
    readonly entity: {
      readonly __typename: string;
      readonly description: string;
      readonly id: string;
      readonly name: string;
    };
    readonly score: number;
  }>;
};
export type relayQueriesSearchForGretaQuery = {
  response: relayQueriesSearchForGretaQuery$data;
  variables: relayQueriesSearchForGretaQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "alias": null,
    "args": [
      {
        "kind": "Literal",
        "name": "first",
        "value": 5
      },
      {
        "kind": "Literal",
        "name": "query",
        "value": "Gret"
      }
    ],
    "concreteType": "SearchHit",
    "kind": "LinkedField",
    "name": "search",
    "plural": true,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "score",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "concreteType": null,
        "kind": "LinkedField",
        "name": "entity",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "__typename",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "id",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "name",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "description",
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ],
    "storageKey": "search(first:5,query:\"Gret\")"
  }
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "relayQueriesSearchForGretaQuery",
    "selections": (v0/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "relayQueriesSearchForGretaQuery",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "ca6254de5102e91743166fb46423ac2f",
    "id": null,
    "metadata": {},
    "name": "relayQueriesSearchForGretaQuery",
    "operationKind": "query",
    "text": "query relayQueriesSearchForGretaQuery {\n  search(query: \"Gret\", first: 5) {\n    score\n    entity {\n      __typename\n      id\n      name\n      description\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "791c6498b648b0d5244a653794695fa6";

export default node;
