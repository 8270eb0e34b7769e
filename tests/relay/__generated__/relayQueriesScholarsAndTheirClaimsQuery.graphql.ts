/**
 * @generated SignedSource<<43ceaa28a2b67644e38d3492b4c50a3d>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type relayQueriesScholarsAndTheirClaimsQuery$variables = Record<PropertyKey, never>;
export type relayQueriesScholarsAndTheirClaimsQuery$data = {
  readonly actors: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly name: string;
        readonly relations: ReadonlyArray<{
          readonly node: {
            readonly __typename: string;
            readonly name: string;
          };
          readonly sources: ReadonlyArray<{
            readonly quote: string;
            readonly section: string;
          }>;
        }>;
      };
    }>;
  };
};
export type relayQueriesScholarsAndTheirClaimsQuery = {
  response: relayQueriesScholarsAndTheirClaimsQuery$data;
  variables: relayQueriesScholarsAndTheirClaimsQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "kind": "Literal",
    "name": "filter",
    "value": {
      "kind": "PERSON"
    }
  },
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
    "name": "direction",
    "value": "OUTGOING"
  },
  {
    "kind": "Literal",
    "name": "types",
    "value": [
      "DESCRIBED"
    ]
  }
],
v3 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "__typename",
  "storageKey": null
},
v4 = {
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
v5 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
};
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "relayQueriesScholarsAndTheirClaimsQuery",
    "selections": [
      {
        "alias": null,
        "args": (v0/*:: as any*/),
        "concreteType": "ActorConnection",
        "kind": "LinkedField",
        "name": "actors",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "ActorEdge",
            "kind": "LinkedField",
            "name": "edges",
            "plural": true,
            "selections": [
              {
                "alias": null,
                "args": null,
                "concreteType": "Actor",
                "kind": "LinkedField",
                "name": "node",
                "plural": false,
                "selections": [
                  (v1/*:: as any*/),
                  {
                    "alias": null,
                    "args": (v2/*:: as any*/),
                    "concreteType": "Relation",
                    "kind": "LinkedField",
                    "name": "relations",
                    "plural": true,
                    "selections": [
                      {
                        "alias": null,
                        "args": null,
                        "concreteType": null,
                        "kind": "LinkedField",
                        "name": "node",
                        "plural": false,
                        "selections": [
                          (v3/*:: as any*/),
                          (v1/*:: as any*/)
                        ],
                        "storageKey": null
                      },
                      (v4/*:: as any*/)
                    ],
                    "storageKey": "relations(direction:\"OUTGOING\",types:[\"DESCRIBED\"])"
                  }
                ],
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": "actors(filter:{\"kind\":\"PERSON\"},first:100)"
      }
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "relayQueriesScholarsAndTheirClaimsQuery",
    "selections": [
      {
        "alias": null,
        "args": (v0/*:: as any*/),
        "concreteType": "ActorConnection",
        "kind": "LinkedField",
        "name": "actors",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "ActorEdge",
            "kind": "LinkedField",
            "name": "edges",
            "plural": true,
            "selections": [
              {
                "alias": null,
                "args": null,
                "concreteType": "Actor",
                "kind": "LinkedField",
                "name": "node",
                "plural": false,
                "selections": [
                  (v1/*:: as any*/),
                  {
                    "alias": null,
                    "args": (v2/*:: as any*/),
                    "concreteType": "Relation",
                    "kind": "LinkedField",
                    "name": "relations",
                    "plural": true,
                    "selections": [
                      {
                        "alias": null,
                        "args": null,
                        "concreteType": null,
                        "kind": "LinkedField",
                        "name": "node",
                        "plural": false,
                        "selections": [
                          (v3/*:: as any*/),
                          (v1/*:: as any*/),
                          (v5/*:: as any*/)
                        ],
                        "storageKey": null
                      },
                      (v4/*:: as any*/)
                    ],
                    "storageKey": "relations(direction:\"OUTGOING\",types:[\"DESCRIBED\"])"
                  },
                  (v5/*:: as any*/)
                ],
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": "actors(filter:{\"kind\":\"PERSON\"},first:100)"
      }
    ]
  },
  "params": {
    "cacheID": "b7af676a87349542690264789055e5ac",
    "id": null,
    "metadata": {},
    "name": "relayQueriesScholarsAndTheirClaimsQuery",
    "operationKind": "query",
    "text": "query relayQueriesScholarsAndTheirClaimsQuery {\n  actors(first: 100, filter: {kind: PERSON}) {\n    edges {\n      node {\n        name\n        relations(types: [DESCRIBED], direction: OUTGOING) {\n          node {\n            __typename\n            name\n            id\n          }\n          sources {\n            section\n            quote\n          }\n        }\n        id\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "86b94cccdb647ea1a60d96a8ee3319da";

export default node;
