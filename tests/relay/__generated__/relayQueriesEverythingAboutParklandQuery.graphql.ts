/**
 * @generated SignedSource<<5af62723eb52cf88ad59068216309340>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type Direction = "BOTH" | "INCOMING" | "OUTGOING" | "%future added value";
export type RelationshipType = "AFFILIATED_WITH" | "CENSORED" | "CREATED" | "DESCRIBED" | "EXAMPLE_OF" | "FOUNDED" | "INSPIRED" | "INVOLVED_IN" | "LED" | "OPPOSED" | "ORIGINATED_ON" | "PARTICIPATED_IN" | "PART_OF" | "RAISED_FUNDS_FOR" | "RELATED_TO" | "REPORTED_ON" | "RESPONDED_TO" | "RESULTED_IN" | "SPREAD_ON" | "SUPPORTED" | "TARGETED" | "TRIGGERED" | "USED" | "USED_HASHTAG" | "%future added value";
export type relayQueriesEverythingAboutParklandQuery$variables = Record<PropertyKey, never>;
export type relayQueriesEverythingAboutParklandQuery$data = {
  readonly event: {
    readonly date: string | null | undefined;
    readonly description: string;
    readonly name: string;
    readonly relations: ReadonlyArray<{
      readonly date: string | null | undefined;
      readonly direction: Direction;
      readonly node: {
        readonly __typename: string;
        readonly id: string;
        readonly name: string;
      };
      readonly role: string | null | undefined;
      readonly sources: ReadonlyArray<{
        readonly quote: string;
        readonly section: string;
      }>;
      readonly type: RelationshipType;
    }>;
    readonly sources: ReadonlyArray<{
      readonly quote: string;
      readonly section: string;
    }>;
  } | null | undefined;
};
export type relayQueriesEverythingAboutParklandQuery = {
  response: relayQueriesEverythingAboutParklandQuery$data;
  variables: relayQueriesEverythingAboutParklandQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "kind": "Literal",
    "name": "id",
    "value": "event:parkland-shooting"
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
  "name": "date",
  "storageKey": null
},
v3 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "description",
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
},
v6 = {
  "alias": null,
  "args": null,
  "concreteType": "Relation",
  "kind": "LinkedField",
  "name": "relations",
  "plural": true,
  "selections": [
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
      "name": "direction",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "role",
      "storageKey": null
    },
    (v2/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "concreteType": null,
      "kind": "LinkedField",
      "name": "node",
      "plural": false,
      "selections": [
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "__typename",
          "storageKey": null
        },
        (v5/*:: as any*/),
        (v1/*:: as any*/)
      ],
      "storageKey": null
    },
    (v4/*:: as any*/)
  ],
  "storageKey": null
};
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "relayQueriesEverythingAboutParklandQuery",
    "selections": [
      {
        "alias": null,
        "args": (v0/*:: as any*/),
        "concreteType": "Event",
        "kind": "LinkedField",
        "name": "event",
        "plural": false,
        "selections": [
          (v1/*:: as any*/),
          (v2/*:: as any*/),
          (v3/*:: as any*/),
          (v4/*:: as any*/),
          (v6/*:: as any*/)
        ],
        "storageKey": "event(id:\"event:parkland-shooting\")"
      }
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "relayQueriesEverythingAboutParklandQuery",
    "selections": [
      {
        "alias": null,
        "args": (v0/*:: as any*/),
        "concreteType": "Event",
        "kind": "LinkedField",
        "name": "event",
        "plural": false,
        "selections": [
          (v1/*:: as any*/),
          (v2/*:: as any*/),
          (v3/*:: as any*/),
          (v4/*:: as any*/),
          (v6/*:: as any*/),
          (v5/*:: as any*/)
        ],
        "storageKey": "event(id:\"event:parkland-shooting\")"
      }
    ]
  },
  "params": {
    "cacheID": "d13fafb1ee97bfcace64c4256b0d5fc7",
    "id": null,
    "metadata": {},
    "name": "relayQueriesEverythingAboutParklandQuery",
    "operationKind": "query",
    "text": "query relayQueriesEverythingAboutParklandQuery {\n  event(id: \"event:parkland-shooting\") {\n    name\n    date\n    description\n    sources {\n      section\n      quote\n    }\n    relations {\n      type\n      direction\n      role\n      date\n      node {\n        __typename\n        id\n        name\n      }\n      sources {\n        section\n        quote\n      }\n    }\n    id\n  }\n}\n"
  }
};
})();

(node as any).hash = "beb7d2544e35f2d7d9bd58b6c10ad9a4";

export default node;
