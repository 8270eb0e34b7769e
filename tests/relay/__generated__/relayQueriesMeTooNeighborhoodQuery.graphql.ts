/**
 * @generated SignedSource<<fac8101924f2c2e708927d440112d590>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type RelationshipType = "AFFILIATED_WITH" | "CENSORED" | "CREATED" | "DESCRIBED" | "EXAMPLE_OF" | "FOUNDED" | "INSPIRED" | "INVOLVED_IN" | "LED" | "OPPOSED" | "ORIGINATED_ON" | "PARTICIPATED_IN" | "PART_OF" | "RAISED_FUNDS_FOR" | "RELATED_TO" | "REPORTED_ON" | "RESPONDED_TO" | "RESULTED_IN" | "SPREAD_ON" | "SUPPORTED" | "TARGETED" | "TRIGGERED" | "USED" | "USED_HASHTAG" | "%future added value";
export type relayQueriesMeTooNeighborhoodQuery$variables = Record<PropertyKey, never>;
export type relayQueriesMeTooNeighborhoodQuery$data = {
  readonly neighborhood: {
    readonly edges: ReadonlyArray<{
      readonly from: string;
      readonly id: string;
      readonly sources: ReadonlyArray<{
        readonly quote: string;
      }>;
      readonly to: string;
      readonly type: RelationshipType;
    }>;
    readonly nodes: ReadonlyArray<{
      readonly __typename: string;
      readonly id: string;
      readonly name: string;
    }>;
    readonly truncated: boolean;
  };
};
export type relayQueriesMeTooNeighborhoodQuery = {
  response: relayQueriesMeTooNeighborhoodQuery$data;
  variables: relayQueriesMeTooNeighborhoodQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v1 = [
  {
    "alias": null,
    "args": [
      {
        "kind": "Literal",
        "name": "depth",
        "value": 2
      },
      {
        "kind": "Literal",
        "name": "id",
        "value": "hashtag:metoo"
      },
      {
        "kind": "Literal",
        "name": "limit",
        "value": 60
      }
    ],
    "concreteType": "Subgraph",
    "kind": "LinkedField",
    "name": "neighborhood",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "truncated",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "concreteType": null,
        "kind": "LinkedField",
        "name": "nodes",
        "plural": true,
        "selections": [
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "__typename",
            "storageKey": null
          },
          (v0/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "name",
            "storageKey": null
          }
        ],
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "concreteType": "Edge",
        "kind": "LinkedField",
        "name": "edges",
        "plural": true,
        "selections": [
          (v0/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "type",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "from",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "to",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "concreteType": "Source",
            "kind": "LinkedField",
            "name": "sources",
            "plural": true,
            "selections": [
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "quote",
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ],
    "storageKey": "neighborhood(depth:2,id:\"hashtag:metoo\",limit:60)"
  }
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "relayQueriesMeTooNeighborhoodQuery",
    "selections": (v1/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "relayQueriesMeTooNeighborhoodQuery",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "0fe89007bb7a57ce064101843ba3c17a",
    "id": null,
    "metadata": {},
    "name": "relayQueriesMeTooNeighborhoodQuery",
    "operationKind": "query",
    "text": "query relayQueriesMeTooNeighborhoodQuery {\n  neighborhood(id: \"hashtag:metoo\", depth: 2, limit: 60) {\n    truncated\n    nodes {\n      __typename\n      id\n      name\n    }\n    edges {\n      id\n      type\n      from\n      to\n      sources {\n        quote\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "e07857844d09d014ae13a4067e1fa886";

export default node;
