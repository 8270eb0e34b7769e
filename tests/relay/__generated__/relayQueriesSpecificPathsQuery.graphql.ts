/**
 * @generated SignedSource<<ac421ad071f76ab5487ef8a9d13708ca>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type RelationshipType = "AFFILIATED_WITH" | "CENSORED" | "CREATED" | "DESCRIBED" | "EXAMPLE_OF" | "FOUNDED" | "INSPIRED" | "INVOLVED_IN" | "LED" | "OPPOSED" | "ORIGINATED_ON" | "PARTICIPATED_IN" | "PART_OF" | "RAISED_FUNDS_FOR" | "RELATED_TO" | "REPORTED_ON" | "RESPONDED_TO" | "RESULTED_IN" | "SPREAD_ON" | "SUPPORTED" | "TARGETED" | "TRIGGERED" | "USED" | "USED_HASHTAG" | "%future added value";
export type StepDirection = "BACKWARD" | "FORWARD" | "%future added value";
export type relayQueriesSpecificPathsQuery$variables = Record<PropertyKey, never>;
export type relayQueriesSpecificPathsQuery$data = {
  readonly paths: ReadonlyArray<{
    readonly length: number;
    readonly steps: ReadonlyArray<{
      readonly direction: StepDirection;
      readonly from: {
        readonly name: string;
      };
      readonly sources: ReadonlyArray<{
        readonly quote: string;
      }>;
      readonly to: {
        readonly name: string;
      };
      readonly type: RelationshipType;
    }>;
  }>;
};
export type relayQueriesSpecificPathsQuery = {
  response: relayQueriesSpecificPathsQuery$data;
  variables: relayQueriesSpecificPathsQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "kind": "Literal",
    "name": "from",
    "value": "actor:tarana-burke"
  },
  {
    "kind": "Literal",
    "name": "k",
    "value": 3
  },
  {
    "kind": "Literal",
    "name": "maxDegree",
    "value": 10
  },
  {
    "kind": "Literal",
    "name": "to",
    "value": "actor:harvey-weinstein"
  }
],
v1 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "length",
  "storageKey": null
},
v2 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "name",
  "storageKey": null
},
v3 = [
  (v2/*:: as any*/)
],
v4 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "type",
  "storageKey": null
},
v5 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "direction",
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
},
v7 = [
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "__typename",
    "storageKey": null
  },
  (v2/*:: as any*/),
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "id",
    "storageKey": null
  }
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "relayQueriesSpecificPathsQuery",
    "selections": [
      {
        "alias": null,
        "args": (v0/*:: as any*/),
        "concreteType": "Path",
        "kind": "LinkedField",
        "name": "paths",
        "plural": true,
        "selections": [
          (v1/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": "PathStep",
            "kind": "LinkedField",
            "name": "steps",
            "plural": true,
            "selections": [
              {
                "alias": null,
                "args": null,
                "concreteType": null,
                "kind": "LinkedField",
                "name": "from",
                "plural": false,
                "selections": (v3/*:: as any*/),
                "storageKey": null
              },
              (v4/*:: as any*/),
              (v5/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "concreteType": null,
                "kind": "LinkedField",
                "name": "to",
                "plural": false,
                "selections": (v3/*:: as any*/),
                "storageKey": null
              },
              (v6/*:: as any*/)
            ],
            "storageKey": null
          }
        ],
        "storageKey": "paths(from:\"actor:tarana-burke\",k:3,maxDegree:10,to:\"actor:harvey-weinstein\")"
      }
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "relayQueriesSpecificPathsQuery",
    "selections": [
      {
        "alias": null,
        "args": (v0/*:: as any*/),
        "concreteType": "Path",
        "kind": "LinkedField",
        "name": "paths",
        "plural": true,
        "selections": [
          (v1/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": "PathStep",
            "kind": "LinkedField",
            "name": "steps",
            "plural": true,
            "selections": [
              {
                "alias": null,
                "args": null,
                "concreteType": null,
                "kind": "LinkedField",
                "name": "from",
                "plural": false,
                "selections": (v7/*:: as any*/),
                "storageKey": null
              },
              (v4/*:: as any*/),
              (v5/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "concreteType": null,
                "kind": "LinkedField",
                "name": "to",
                "plural": false,
                "selections": (v7/*:: as any*/),
                "storageKey": null
              },
              (v6/*:: as any*/)
            ],
            "storageKey": null
          }
        ],
        "storageKey": "paths(from:\"actor:tarana-burke\",k:3,maxDegree:10,to:\"actor:harvey-weinstein\")"
      }
    ]
  },
  "params": {
    "cacheID": "0d3594c7f4956c0793a949297029c723",
    "id": null,
    "metadata": {},
    "name": "relayQueriesSpecificPathsQuery",
    "operationKind": "query",
    "text": "query relayQueriesSpecificPathsQuery {\n  paths(from: \"actor:tarana-burke\", to: \"actor:harvey-weinstein\", k: 3, maxDegree: 10) {\n    length\n    steps {\n      from {\n        __typename\n        name\n        id\n      }\n      type\n      direction\n      to {\n        __typename\n        name\n        id\n      }\n      sources {\n        quote\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "2a45a14b9921b0f659029ae24a4cf160";

export default node;
