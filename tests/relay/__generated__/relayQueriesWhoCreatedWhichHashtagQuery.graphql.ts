/**
 * @generated SignedSource<<bbbec949a1febb7053a58fb8f3fa2d44>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type ActorKind = "COMPANY" | "GOVERNMENT" | "GROUP" | "MEDIA" | "ORGANIZATION" | "PERSON" | "%future added value";
export type RelationshipType = "AFFILIATED_WITH" | "CENSORED" | "CREATED" | "DESCRIBED" | "EXAMPLE_OF" | "FOUNDED" | "INSPIRED" | "INVOLVED_IN" | "LED" | "OPPOSED" | "ORIGINATED_ON" | "PARTICIPATED_IN" | "PART_OF" | "RAISED_FUNDS_FOR" | "RELATED_TO" | "REPORTED_ON" | "RESPONDED_TO" | "RESULTED_IN" | "SPREAD_ON" | "SUPPORTED" | "TARGETED" | "TRIGGERED" | "USED" | "USED_HASHTAG" | "%future added value";
export type relayQueriesWhoCreatedWhichHashtagQuery$variables = Record<PropertyKey, never>;
export type relayQueriesWhoCreatedWhichHashtagQuery$data = {
  readonly hashtags: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly createdBy: ReadonlyArray<{
          readonly date: string | null | undefined;
          readonly node: {
            readonly kind: ActorKind;
            readonly name: string;
          };
          readonly sources: ReadonlyArray<{
            readonly quote: string;
            readonly section: string;
          }>;
          readonly via: {
            readonly id: string;
            readonly name: string;
          } | null | undefined;
        }>;
        readonly name: string;
        readonly platforms: ReadonlyArray<{
          readonly node: {
            readonly name: string;
          };
          readonly type: RelationshipType;
        }>;
      };
    }>;
  };
};
export type relayQueriesWhoCreatedWhichHashtagQuery = {
  response: relayQueriesWhoCreatedWhichHashtagQuery$data;
  variables: relayQueriesWhoCreatedWhichHashtagQuery$variables;
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
v2 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "kind",
  "storageKey": null
},
v3 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v4 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "date",
  "storageKey": null
},
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
  "name": "type",
  "storageKey": null
};
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "relayQueriesWhoCreatedWhichHashtagQuery",
    "selections": [
      {
        "alias": null,
        "args": (v0/*:: as any*/),
        "concreteType": "HashtagConnection",
        "kind": "LinkedField",
        "name": "hashtags",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "HashtagEdge",
            "kind": "LinkedField",
            "name": "edges",
            "plural": true,
            "selections": [
              {
                "alias": null,
                "args": null,
                "concreteType": "Hashtag",
                "kind": "LinkedField",
                "name": "node",
                "plural": false,
                "selections": [
                  (v1/*:: as any*/),
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": "ActorLink",
                    "kind": "LinkedField",
                    "name": "createdBy",
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
                          (v2/*:: as any*/)
                        ],
                        "storageKey": null
                      },
                      {
                        "alias": null,
                        "args": null,
                        "concreteType": null,
                        "kind": "LinkedField",
                        "name": "via",
                        "plural": false,
                        "selections": [
                          (v3/*:: as any*/),
                          (v1/*:: as any*/)
                        ],
                        "storageKey": null
                      },
                      (v4/*:: as any*/),
                      (v5/*:: as any*/)
                    ],
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": "PlatformLink",
                    "kind": "LinkedField",
                    "name": "platforms",
                    "plural": true,
                    "selections": [
                      {
                        "alias": null,
                        "args": null,
                        "concreteType": "Platform",
                        "kind": "LinkedField",
                        "name": "node",
                        "plural": false,
                        "selections": [
                          (v1/*:: as any*/)
                        ],
                        "storageKey": null
                      },
                      (v6/*:: as any*/)
                    ],
                    "storageKey": null
                  }
                ],
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": "hashtags(first:100)"
      }
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "relayQueriesWhoCreatedWhichHashtagQuery",
    "selections": [
      {
        "alias": null,
        "args": (v0/*:: as any*/),
        "concreteType": "HashtagConnection",
        "kind": "LinkedField",
        "name": "hashtags",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "HashtagEdge",
            "kind": "LinkedField",
            "name": "edges",
            "plural": true,
            "selections": [
              {
                "alias": null,
                "args": null,
                "concreteType": "Hashtag",
                "kind": "LinkedField",
                "name": "node",
                "plural": false,
                "selections": [
                  (v1/*:: as any*/),
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": "ActorLink",
                    "kind": "LinkedField",
                    "name": "createdBy",
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
                          (v2/*:: as any*/),
                          (v3/*:: as any*/)
                        ],
                        "storageKey": null
                      },
                      {
                        "alias": null,
                        "args": null,
                        "concreteType": null,
                        "kind": "LinkedField",
                        "name": "via",
                        "plural": false,
                        "selections": [
                          {
                            "alias": null,
                            "args": null,
                            "kind": "ScalarField",
                            "name": "__typename",
                            "storageKey": null
                          },
                          (v3/*:: as any*/),
                          (v1/*:: as any*/)
                        ],
                        "storageKey": null
                      },
                      (v4/*:: as any*/),
                      (v5/*:: as any*/)
                    ],
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": "PlatformLink",
                    "kind": "LinkedField",
                    "name": "platforms",
                    "plural": true,
                    "selections": [
                      {
                        "alias": null,
                        "args": null,
                        "concreteType": "Platform",
                        "kind": "LinkedField",
                        "name": "node",
                        "plural": false,
                        "selections": [
                          (v1/*:: as any*/),
                          (v3/*:: as any*/)
                        ],
                        "storageKey": null
                      },
                      (v6/*:: as any*/)
                    ],
                    "storageKey": null
                  },
                  (v3/*:: as any*/)
                ],
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": "hashtags(first:100)"
      }
    ]
  },
  "params": {
    "cacheID": "d0cc42f95640d5dcc042ccbc954d4302",
    "id": null,
    "metadata": {},
    "name": "relayQueriesWhoCreatedWhichHashtagQuery",
    "operationKind": "query",
    "text": "query relayQueriesWhoCreatedWhichHashtagQuery {\n  hashtags(first: 100) {\n    edges {\n      node {\n        name\n        createdBy {\n          node {\n            name\n            kind\n            id\n          }\n          via {\n            __typename\n            id\n            name\n          }\n          date\n          sources {\n            section\n            quote\n          }\n        }\n        platforms {\n          node {\n            name\n            id\n          }\n          type\n        }\n        id\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "907479cd41414ae83e17eb5a08061e5d";

export default node;
