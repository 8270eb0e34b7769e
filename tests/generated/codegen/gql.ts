/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query MovementsThatInspiredOthers {\n  movements(first: 100) {\n    edges {\n      node {\n        name\n        inspired(depth: 3) {\n          name\n        }\n        influence: movements(types: [INSPIRED], direction: OUTGOING) {\n          node {\n            name\n          }\n          sources {\n            section\n            quote\n          }\n        }\n      }\n    }\n  }\n}": typeof types.MovementsThatInspiredOthersDocument,
    "query PathBetweenTwoPeople {\n  path(from: \"actor:tarana-burke\", to: \"actor:harvey-weinstein\", maxHops: 6) {\n    length\n    nodes {\n      __typename\n      id\n      name\n    }\n    steps {\n      from {\n        name\n      }\n      type\n      direction\n      to {\n        name\n      }\n      sources {\n        section\n        quote\n      }\n    }\n  }\n}": typeof types.PathBetweenTwoPeopleDocument,
    "query TimelineOf2018 {\n  timeline(from: \"2018\", to: \"2018\", first: 50) {\n    totalCount\n    edges {\n      node {\n        date\n        datePrecision\n        name\n        description\n        sources {\n          quote\n        }\n      }\n    }\n  }\n}": typeof types.TimelineOf2018Document,
    "query Events2012To2014WithPlatforms {\n  timeline(from: \"2012\", to: \"2014\", first: 50) {\n    edges {\n      node {\n        date\n        name\n        platforms {\n          node {\n            name\n          }\n          type\n          sources {\n            quote\n          }\n        }\n        movements {\n          node {\n            name\n          }\n          type\n        }\n      }\n    }\n  }\n}": typeof types.Events2012To2014WithPlatformsDocument,
    "query PlatformsAndTheMovementsTheyCarried {\n  platforms(first: 100) {\n    totalCount\n    edges {\n      node {\n        name\n        movements(direction: INCOMING) {\n          type\n          node {\n            name\n          }\n        }\n      }\n    }\n  }\n}": typeof types.PlatformsAndTheMovementsTheyCarriedDocument,
    "query WhoCreatedWhichHashtag {\n  hashtags(first: 100) {\n    edges {\n      node {\n        name\n        createdBy {\n          node {\n            name\n            kind\n          }\n          date\n          sources {\n            section\n            quote\n          }\n        }\n        platforms {\n          node {\n            name\n          }\n          type\n        }\n      }\n    }\n  }\n}": typeof types.WhoCreatedWhichHashtagDocument,
    "query EverythingAboutParkland {\n  event(id: \"event:parkland-shooting\") {\n    name\n    date\n    description\n    sources {\n      section\n      quote\n    }\n    relations {\n      type\n      direction\n      role\n      date\n      node {\n        __typename\n        id\n        name\n      }\n      sources {\n        section\n        quote\n      }\n    }\n  }\n}": typeof types.EverythingAboutParklandDocument,
    "query BlackLivesMatterPeopleAndPlatforms {\n  movement(name: \"BLM\") {\n    name\n    aliases\n    actors {\n      type\n      role\n      node {\n        name\n        kind\n      }\n      sources {\n        quote\n      }\n    }\n    hashtags {\n      node {\n        name\n      }\n      sources {\n        quote\n      }\n    }\n    platforms {\n      type\n      node {\n        name\n      }\n    }\n  }\n}": typeof types.BlackLivesMatterPeopleAndPlatformsDocument,
    "query SearchForGreta {\n  search(query: \"Gret\", first: 5) {\n    score\n    entity {\n      __typename\n      id\n      name\n      description\n    }\n  }\n}": typeof types.SearchForGretaDocument,
    "query MeTooNeighborhood {\n  neighborhood(id: \"hashtag:metoo\", depth: 2, limit: 60) {\n    truncated\n    nodes {\n      __typename\n      id\n      name\n    }\n    edges {\n      id\n      type\n      from\n      to\n      sources {\n        quote\n      }\n    }\n  }\n}": typeof types.MeTooNeighborhoodDocument,
    "query ScholarsAndTheirClaims {\n  actors(first: 100, filter: {kind: PERSON}) {\n    edges {\n      node {\n        name\n        relations(types: [DESCRIBED], direction: OUTGOING) {\n          node {\n            __typename\n            name\n          }\n          sources {\n            section\n            quote\n          }\n        }\n      }\n    }\n  }\n}": typeof types.ScholarsAndTheirClaimsDocument,
    "query GraphSizeAndVocabulary {\n  stats {\n    entityCount\n    relationshipCount\n    labels {\n      label\n      count\n    }\n    relationshipTypes {\n      type\n      count\n    }\n  }\n  relationshipTypes {\n    type\n    description\n    from\n    to\n    example\n  }\n}": typeof types.GraphSizeAndVocabularyDocument,
};
const documents: Documents = {
    "query MovementsThatInspiredOthers {\n  movements(first: 100) {\n    edges {\n      node {\n        name\n        inspired(depth: 3) {\n          name\n        }\n        influence: movements(types: [INSPIRED], direction: OUTGOING) {\n          node {\n            name\n          }\n          sources {\n            section\n            quote\n          }\n        }\n      }\n    }\n  }\n}": types.MovementsThatInspiredOthersDocument,
    "query PathBetweenTwoPeople {\n  path(from: \"actor:tarana-burke\", to: \"actor:harvey-weinstein\", maxHops: 6) {\n    length\n    nodes {\n      __typename\n      id\n      name\n    }\n    steps {\n      from {\n        name\n      }\n      type\n      direction\n      to {\n        name\n      }\n      sources {\n        section\n        quote\n      }\n    }\n  }\n}": types.PathBetweenTwoPeopleDocument,
    "query TimelineOf2018 {\n  timeline(from: \"2018\", to: \"2018\", first: 50) {\n    totalCount\n    edges {\n      node {\n        date\n        datePrecision\n        name\n        description\n        sources {\n          quote\n        }\n      }\n    }\n  }\n}": types.TimelineOf2018Document,
    "query Events2012To2014WithPlatforms {\n  timeline(from: \"2012\", to: \"2014\", first: 50) {\n    edges {\n      node {\n        date\n        name\n        platforms {\n          node {\n            name\n          }\n          type\n          sources {\n            quote\n          }\n        }\n        movements {\n          node {\n            name\n          }\n          type\n        }\n      }\n    }\n  }\n}": types.Events2012To2014WithPlatformsDocument,
    "query PlatformsAndTheMovementsTheyCarried {\n  platforms(first: 100) {\n    totalCount\n    edges {\n      node {\n        name\n        movements(direction: INCOMING) {\n          type\n          node {\n            name\n          }\n        }\n      }\n    }\n  }\n}": types.PlatformsAndTheMovementsTheyCarriedDocument,
    "query WhoCreatedWhichHashtag {\n  hashtags(first: 100) {\n    edges {\n      node {\n        name\n        createdBy {\n          node {\n            name\n            kind\n          }\n          date\n          sources {\n            section\n            quote\n          }\n        }\n        platforms {\n          node {\n            name\n          }\n          type\n        }\n      }\n    }\n  }\n}": types.WhoCreatedWhichHashtagDocument,
    "query EverythingAboutParkland {\n  event(id: \"event:parkland-shooting\") {\n    name\n    date\n    description\n    sources {\n      section\n      quote\n    }\n    relations {\n      type\n      direction\n      role\n      date\n      node {\n        __typename\n        id\n        name\n      }\n      sources {\n        section\n        quote\n      }\n    }\n  }\n}": types.EverythingAboutParklandDocument,
    "query BlackLivesMatterPeopleAndPlatforms {\n  movement(name: \"BLM\") {\n    name\n    aliases\n    actors {\n      type\n      role\n      node {\n        name\n        kind\n      }\n      sources {\n        quote\n      }\n    }\n    hashtags {\n      node {\n        name\n      }\n      sources {\n        quote\n      }\n    }\n    platforms {\n      type\n      node {\n        name\n      }\n    }\n  }\n}": types.BlackLivesMatterPeopleAndPlatformsDocument,
    "query SearchForGreta {\n  search(query: \"Gret\", first: 5) {\n    score\n    entity {\n      __typename\n      id\n      name\n      description\n    }\n  }\n}": types.SearchForGretaDocument,
    "query MeTooNeighborhood {\n  neighborhood(id: \"hashtag:metoo\", depth: 2, limit: 60) {\n    truncated\n    nodes {\n      __typename\n      id\n      name\n    }\n    edges {\n      id\n      type\n      from\n      to\n      sources {\n        quote\n      }\n    }\n  }\n}": types.MeTooNeighborhoodDocument,
    "query ScholarsAndTheirClaims {\n  actors(first: 100, filter: {kind: PERSON}) {\n    edges {\n      node {\n        name\n        relations(types: [DESCRIBED], direction: OUTGOING) {\n          node {\n            __typename\n            name\n          }\n          sources {\n            section\n            quote\n          }\n        }\n      }\n    }\n  }\n}": types.ScholarsAndTheirClaimsDocument,
    "query GraphSizeAndVocabulary {\n  stats {\n    entityCount\n    relationshipCount\n    labels {\n      label\n      count\n    }\n    relationshipTypes {\n      type\n      count\n    }\n  }\n  relationshipTypes {\n    type\n    description\n    from\n    to\n    example\n  }\n}": types.GraphSizeAndVocabularyDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MovementsThatInspiredOthers {\n  movements(first: 100) {\n    edges {\n      node {\n        name\n        inspired(depth: 3) {\n          name\n        }\n        influence: movements(types: [INSPIRED], direction: OUTGOING) {\n          node {\n            name\n          }\n          sources {\n            section\n            quote\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query MovementsThatInspiredOthers {\n  movements(first: 100) {\n    edges {\n      node {\n        name\n        inspired(depth: 3) {\n          name\n        }\n        influence: movements(types: [INSPIRED], direction: OUTGOING) {\n          node {\n            name\n          }\n          sources {\n            section\n            quote\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PathBetweenTwoPeople {\n  path(from: \"actor:tarana-burke\", to: \"actor:harvey-weinstein\", maxHops: 6) {\n    length\n    nodes {\n      __typename\n      id\n      name\n    }\n    steps {\n      from {\n        name\n      }\n      type\n      direction\n      to {\n        name\n      }\n      sources {\n        section\n        quote\n      }\n    }\n  }\n}"): (typeof documents)["query PathBetweenTwoPeople {\n  path(from: \"actor:tarana-burke\", to: \"actor:harvey-weinstein\", maxHops: 6) {\n    length\n    nodes {\n      __typename\n      id\n      name\n    }\n    steps {\n      from {\n        name\n      }\n      type\n      direction\n      to {\n        name\n      }\n      sources {\n        section\n        quote\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TimelineOf2018 {\n  timeline(from: \"2018\", to: \"2018\", first: 50) {\n    totalCount\n    edges {\n      node {\n        date\n        datePrecision\n        name\n        description\n        sources {\n          quote\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query TimelineOf2018 {\n  timeline(from: \"2018\", to: \"2018\", first: 50) {\n    totalCount\n    edges {\n      node {\n        date\n        datePrecision\n        name\n        description\n        sources {\n          quote\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Events2012To2014WithPlatforms {\n  timeline(from: \"2012\", to: \"2014\", first: 50) {\n    edges {\n      node {\n        date\n        name\n        platforms {\n          node {\n            name\n          }\n          type\n          sources {\n            quote\n          }\n        }\n        movements {\n          node {\n            name\n          }\n          type\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query Events2012To2014WithPlatforms {\n  timeline(from: \"2012\", to: \"2014\", first: 50) {\n    edges {\n      node {\n        date\n        name\n        platforms {\n          node {\n            name\n          }\n          type\n          sources {\n            quote\n          }\n        }\n        movements {\n          node {\n            name\n          }\n          type\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlatformsAndTheMovementsTheyCarried {\n  platforms(first: 100) {\n    totalCount\n    edges {\n      node {\n        name\n        movements(direction: INCOMING) {\n          type\n          node {\n            name\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query PlatformsAndTheMovementsTheyCarried {\n  platforms(first: 100) {\n    totalCount\n    edges {\n      node {\n        name\n        movements(direction: INCOMING) {\n          type\n          node {\n            name\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WhoCreatedWhichHashtag {\n  hashtags(first: 100) {\n    edges {\n      node {\n        name\n        createdBy {\n          node {\n            name\n            kind\n          }\n          date\n          sources {\n            section\n            quote\n          }\n        }\n        platforms {\n          node {\n            name\n          }\n          type\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query WhoCreatedWhichHashtag {\n  hashtags(first: 100) {\n    edges {\n      node {\n        name\n        createdBy {\n          node {\n            name\n            kind\n          }\n          date\n          sources {\n            section\n            quote\n          }\n        }\n        platforms {\n          node {\n            name\n          }\n          type\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EverythingAboutParkland {\n  event(id: \"event:parkland-shooting\") {\n    name\n    date\n    description\n    sources {\n      section\n      quote\n    }\n    relations {\n      type\n      direction\n      role\n      date\n      node {\n        __typename\n        id\n        name\n      }\n      sources {\n        section\n        quote\n      }\n    }\n  }\n}"): (typeof documents)["query EverythingAboutParkland {\n  event(id: \"event:parkland-shooting\") {\n    name\n    date\n    description\n    sources {\n      section\n      quote\n    }\n    relations {\n      type\n      direction\n      role\n      date\n      node {\n        __typename\n        id\n        name\n      }\n      sources {\n        section\n        quote\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BlackLivesMatterPeopleAndPlatforms {\n  movement(name: \"BLM\") {\n    name\n    aliases\n    actors {\n      type\n      role\n      node {\n        name\n        kind\n      }\n      sources {\n        quote\n      }\n    }\n    hashtags {\n      node {\n        name\n      }\n      sources {\n        quote\n      }\n    }\n    platforms {\n      type\n      node {\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query BlackLivesMatterPeopleAndPlatforms {\n  movement(name: \"BLM\") {\n    name\n    aliases\n    actors {\n      type\n      role\n      node {\n        name\n        kind\n      }\n      sources {\n        quote\n      }\n    }\n    hashtags {\n      node {\n        name\n      }\n      sources {\n        quote\n      }\n    }\n    platforms {\n      type\n      node {\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchForGreta {\n  search(query: \"Gret\", first: 5) {\n    score\n    entity {\n      __typename\n      id\n      name\n      description\n    }\n  }\n}"): (typeof documents)["query SearchForGreta {\n  search(query: \"Gret\", first: 5) {\n    score\n    entity {\n      __typename\n      id\n      name\n      description\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeTooNeighborhood {\n  neighborhood(id: \"hashtag:metoo\", depth: 2, limit: 60) {\n    truncated\n    nodes {\n      __typename\n      id\n      name\n    }\n    edges {\n      id\n      type\n      from\n      to\n      sources {\n        quote\n      }\n    }\n  }\n}"): (typeof documents)["query MeTooNeighborhood {\n  neighborhood(id: \"hashtag:metoo\", depth: 2, limit: 60) {\n    truncated\n    nodes {\n      __typename\n      id\n      name\n    }\n    edges {\n      id\n      type\n      from\n      to\n      sources {\n        quote\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScholarsAndTheirClaims {\n  actors(first: 100, filter: {kind: PERSON}) {\n    edges {\n      node {\n        name\n        relations(types: [DESCRIBED], direction: OUTGOING) {\n          node {\n            __typename\n            name\n          }\n          sources {\n            section\n            quote\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query ScholarsAndTheirClaims {\n  actors(first: 100, filter: {kind: PERSON}) {\n    edges {\n      node {\n        name\n        relations(types: [DESCRIBED], direction: OUTGOING) {\n          node {\n            __typename\n            name\n          }\n          sources {\n            section\n            quote\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphSizeAndVocabulary {\n  stats {\n    entityCount\n    relationshipCount\n    labels {\n      label\n      count\n    }\n    relationshipTypes {\n      type\n      count\n    }\n  }\n  relationshipTypes {\n    type\n    description\n    from\n    to\n    example\n  }\n}"): (typeof documents)["query GraphSizeAndVocabulary {\n  stats {\n    entityCount\n    relationshipCount\n    labels {\n      label\n      count\n    }\n    relationshipTypes {\n      type\n      count\n    }\n  }\n  relationshipTypes {\n    type\n    description\n    from\n    to\n    example\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;