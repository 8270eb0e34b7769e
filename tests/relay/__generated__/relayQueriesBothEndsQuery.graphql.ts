/**
 * @generated SignedSource<<f2e79434c7de81f15258fc27f729531b>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type Direction = "BOTH" | "INCOMING" | "OUTGOING" | "%future added value";
export type RelationshipType = "AFFILIATED_WITH" | "CENSORED" | "CREATED" | "DESCRIBED" | "EXAMPLE_OF" | "FOUNDED" | "INSPIRED" | "INVOLVED_IN" | "LED" | "OPPOSED" | "ORIGINATED_ON" | "PARTICIPATED_IN" | "PART_OF" | "RAISED_FUNDS_FOR" | "RELATED_TO" | "REPORTED_ON" | "RESPONDED_TO" | "RESULTED_IN" | "SPREAD_ON" | "SUPPORTED" | "TARGETED" | "TRIGGERED" | "USED" | "USED_HASHTAG" | "%future added value";
export type relayQueriesBothEndsQuery$variables = {
  from: string;
  to: string;
};
export type relayQueriesBothEndsQuery$data = {
  readonly from: {
    readonly __typename: string;
    readonly id: string;
    readonly name?: string;
    readonly relations?: ReadonlyArray<{
      readonly direction: Direction;
      readonly key: string;
      readonly node: {
        readonly __typename: string;
        readonly id: string;
        readonly name: string;
      };
      readonly type: RelationshipType;
    }>;
  } | null | undefined;
  readonly to: {
    readonly __typename: string;
    readonly id: string;
    readonly name?: string;
    readonly relations?: ReadonlyArray<{
      readonly direction: Direction;
      readonly key: string;
      readonly node: {
        readonly __typename: string;
        readonly id: string;
        readonly name: string;
      };
      readonly type: RelationshipType;
    }>;
  } | null | undefined;
};
export type relayQueriesBothEndsQuery = {
  response: relayQueriesBothEndsQuery$data;
  variables: relayQueriesBothEndsQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "from"
  },
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "to"
  }
],
v1 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "__typename",
  "storageKey": null
},
v2 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
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
  (v1/*:: as any*/),
  (v2/*:: as any*/),
  {
    "kind": "InlineFragment",
    "selections": [
      (v3/*:: as any*/),
      {
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
            "name": "key",
            "storageKey": null
          },
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
            "concreteType": null,
            "kind": "LinkedField",
            "name": "node",
            "plural": false,
            "selections": [
              (v1/*:: as any*/),
              (v2/*:: as any*/),
              (v3/*:: as any*/)
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ],
    "type": "Entity",
    "abstractKey": "__isEntity"
  }
],
v5 = [
  {
    "alias": "from",
    "args": [
      {
        "kind": "Variable",
        "name": "id",
        "variableName": "from"
      }
    ],
    "concreteType": null,
    "kind": "LinkedField",
    "name": "node",
    "plural": false,
    "selections": (v4/*:: as any*/),
    "storageKey": null
  },
  {
    "alias": "to",
    "args": [
      {
        "kind": "Variable",
        "name": "id",
        "variableName": "to"
      }
    ],
    "concreteType": null,
    "kind": "LinkedField",
    "name": "node",
    "plural": false,
    "selections": (v4/*:: as any*/),
    "storageKey": null
  }
];
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "relayQueriesBothEndsQuery",
    "selections": (v5/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "relayQueriesBothEndsQuery",
    "selections": (v5/*:: as any*/)
  },
  "params": {
    "cacheID": "eb909dde8d86ac5d67dc23458f2fe738",
    "id": null,
    "metadata": {},
    "name": "relayQueriesBothEndsQuery",
    "operationKind": "query",
    "text": "query relayQueriesBothEndsQuery(\n  $from: ID!\n  $to: ID!\n) {\n  from: node(id: $from) {\n    __typename\n    id\n    ... on Entity {\n      __isEntity: __typename\n      name\n      relations {\n        key\n        type\n        direction\n        node {\n          __typename\n          id\n          name\n        }\n      }\n    }\n  }\n  to: node(id: $to) {\n    __typename\n    id\n    ... on Entity {\n      __isEntity: __typename\n      name\n      relations {\n        key\n        type\n        direction\n        node {\n          __typename\n          id\n          name\n        }\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "368b21accb7c70d0eb8e1ad2c32f2e64";

export default node;
