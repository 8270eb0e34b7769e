/**
 * @generated SignedSource<<617166e9dc32836ca2daa7e330151a6e>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type RelationshipType = "AFFILIATED_WITH" | "CENSORED" | "CREATED" | "DESCRIBED" | "EXAMPLE_OF" | "FOUNDED" | "INSPIRED" | "INVOLVED_IN" | "LED" | "OPPOSED" | "ORIGINATED_ON" | "PARTICIPATED_IN" | "PART_OF" | "RAISED_FUNDS_FOR" | "RELATED_TO" | "REPORTED_ON" | "RESPONDED_TO" | "RESULTED_IN" | "SPREAD_ON" | "SUPPORTED" | "TARGETED" | "TRIGGERED" | "USED" | "USED_HASHTAG" | "%future added value";
export type StepDirection = "BACKWARD" | "FORWARD" | "%future added value";
export type relayQueriesPathBetweenTwoPeopleQuery$variables = Record<PropertyKey, never>;
export type relayQueriesPathBetweenTwoPeopleQuery$data = {
  readonly path: {
    readonly length: number;
    readonly nodes: ReadonlyArray<{
      readonly __typename: string;
      readonly id: string;
      readonly name: string;
    }>;
    readonly steps: ReadonlyArray<{
      readonly direction: StepDirection;
      readonly from: {
        readonly name: string;
      };
      readonly sources: ReadonlyArray<{
        readonly quote: string;
        readonly section: string;
      }>;
      readonly to: {
        readonly name: string;
      };
      readonly type: RelationshipType;
    }>;
  } | null | undefined;
};
export type relayQueriesPathBetweenTwoPeopleQuery = {
  response: relayQueriesPathBetweenTwoPeopleQuery$data;
  variables: relayQueriesPathBetweenTwoPeopleQuery$variables;
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
    "name": "maxHops",
    "value": 6
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
  "name": "__typename",
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
  "name": "name",
  "storageKey": null
},
v5 = {
  "alias": null,
  "args": null,
  "concreteType": null,
  "kind": "LinkedField",
  "name": "nodes",
  "plural": true,
  "selections": [
    (v2/*:: as any*/),
    (v3/*:: as any*/),
    (v4/*:: as any*/)
  ],
  "storageKey": null
},
v6 = [
  (v4/*:: as any*/)
],
v7 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "type",
  "storageKey": null
},
v8 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "direction",
  "storageKey": null
},
v9 = {
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
v10 = [
  (v2/*:: as any*/),
  (v4/*:: as any*/),
  (v3/*:: as any*/)
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "relayQueriesPathBetweenTwoPeopleQuery",
    "selections": [
      {
        "alias": null,
        "args": (v0/*:: as any*/),
        "concreteType": "Path",
        "kind": "LinkedField",
        "name": "path",
        "plural": false,
        "selections": [
          (v1/*:: as any*/),
          (v5/*:: as any*/),
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
                "selections": (v6/*:: as any*/),
                "storageKey": null
              },
              (v7/*:: as any*/),
              (v8/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "concreteType": null,
                "kind": "LinkedField",
                "name": "to",
                "plural": false,
                "selections": (v6/*:: as any*/),
                "storageKey": null
              },
              (v9/*:: as any*/)
            ],
            "storageKey": null
          }
        ],
        "storageKey": "path(from:\"actor:tarana-burke\",maxHops:6,to:\"actor:harvey-weinstein\")"
      }
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "relayQueriesPathBetweenTwoPeopleQuery",
    "selections": [
      {
        "alias": null,
        "args": (v0/*:: as any*/),
        "concreteType": "Path",
        "kind": "LinkedField",
        "name": "path",
        "plural": false,
        "selections": [
          (v1/*:: as any*/),
          (v5/*:: as any*/),
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
                "selections": (v10/*:: as any*/),
                "storageKey": null
              },
              (v7/*:: as any*/),
              (v8/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "concreteType": null,
                "kind": "LinkedField",
                "name": "to",
                "plural": false,
                "selections": (v10/*:: as any*/),
                "storageKey": null
              },
              (v9/*:: as any*/)
            ],
            "storageKey": null
          }
        ],
        "storageKey": "path(from:\"actor:tarana-burke\",maxHops:6,to:\"actor:harvey-weinstein\")"
      }
    ]
  },
  "params": {
    "cacheID": "7ed86d1150d45a5da27673872b23d38a",
    "id": null,
    "metadata": {},
    "name": "relayQueriesPathBetweenTwoPeopleQuery",
    "operationKind": "query",
    "text": "query relayQueriesPathBetweenTwoPeopleQuery {\n  path(from: \"actor:tarana-burke\", to: \"actor:harvey-weinstein\", maxHops: 6) {\n    length\n    nodes {\n      __typename\n      id\n      name\n    }\n    steps {\n      from {\n        __typename\n        name\n        id\n      }\n      type\n      direction\n      to {\n        __typename\n        name\n        id\n      }\n      sources {\n        section\n        quote\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "c0411dcf420d44595e8550ff71743114";

export default node;
