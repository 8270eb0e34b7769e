/**
 * @generated SignedSource<<1ba3466c4aeafa2eaa0d07a174b4b7f0>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type relayQueriesMovementsThatInspiredOthersQuery$variables = Record<PropertyKey, never>;
export type relayQueriesMovementsThatInspiredOthersQuery$data = {
  readonly movements: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly influence: ReadonlyArray<{
          readonly node: {
            readonly name: string;
          };
          readonly sources: ReadonlyArray<{
            readonly quote: string;
            readonly section: string;
          }>;
        }>;
        readonly inspired: ReadonlyArray<{
          readonly name: string;
        }>;
        readonly name: string;
      };
    }>;
  };
};
export type relayQueriesMovementsThatInspiredOthersQuery = {
  response: relayQueriesMovementsThatInspiredOthersQuery$data;
  variables: relayQueriesMovementsThatInspiredOthersQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "kind": "Literal",
    "name": "first",
    "value": 100
  }
],
v1 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "name",
  "storageKey": null
},
v2 = [
  {
    "kind": "Literal",
    "name": "depth",
    "value": 3
  }
],
v3 = [
  (v1/*:: as any*/)
],
v4 = [
  {
    "kind": "Literal",
    "name": "direction",
    "value": "OUTGOING"
  },
  {
    "kind": "Literal",
    "name": "types",
    "value": [
      "INSPIRED"
    ]
  }
],
v5 = {
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
      "name": "section",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "quote",
      "storageKey": null
    }
  ],
  "storageKey": null
},
v6 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v7 = [
  (v1/*:: as any*/),
  (v6/*:: as any*/)
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "relayQueriesMovementsThatInspiredOthersQuery",
    "selections": [
      {
        "alias": null,
        "args": (v0/*:: as any*/),
        "concreteType": "MovementConnection",
        "kind": "LinkedField",
        "name": "movements",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "MovementEdge",
            "kind": "LinkedField",
            "name": "edges",
            "plural": true,
            "selections": [
              {
                "alias": null,
                "args": null,
                "concreteType": "Movement",
                "kind": "LinkedField",
                "name": "node",
                "plural": false,
                "selections": [
                  (v1/*:: as any*/),
                  {
                    "alias": null,
                    "args": (v2/*:: as any*/),
                    "concreteType": "Movement",
                    "kind": "LinkedField",
                    "name": "inspired",
                    "plural": true,
                    "selections": (v3/*:: as any*/),
                    "storageKey": "inspired(depth:3)"
                  },
                  {
                    "alias": "influence",
                    "args": (v4/*:: as any*/),
                    "concreteType": "MovementLink",
                    "kind": "LinkedField",
                    "name": "movements",
                    "plural": true,
                    "selections": [
                      {
                        "alias": null,
                        "args": null,
                        "concreteType": "Movement",
                        "kind": "LinkedField",
                        "name": "node",
                        "plural": false,
                        "selections": (v3/*:: as any*/),
                        "storageKey": null
                      },
                      (v5/*:: as any*/)
                    ],
                    "storageKey": "movements(direction:\"OUTGOING\",types:[\"INSPIRED\"])"
                  }
                ],
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": "movements(first:100)"
      }
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "relayQueriesMovementsThatInspiredOthersQuery",
    "selections": [
      {
        "alias": null,
        "args": (v0/*:: as any*/),
        "concreteType": "MovementConnection",
        "kind": "LinkedField",
        "name": "movements",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "MovementEdge",
            "kind": "LinkedField",
            "name": "edges",
            "plural": true,
            "selections": [
              {
                "alias": null,
                "args": null,
                "concreteType": "Movement",
                "kind": "LinkedField",
                "name": "node",
                "plural": false,
                "selections": [
                  (v1/*:: as any*/),
                  {
                    "alias": null,
                    "args": (v2/*:: as any*/),
                    "concreteType": "Movement",
                    "kind": "LinkedField",
                    "name": "inspired",
                    "plural": true,
                    "selections": (v7/*:: as any*/),
                    "storageKey": "inspired(depth:3)"
                  },
                  {
                    "alias": "influence",
                    "args": (v4/*:: as any*/),
                    "concreteType": "MovementLink",
                    "kind": "LinkedField",
                    "name": "movements",
                    "plural": true,
                    "selections": [
                      {
                        "alias": null,
                        "args": null,
                        "concreteType": "Movement",
                        "kind": "LinkedField",
                        "name": "node",
                        "plural": false,
                        "selections": (v7/*:: as any*/),
                        "storageKey": null
                      },
                      (v5/*:: as any*/)
                    ],
                    "storageKey": "movements(direction:\"OUTGOING\",types:[\"INSPIRED\"])"
                  },
                  (v6/*:: as any*/)
                ],
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": "movements(first:100)"
      }
    ]
  },
  "params": {
    "cacheID": "3459c8ed4a9cc3ebf7a2f0cd9ad38c89",
    "id": null,
    "metadata": {},
    "name": "relayQueriesMovementsThatInspiredOthersQuery",
    "operationKind": "query",
    "text": "query relayQueriesMovementsThatInspiredOthersQuery {\n  movements(first: 100) {\n    edges {\n      node {\n        name\n        inspired(depth: 3) {\n          name\n          id\n        }\n        influence: movements(types: [INSPIRED], direction: OUTGOING) {\n          node {\n            name\n            id\n          }\n          sources {\n            section\n            quote\n          }\n        }\n        id\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "f63ea482073b0ba8feb8b98ceacfd36c";

export default node;
