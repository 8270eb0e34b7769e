/**
 * @generated SignedSource<<4547e075f5e55aee023b7082f41c739d>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type ActorKind = "COMPANY" | "GOVERNMENT" | "GROUP" | "MEDIA" | "ORGANIZATION" | "PERSON" | "%future added value";
export type RelationshipType = "AFFILIATED_WITH" | "CENSORED" | "CREATED" | "DESCRIBED" | "EXAMPLE_OF" | "FOUNDED" | "INSPIRED" | "INVOLVED_IN" | "LED" | "OPPOSED" | "ORIGINATED_ON" | "PARTICIPATED_IN" | "PART_OF" | "RAISED_FUNDS_FOR" | "RELATED_TO" | "REPORTED_ON" | "RESPONDED_TO" | "RESULTED_IN" | "SPREAD_ON" | "SUPPORTED" | "TARGETED" | "TRIGGERED" | "USED" | "USED_HASHTAG" | "%future added value";
export type relayQueriesBlackLivesMatterPeopleAndPlatformsQuery$variables = Record<PropertyKey, never>;
export type relayQueriesBlackLivesMatterPeopleAndPlatformsQuery$data = {
  readonly movement: {
    readonly actors: ReadonlyArray<{
      readonly node: {
        readonly kind: ActorKind;
        readonly name: string;
      };
      readonly role: string | null | undefined;
      readonly sources: ReadonlyArray<{
        readonly quote: string;
      }>;
      readonly type: RelationshipType;
    }>;
    readonly aliases: ReadonlyArray<string>;
    readonly hashtags: ReadonlyArray<{
      readonly node: {
        readonly name: string;
      };
      readonly sources: ReadonlyArray<{
        readonly quote: string;
      }>;
    }>;
    readonly name: string;
    readonly platforms: ReadonlyArray<{
      readonly node: {
        readonly name: string;
      };
      readonly type: RelationshipType;
    }>;
  } | null | undefined;
};
export type relayQueriesBlackLivesMatterPeopleAndPlatformsQuery = {
  response: relayQueriesBlackLivesMatterPeopleAndPlatformsQuery$data;
  variables: relayQueriesBlackLivesMatterPeopleAndPlatformsQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "kind": "Literal",
    "name": "name",
    "value": "BLM"
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
  "name": "aliases",
  "storageKey": null
},
v3 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "type",
  "storageKey": null
},
v4 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "role",
  "storageKey": null
},
v5 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "kind",
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
  (v1/*:: as any*/)
],
v8 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v9 = [
  (v1/*:: as any*/),
  (v8/*:: as any*/)
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "relayQueriesBlackLivesMatterPeopleAndPlatformsQuery",
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
          {
            "alias": null,
            "args": null,
            "concreteType": "ActorLink",
            "kind": "LinkedField",
            "name": "actors",
            "plural": true,
            "selections": [
              (v3/*:: as any*/),
              (v4/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "concreteType": "Actor",
                "kind": "LinkedField",
                "name": "node",
                "plural": false,
                "selections": [
                  (v1/*:: as any*/),
                  (v5/*:: as any*/)
                ],
                "storageKey": null
              },
              (v6/*:: as any*/)
            ],
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "concreteType": "HashtagLink",
            "kind": "LinkedField",
            "name": "hashtags",
            "plural": true,
            "selections": [
              {
                "alias": null,
                "args": null,
                "concreteType": "Hashtag",
                "kind": "LinkedField",
                "name": "node",
                "plural": false,
                "selections": (v7/*:: as any*/),
                "storageKey": null
              },
              (v6/*:: as any*/)
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
              (v3/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "concreteType": "Platform",
                "kind": "LinkedField",
                "name": "node",
                "plural": false,
                "selections": (v7/*:: as any*/),
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": "movement(name:\"BLM\")"
      }
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "relayQueriesBlackLivesMatterPeopleAndPlatformsQuery",
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
          {
            "alias": null,
            "args": null,
            "concreteType": "ActorLink",
            "kind": "LinkedField",
            "name": "actors",
            "plural": true,
            "selections": [
              (v3/*:: as any*/),
              (v4/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "concreteType": "Actor",
                "kind": "LinkedField",
                "name": "node",
                "plural": false,
                "selections": [
                  (v1/*:: as any*/),
                  (v5/*:: as any*/),
                  (v8/*:: as any*/)
                ],
                "storageKey": null
              },
              (v6/*:: as any*/)
            ],
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "concreteType": "HashtagLink",
            "kind": "LinkedField",
            "name": "hashtags",
            "plural": true,
            "selections": [
              {
                "alias": null,
                "args": null,
                "concreteType": "Hashtag",
                "kind": "LinkedField",
                "name": "node",
                "plural": false,
                "selections": (v9/*:: as any*/),
                "storageKey": null
              },
              (v6/*:: as any*/)
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
              (v3/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "concreteType": "Platform",
                "kind": "LinkedField",
                "name": "node",
                "plural": false,
                "selections": (v9/*:: as any*/),
                "storageKey": null
              }
            ],
            "storageKey": null
          },
          (v8/*:: as any*/)
        ],
        "storageKey": "movement(name:\"BLM\")"
      }
    ]
  },
  "params": {
    "cacheID": "fca65ab471e1560eec01c6b80acbe724",
    "id": null,
    "metadata": {},
    "name": "relayQueriesBlackLivesMatterPeopleAndPlatformsQuery",
    "operationKind": "query",
    "text": "query relayQueriesBlackLivesMatterPeopleAndPlatformsQuery {\n  movement(name: \"BLM\") {\n    name\n    aliases\n    actors {\n      type\n      role\n      node {\n        name\n        kind\n        id\n      }\n      sources {\n        quote\n      }\n    }\n    hashtags {\n      node {\n        name\n        id\n      }\n      sources {\n        quote\n      }\n    }\n    platforms {\n      type\n      node {\n        name\n        id\n      }\n    }\n    id\n  }\n}\n"
  }
};
})();

(node as any).hash = "de5761b4535a4ab52710d22a5dd79d86";

export default node;
