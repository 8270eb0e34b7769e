/**
 * @generated SignedSource<<a791891629c73fbe5eb37a2a30220a88>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type DatePrecision = "DAY" | "MONTH" | "YEAR" | "%future added value";
export type relayQueriesTimelineOf2018Query$variables = Record<PropertyKey, never>;
export type relayQueriesTimelineOf2018Query$data = {
  readonly timeline: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly date: string | null | undefined;
        readonly datePrecision: DatePrecision | null | undefined;
        readonly description: string;
        readonly name: string;
        readonly sources: ReadonlyArray<{
          readonly quote: string;
        }>;
      };
    }>;
    readonly totalCount: number;
  };
};
export type relayQueriesTimelineOf2018Query = {
  response: relayQueriesTimelineOf2018Query$data;
  variables: relayQueriesTimelineOf2018Query$variables;
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
    "value": "2018"
  },
  {
    "kind": "Literal",
    "name": "to",
    "value": "2018"
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
  "kind": "ScalarField",
  "name": "name",
  "storageKey": null
},
v5 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "description",
  "storageKey": null
},
v6 = {
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
};
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "relayQueriesTimelineOf2018Query",
    "selections": [
      {
        "alias": null,
        "args": (v0/*:: as any*/),
        "concreteType": "EventConnection",
        "kind": "LinkedField",
        "name": "timeline",
        "plural": false,
        "selections": [
          (v1/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": "EventEdge",
            "kind": "LinkedField",
            "name": "edges",
            "plural": true,
            "selections": [
              {
                "alias": null,
                "args": null,
                "concreteType": "Event",
                "kind": "LinkedField",
                "name": "node",
                "plural": false,
                "selections": [
                  (v2/*:: as any*/),
                  (v3/*:: as any*/),
                  (v4/*:: as any*/),
                  (v5/*:: as any*/),
                  (v6/*:: as any*/)
                ],
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": "timeline(first:50,from:\"2018\",to:\"2018\")"
      }
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "relayQueriesTimelineOf2018Query",
    "selections": [
      {
        "alias": null,
        "args": (v0/*:: as any*/),
        "concreteType": "EventConnection",
        "kind": "LinkedField",
        "name": "timeline",
        "plural": false,
        "selections": [
          (v1/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": "EventEdge",
            "kind": "LinkedField",
            "name": "edges",
            "plural": true,
            "selections": [
              {
                "alias": null,
                "args": null,
                "concreteType": "Event",
                "kind": "LinkedField",
                "name": "node",
                "plural": false,
                "selections": [
                  (v2/*:: as any*/),
                  (v3/*:: as any*/),
                  (v4/*:: as any*/),
                  (v5/*:: as any*/),
                  (v6/*:: as any*/),
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "id",
                    "storageKey": null
                  }
                ],
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": "timeline(first:50,from:\"2018\",to:\"2018\")"
      }
    ]
  },
  "params": {
    "cacheID": "c8d90a80c469474d0c368b6c899921ab",
    "id": null,
    "metadata": {},
    "name": "relayQueriesTimelineOf2018Query",
    "operationKind": "query",
    "text": "query relayQueriesTimelineOf2018Query {\n  timeline(from: \"2018\", to: \"2018\", first: 50) {\n    totalCount\n    edges {\n      node {\n        date\n        datePrecision\n        name\n        description\n        sources {\n          quote\n        }\n        id\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "29016d825e772659660edef3a3a7e8ab";

export default node;
