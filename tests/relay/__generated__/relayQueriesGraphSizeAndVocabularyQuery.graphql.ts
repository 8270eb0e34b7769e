/**
 * @generated SignedSource<<f49d88218b21506de7440e1195d10b83>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type RelationshipType = "AFFILIATED_WITH" | "CENSORED" | "CREATED" | "DESCRIBED" | "EXAMPLE_OF" | "FOUNDED" | "INSPIRED" | "INVOLVED_IN" | "LED" | "OPPOSED" | "ORIGINATED_ON" | "PARTICIPATED_IN" | "PART_OF" | "RAISED_FUNDS_FOR" | "RELATED_TO" | "REPORTED_ON" | "RESPONDED_TO" | "RESULTED_IN" | "SPREAD_ON" | "SUPPORTED" | "TARGETED" | "TRIGGERED" | "USED" | "USED_HASHTAG" | "%future added value";
export type relayQueriesGraphSizeAndVocabularyQuery$variables = Record<PropertyKey, never>;
export type relayQueriesGraphSizeAndVocabularyQuery$data = {
  readonly relationshipTypes: ReadonlyArray<{
    readonly description: string;
    readonly example: string;
    readonly from: ReadonlyArray<string>;
    readonly to: ReadonlyArray<string>;
    readonly type: RelationshipType;
  }>;
  readonly stats: {
    readonly entityCount: number;
    readonly labels: ReadonlyArray<{
      readonly count: number;
      readonly label: string;
    }>;
    readonly relationshipCount: number;
    readonly relationshipTypes: ReadonlyArray<{
      readonly count: number;
      readonly type: RelationshipType;
    }>;
  };
};
export type relayQueriesGraphSizeAndVocabularyQuery = {
  response: relayQueriesGraphSizeAndVocabularyQuery$data;
  variables: relayQueriesGraphSizeAndVocabularyQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "count",
  "storageKey": null
},
v1 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "type",
  "storageKey": null
},
v2 = [
  {
    "alias": null,
    "args": null,
    "concreteType": "GraphStats",
    "kind": "LinkedField",
    "name": "stats",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "entityCount",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "relationshipCount",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "concreteType": "LabelCount",
        "kind": "LinkedField",
        "name": "labels",
        "plural": true,
        "selections": [
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "label",
            "storageKey": null
          },
          (v0/*:: as any*/)
        ],
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "concreteType": "RelationshipTypeCount",
        "kind": "LinkedField",
        "name": "relationshipTypes",
        "plural": true,
        "selections": [
          (v1/*:: as any*/),
          (v0/*:: as any*/)
        ],
        "storageKey": null
      }
    ],
    "storageKey": null
  },
  {
    "alias": null,
    "args": null,
    "concreteType": "RelationshipTypeInfo",
    "kind": "LinkedField",
    "name": "relationshipTypes",
    "plural": true,
    "selections": [
      (v1/*:: as any*/),
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "description",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "from",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "to",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "example",
        "storageKey": null
      }
    ],
    "storageKey": null
  }
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "relayQueriesGraphSizeAndVocabularyQuery",
    "selections": (v2/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "relayQueriesGraphSizeAndVocabularyQuery",
    "selections": (v2/*:: as any*/)
  },
  "params": {
    "cacheID": "0f41ac20ee6af5a74130dccb029b7525",
    "id": null,
    "metadata": {},
    "name": "relayQueriesGraphSizeAndVocabularyQuery",
    "operationKind": "query",
    "text": "query relayQueriesGraphSizeAndVocabularyQuery {\n  stats {\n    entityCount\n    relationshipCount\n    labels {\n      label\n      count\n    }\n    relationshipTypes {\n      type\n      count\n    }\n  }\n  relationshipTypes {\n    type\n    description\n    from\n    to\n    example\n  }\n}\n"
  }
};
})();

(node as any).hash = "a31505456106027e96cffc73b408029a";

export default node;
