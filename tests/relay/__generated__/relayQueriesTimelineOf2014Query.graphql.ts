/**
 * @generated SignedSource<<5c5ab45c4f2c7c533a7e8f82dae6572d>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type DatePrecision = "DAY" | "MONTH" | "YEAR" | "%future added value";
export type RelationshipType = "AFFILIATED_WITH" | "CENSORED" | "CREATED" | "DESCRIBED" | "EXAMPLE_OF" | "FOUNDED" | "INSPIRED" | "INVOLVED_IN" | "LED" | "OPPOSED" | "ORIGINATED_ON" | "PARTICIPATED_IN" | "PART_OF" | "RAISED_FUNDS_FOR" | "RELATED_TO" | "REPORTED_ON" | "RESPONDED_TO" | "RESULTED_IN" | "SPREAD_ON" | "SUPPORTED" | "TARGETED" | "TRIGGERED" | "USED" | "USED_HASHTAG" | "%future added value";
export type relayQueriesTimelineOf2014Query$variables = Record<PropertyKey, never>;
export type relayQueriesTimelineOf2014Query$data = {
  readonly timeline: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly date: string;
        readonly datePrecision: DatePrecision;
        readonly event?: {
          readonly description: string;
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
    readonly totalCount: number;
  };
};
export type relayQueriesTimelineOf2014Query = {
  response: relayQueriesTimelineOf2014Query$data;
  variables: relayQueriesTimelineOf2014Query$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "kind": "Literal",
    "name": "first",
    "value": 50
  },
  {
    "kind": "Literal",
    "name": "from",
    "value": "2014"
  },
  {
    "kind": "Literal",
    "name": "to",
    "value": "2014"
  }
],
v1 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "totalCount",
  "storageKey": null
},
v2 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "date",
  "storageKey": null
},
v3 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "datePrecision",
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
  "name": "name",
  "storageKey": null
},
v6 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "description",
  "storageKey": null
},
v7 = [
  (v5/*:: as any*/)
],
v8 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "type",
  "storageKey": null
},
v9 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "role",
  "storageKey": null
},
v10 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "__typename",
  "storageKey": null
},
v11 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v12 = [
  (v10/*:: as any*/),
  (v5/*:: as any*/),
  (v11/*:: as any*/)
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "relayQueriesTimelineOf2014Query",
    "selections": [
      {
        "alias": null,
        "args": (v0/*:: as any*/),
        "concreteType": "TimelineConnection",
        "kind": "LinkedField",
        "name": "timeline",
        "plural": false,
        "selections": [
          (v1/*:: as any*/),
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
                  (v2/*:: as any*/),
                  (v3/*:: as any*/),
                  (v4/*:: as any*/),
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
                          (v5/*:: as any*/),
                          (v6/*:: as any*/)
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
                        "selections": (v7/*:: as any*/),
                        "storageKey": null
                      },
                      (v8/*:: as any*/),
                      {
                        "alias": null,
                        "args": null,
                        "concreteType": null,
                        "kind": "LinkedField",
                        "name": "object",
                        "plural": false,
                        "selections": (v7/*:: as any*/),
                        "storageKey": null
                      },
                      (v9/*:: as any*/)
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
        "storageKey": "timeline(first:50,from:\"2014\",to:\"2014\")"
      }
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "relayQueriesTimelineOf2014Query",
    "selections": [
      {
        "alias": null,
        "args": (v0/*:: as any*/),
        "concreteType": "TimelineConnection",
        "kind": "LinkedField",
        "name": "timeline",
        "plural": false,
        "selections": [
          (v1/*:: as any*/),
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
                  (v10/*:: as any*/),
                  (v2/*:: as any*/),
                  (v3/*:: as any*/),
                  (v4/*:: as any*/),
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
                          (v5/*:: as any*/),
                          (v6/*:: as any*/),
                          (v11/*:: as any*/)
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
                        "selections": (v12/*:: as any*/),
                        "storageKey": null
                      },
                      (v8/*:: as any*/),
                      {
                        "alias": null,
                        "args": null,
                        "concreteType": null,
                        "kind": "LinkedField",
                        "name": "object",
                        "plural": false,
                        "selections": (v12/*:: as any*/),
                        "storageKey": null
                      },
                      (v9/*:: as any*/)
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
        "storageKey": "timeline(first:50,from:\"2014\",to:\"2014\")"
      }
    ]
  },
  "params": {
    "cacheID": "1e6796a41cd330fc9675faa3332a5251",
    "id": null,
    "metadata": {},
    "name": "relayQueriesTimelineOf2014Query",
    "operationKind": "query",
    "text": "query relayQueriesTimelineOf2014Query {\n  timeline(from: \"2014\", to: \"2014\", first: 50) {\n    totalCount\n    edges {\n      node {\n        __typename\n        date\n        datePrecision\n        sources {\n          quote\n        }\n        ... on EventEntry {\n          event {\n            name\n            description\n            id\n          }\n        }\n        ... on FactEntry {\n          subject {\n            __typename\n            name\n            id\n          }\n          type\n          object {\n            __typename\n            name\n            id\n          }\n          role\n        }\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "7704920c52f10f1bf0e32ea37513e073";

export default node;
