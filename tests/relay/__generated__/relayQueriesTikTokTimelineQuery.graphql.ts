/**
 * @generated SignedSource<<64b07f01c1001b1a7562f545e5b0a925>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type RelationshipType = "AFFILIATED_WITH" | "CENSORED" | "CREATED" | "DESCRIBED" | "EXAMPLE_OF" | "FOUNDED" | "INSPIRED" | "INVOLVED_IN" | "LED" | "OPPOSED" | "ORIGINATED_ON" | "PARTICIPATED_IN" | "PART_OF" | "RAISED_FUNDS_FOR" | "RELATED_TO" | "REPORTED_ON" | "RESPONDED_TO" | "RESULTED_IN" | "SPREAD_ON" | "SUPPORTED" | "TARGETED" | "TRIGGERED" | "USED" | "USED_HASHTAG" | "%future added value";
export type relayQueriesTikTokTimelineQuery$variables = Record<PropertyKey, never>;
export type relayQueriesTikTokTimelineQuery$data = {
  readonly timeline: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly date: string;
        readonly event?: {
          readonly name: string;
        };
        readonly object?: {
          readonly name: string;
        };
        readonly role?: string | null | undefined;
        readonly sources: ReadonlyArray<{
          readonly quote: string;
        }>;
        readonly subject?: {
          readonly name: string;
        };
        readonly type?: RelationshipType;
      };
    }>;
  };
};
export type relayQueriesTikTokTimelineQuery = {
  response: relayQueriesTikTokTimelineQuery$data;
  variables: relayQueriesTikTokTimelineQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "kind": "Literal",
    "name": "entity",
    "value": "platform:tiktok"
  },
  {
    "kind": "Literal",
    "name": "first",
    "value": 50
  }
],
v1 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "date",
  "storageKey": null
},
v2 = {
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
},
v3 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "name",
  "storageKey": null
},
v4 = [
  (v3/*:: as any*/)
],
v5 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "type",
  "storageKey": null
},
v6 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "role",
  "storageKey": null
},
v7 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "__typename",
  "storageKey": null
},
v8 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v9 = [
  (v7/*:: as any*/),
  (v3/*:: as any*/),
  (v8/*:: as any*/)
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "relayQueriesTikTokTimelineQuery",
    "selections": [
      {
        "alias": null,
        "args": (v0/*:: as any*/),
        "concreteType": "TimelineConnection",
        "kind": "LinkedField",
        "name": "timeline",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "TimelineEdge",
            "kind": "LinkedField",
            "name": "edges",
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
                  (v1/*:: as any*/),
                  (v2/*:: as any*/),
                  {
                    "kind": "InlineFragment",
                    "selections": [
                      {
                        "alias": null,
                        "args": null,
                        "concreteType": "Event",
                        "kind": "LinkedField",
                        "name": "event",
                        "plural": false,
                        "selections": (v4/*:: as any*/),
                        "storageKey": null
                      }
                    ],
                    "type": "EventEntry",
                    "abstractKey": null
                  },
                  {
                    "kind": "InlineFragment",
                    "selections": [
                      {
                        "alias": null,
                        "args": null,
                        "concreteType": null,
                        "kind": "LinkedField",
                        "name": "subject",
                        "plural": false,
                        "selections": (v4/*:: as any*/),
                        "storageKey": null
                      },
                      (v5/*:: as any*/),
                      {
                        "alias": null,
                        "args": null,
                        "concreteType": null,
                        "kind": "LinkedField",
                        "name": "object",
                        "plural": false,
                        "selections": (v4/*:: as any*/),
                        "storageKey": null
                      },
                      (v6/*:: as any*/)
                    ],
                    "type": "FactEntry",
                    "abstractKey": null
                  }
                ],
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": "timeline(entity:\"platform:tiktok\",first:50)"
      }
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "relayQueriesTikTokTimelineQuery",
    "selections": [
      {
        "alias": null,
        "args": (v0/*:: as any*/),
        "concreteType": "TimelineConnection",
        "kind": "LinkedField",
        "name": "timeline",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "TimelineEdge",
            "kind": "LinkedField",
            "name": "edges",
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
                  (v7/*:: as any*/),
                  (v1/*:: as any*/),
                  (v2/*:: as any*/),
                  {
                    "kind": "InlineFragment",
                    "selections": [
                      {
                        "alias": null,
                        "args": null,
                        "concreteType": "Event",
                        "kind": "LinkedField",
                        "name": "event",
                        "plural": false,
                        "selections": [
                          (v3/*:: as any*/),
                          (v8/*:: as any*/)
                        ],
                        "storageKey": null
                      }
                    ],
                    "type": "EventEntry",
                    "abstractKey": null
                  },
                  {
                    "kind": "InlineFragment",
                    "selections": [
                      {
                        "alias": null,
                        "args": null,
                        "concreteType": null,
                        "kind": "LinkedField",
                        "name": "subject",
                        "plural": false,
                        "selections": (v9/*:: as any*/),
                        "storageKey": null
                      },
                      (v5/*:: as any*/),
                      {
                        "alias": null,
                        "args": null,
                        "concreteType": null,
                        "kind": "LinkedField",
                        "name": "object",
                        "plural": false,
                        "selections": (v9/*:: as any*/),
                        "storageKey": null
                      },
                      (v6/*:: as any*/)
                    ],
                    "type": "FactEntry",
                    "abstractKey": null
                  }
                ],
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": "timeline(entity:\"platform:tiktok\",first:50)"
      }
    ]
  },
  "params": {
    "cacheID": "433841441cf6faec8aec1c69f05f1e0f",
    "id": null,
    "metadata": {},
    "name": "relayQueriesTikTokTimelineQuery",
    "operationKind": "query",
    "text": "query relayQueriesTikTokTimelineQuery {\n  timeline(entity: \"platform:tiktok\", first: 50) {\n    edges {\n      node {\n        __typename\n        date\n        sources {\n          quote\n        }\n        ... on EventEntry {\n          event {\n            name\n            id\n          }\n        }\n        ... on FactEntry {\n          subject {\n            __typename\n            name\n            id\n          }\n          type\n          object {\n            __typename\n            name\n            id\n          }\n          role\n        }\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "e2f8d4c9051ec5dd0902a680b7650bd0";

export default node;
