/**
 * @generated SignedSource<<02be28b6f47acf974acbaf5773b94e8c>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type DateQualifier = "AFTER" | "BEFORE" | "CIRCA" | "%future added value";
export type QuantityBound = "ABOUT" | "EXACT" | "OVER" | "UNDER" | "%future added value";
export type RelationshipType = "AFFILIATED_WITH" | "CENSORED" | "CREATED" | "DESCRIBED" | "EXAMPLE_OF" | "FOUNDED" | "INSPIRED" | "INVOLVED_IN" | "LED" | "OPPOSED" | "ORIGINATED_ON" | "PARTICIPATED_IN" | "PART_OF" | "RAISED_FUNDS_FOR" | "RELATED_TO" | "REPORTED_ON" | "RESPONDED_TO" | "RESULTED_IN" | "SPREAD_ON" | "SUPPORTED" | "TARGETED" | "TRIGGERED" | "USED" | "USED_HASHTAG" | "%future added value";
export type relayQueriesNumbersDatesAndOutcomesQuery$variables = Record<PropertyKey, never>;
export type relayQueriesNumbersDatesAndOutcomesQuery$data = {
  readonly marchForOurLives: {
    readonly id: string;
    readonly name: string;
    readonly quantities: ReadonlyArray<{
      readonly bound: QuantityBound;
      readonly quote: string;
      readonly unit: string;
      readonly value: number;
    }>;
  } | null | undefined;
  readonly movement: {
    readonly events: ReadonlyArray<{
      readonly node: {
        readonly date: string | null | undefined;
        readonly dateQualifier: DateQualifier | null | undefined;
        readonly name: string;
      };
      readonly note: string | null | undefined;
      readonly sources: ReadonlyArray<{
        readonly quote: string;
      }>;
      readonly type: RelationshipType;
    }>;
    readonly id: string;
    readonly name: string;
    readonly quantities: ReadonlyArray<{
      readonly bound: QuantityBound;
      readonly counts: string;
      readonly date: string | null | undefined;
      readonly quote: string;
      readonly unit: string;
      readonly value: number;
    }>;
  } | null | undefined;
};
export type relayQueriesNumbersDatesAndOutcomesQuery = {
  response: relayQueriesNumbersDatesAndOutcomesQuery$data;
  variables: relayQueriesNumbersDatesAndOutcomesQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "kind": "Literal",
    "name": "id",
    "value": "movement:justice-for-trayvon-petition"
  }
],
v1 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v2 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "name",
  "storageKey": null
},
v3 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "value",
  "storageKey": null
},
v4 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "unit",
  "storageKey": null
},
v5 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "bound",
  "storageKey": null
},
v6 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "date",
  "storageKey": null
},
v7 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "quote",
  "storageKey": null
},
v8 = {
  "alias": null,
  "args": null,
  "concreteType": "Quantity",
  "kind": "LinkedField",
  "name": "quantities",
  "plural": true,
  "selections": [
    (v3/*:: as any*/),
    (v4/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "counts",
      "storageKey": null
    },
    (v5/*:: as any*/),
    (v6/*:: as any*/),
    (v7/*:: as any*/)
  ],
  "storageKey": null
},
v9 = [
  {
    "kind": "Literal",
    "name": "direction",
    "value": "OUTGOING"
  },
  {
    "kind": "Literal",
    "name": "types",
    "value": [
      "RESULTED_IN"
    ]
  }
],
v10 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "dateQualifier",
  "storageKey": null
},
v11 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "type",
  "storageKey": null
},
v12 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "note",
  "storageKey": null
},
v13 = {
  "alias": null,
  "args": null,
  "concreteType": "Source",
  "kind": "LinkedField",
  "name": "sources",
  "plural": true,
  "selections": [
    (v7/*:: as any*/)
  ],
  "storageKey": null
},
v14 = {
  "alias": "marchForOurLives",
  "args": [
    {
      "kind": "Literal",
      "name": "id",
      "value": "movement:march-for-our-lives"
    }
  ],
  "concreteType": "Movement",
  "kind": "LinkedField",
  "name": "movement",
  "plural": false,
  "selections": [
    (v1/*:: as any*/),
    (v2/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "concreteType": "Quantity",
      "kind": "LinkedField",
      "name": "quantities",
      "plural": true,
      "selections": [
        (v3/*:: as any*/),
        (v4/*:: as any*/),
        (v5/*:: as any*/),
        (v7/*:: as any*/)
      ],
      "storageKey": null
    }
  ],
  "storageKey": "movement(id:\"movement:march-for-our-lives\")"
};
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "relayQueriesNumbersDatesAndOutcomesQuery",
    "selections": [
      {
        "alias": null,
        "args": (v0/*:: as any*/),
        "concreteType": "Movement",
        "kind": "LinkedField",
        "name": "movement",
        "plural": false,
        "selections": [
          (v1/*:: as any*/),
          (v2/*:: as any*/),
          (v8/*:: as any*/),
          {
            "alias": null,
            "args": (v9/*:: as any*/),
            "concreteType": "EventLink",
            "kind": "LinkedField",
            "name": "events",
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
                  (v6/*:: as any*/),
                  (v10/*:: as any*/)
                ],
                "storageKey": null
              },
              (v11/*:: as any*/),
              (v12/*:: as any*/),
              (v13/*:: as any*/)
            ],
            "storageKey": "events(direction:\"OUTGOING\",types:[\"RESULTED_IN\"])"
          }
        ],
        "storageKey": "movement(id:\"movement:justice-for-trayvon-petition\")"
      },
      (v14/*:: as any*/)
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "relayQueriesNumbersDatesAndOutcomesQuery",
    "selections": [
      {
        "alias": null,
        "args": (v0/*:: as any*/),
        "concreteType": "Movement",
        "kind": "LinkedField",
        "name": "movement",
        "plural": false,
        "selections": [
          (v1/*:: as any*/),
          (v2/*:: as any*/),
          (v8/*:: as any*/),
          {
            "alias": null,
            "args": (v9/*:: as any*/),
            "concreteType": "EventLink",
            "kind": "LinkedField",
            "name": "events",
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
                  (v6/*:: as any*/),
                  (v10/*:: as any*/),
                  (v1/*:: as any*/)
                ],
                "storageKey": null
              },
              (v11/*:: as any*/),
              (v12/*:: as any*/),
              (v13/*:: as any*/)
            ],
            "storageKey": "events(direction:\"OUTGOING\",types:[\"RESULTED_IN\"])"
          }
        ],
        "storageKey": "movement(id:\"movement:justice-for-trayvon-petition\")"
      },
      (v14/*:: as any*/)
    ]
  },
  "params": {
    "cacheID": "afde61ddc3fad38d289e35cbe40c116b",
    "id": null,
    "metadata": {},
    "name": "relayQueriesNumbersDatesAndOutcomesQuery",
    "operationKind": "query",
    "text": "query relayQueriesNumbersDatesAndOutcomesQuery {\n  movement(id: \"movement:justice-for-trayvon-petition\") {\n    id\n    name\n    quantities {\n      value\n      unit\n      counts\n      bound\n      date\n      quote\n    }\n    events(direction: OUTGOING, types: [RESULTED_IN]) {\n      node {\n        name\n        date\n        dateQualifier\n        id\n      }\n      type\n      note\n      sources {\n        quote\n      }\n    }\n  }\n  marchForOurLives: movement(id: \"movement:march-for-our-lives\") {\n    id\n    name\n    quantities {\n      value\n      unit\n      bound\n      quote\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "a8c7699f85a098c75b24b1fd280eed40";

export default node;
