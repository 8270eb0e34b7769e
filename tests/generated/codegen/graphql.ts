/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What sort of actor an Actor is. */
export type ActorKind =
  /** A business. */
  | 'COMPANY'
  /** A state, government, agency or politician's office. */
  | 'GOVERNMENT'
  /** A loose collective without formal membership, e.g. Anonymous. */
  | 'GROUP'
  /** A newspaper, broadcaster or other news outlet. */
  | 'MEDIA'
  /** A non-profit, NGO, campaign group or other organisation. */
  | 'ORGANIZATION'
  /** An individual, including scholars and authors the article cites. */
  | 'PERSON';

/** How precisely the article dates something. */
export type DatePrecision =
  /** A calendar day, e.g. 2018-02-14. */
  | 'DAY'
  /** Year and month, e.g. 2018-08. */
  | 'MONTH'
  /** Only the year is known, e.g. 1999. */
  | 'YEAR';

/** How the article qualifies a date; absent (null) when the date is exact as given. */
export type DateQualifier =
  /** On or after that date ("since January 2025"). */
  | 'AFTER'
  /** By that date at the latest ("By April 11, 2012, Zimmerman was charged"). */
  | 'BEFORE'
  /** Around that date, as the article approximates it. */
  | 'CIRCA';

/** Which way a relationship points, seen from the entity it is read from. */
export type Direction =
  /** Either way. */
  | 'BOTH'
  /** From the other entity to this one (e.g. the other movement INSPIRED this one). */
  | 'INCOMING'
  /** From this entity to the other (e.g. this movement INSPIRED the other). */
  | 'OUTGOING';

/** How the article bounds a number. */
export type QuantityBound =
  /** An estimate ("an estimated 200,000", "almost 45 million"). */
  | 'ABOUT'
  /** The number as stated ("1,000 entries"). */
  | 'EXACT'
  /** A lower bound ("over 800 protests", "more than 2,000"). */
  | 'OVER'
  /** An upper bound. */
  | 'UNDER';

/** The closed relationship vocabulary (seed/data/relationship-types.yaml). A relationship reads `from TYPE to`, e.g. `movement:march-for-our-lives INSPIRED movement:school-strike-for-climate`; `relationshipTypes` lists each with the labels it joins. */
export type RelationshipType =
  /** An actor has a standing tie to an organisation or platform: works for, heads, studies or teaches at, plays for, writes for, campaigns for, or is a formal partner of it; role always names the tie. */
  | 'AFFILIATED_WITH'
  /** A government or platform blocked, banned, took down or suppressed (or attempted to, role says) a platform, movement, hashtag, event's information or actor. */
  | 'CENSORED'
  /** An actor made or launched a specific thing: a post, letter, website, film, book publication, contest or campaign (wrote, posted, hosted, launched, produced, created the phrase). */
  | 'CREATED'
  /** A scholar, author, commentator or organisation whose claim the article reports described, studied, defined, named or criticised a topic, movement, platform, event or actor. The link carries the claim's sentence. */
  | 'DESCRIBED'
  /** An entity is an instance, kind, category or subcategory of a topic, as the article presents it ('an example', 'such as', 'a subcategory of', 'labelled'). */
  | 'EXAMPLE_OF'
  /** An actor founded, initiated or started a lasting movement, organisation or challenge (started, initiated, helped create). A one-off item (post, website, video, book, campaign launch) is CREATED. */
  | 'FOUNDED'
  /** One movement was influenced by or grew out of another, as the article says ('influenced by the creation of'). Strictly Movement -> Movement; an event that set a movement off is TRIGGERED. */
  | 'INSPIRED'
  /** An actor was a principal of an event without acting in it as an activist: perpetrator, victim, defendant, deceased, announcer, publisher, authority; role always says which. */
  | 'INVOLVED_IN'
  /** An actor led, managed, organised or spearheaded a movement, campaign or event. */
  | 'LED'
  /** An actor or movement campaigned or argued against another entity (protest, revolution against, argues against). */
  | 'OPPOSED'
  /** A hashtag or movement first appeared on a platform, where the article says so (not merely that it spread there). */
  | 'ORIGINATED_ON'
  /** An actor took part in a movement, campaign or event as a participant, candidate, partner, interviewer or interviewee (role says which) without leading it. */
  | 'PARTICIPATED_IN'
  /** A part belongs to a whole: an event is one action of a movement, an actor is a member, unit or office-holder of an organisation or movement, a topic is a stage, component or aspect of another, a platform feature is part of a platform. */
  | 'PART_OF'
  /** An actor, movement, platform, hashtag or event raised or provided money for a cause, actor or event. */
  | 'RAISED_FUNDS_FOR'
  /** Comparison only: the article explicitly compares two concepts, calling one similar to, a variation of, the opposite of, or facing the same challenges as the other; role quotes which. Any other Topic -> Topic link uses EXAMPLE_OF, PART_OF, TRIGGERED or RESPONDED_TO. */
  | 'RELATED_TO'
  /** A media outlet, organisation or person made information about an entity public: reported, covered, leaked, live-streamed, ranked. */
  | 'REPORTED_ON'
  /** An actor, movement, hashtag, event or form of activism reacted to another entity (backlash, reply, acknowledgement, warning, evasion), as the article says. */
  | 'RESPONDED_TO'
  /** The outcome the article reports for a campaign or movement: what followed from it as its result ('Over 30,000 people contacted Lotus ... Lotus announced that it had cancelled MarketPlace'). Recorded only where the article tells the result as the campaign's; the campaign need not be its sole cause. */
  | 'RESULTED_IN'
  /** A movement, hashtag, event or form of activism (topic) was spread, posted, organised or carried out on a platform or medium. For a reported or contested practice, role says by whom it is reported. */
  | 'SPREAD_ON'
  /** An actor or movement endorsed, promoted or advocated for a movement, actor, event, hashtag or topic. */
  | 'SUPPORTED'
  /** A movement, event or hashtag aimed its action (boycott, petition, accusation, mockery, protest) at a named actor or platform. */
  | 'TARGETED'
  /** An event set off a movement, hashtag, another event or the rise of a topic, where the article presents it as the occasion ('was born after', 'began after', 'launched three days after', 'would start'). Topic -> Topic only where the article uses a causal verb (provoked, promote, generate); role says which. */
  | 'TRIGGERED'
  /** An actor used a platform or medium, or a method or tactic (topic), as a tool for campaigning, organising, communicating or repressing. */
  | 'USED'
  /** A movement or event used, or is identified by, a hashtag the article names with it. */
  | 'USED_HASHTAG';

/** How a relationship lies along a path. */
export type StepDirection =
  /** The relationship points from the step's `to` back to its `from`. */
  | 'BACKWARD'
  /** The relationship points from the step's `from` to its `to`. */
  | 'FORWARD';

export type MovementsThatInspiredOthersQueryVariables = Exact<{ [key: string]: never; }>;


export type MovementsThatInspiredOthersQuery = { movements: { edges: Array<{ node: { name: string, inspired: Array<{ name: string }>, influence: Array<{ node: { name: string }, sources: Array<{ section: string, quote: string }> }> } }> } };

export type PathBetweenTwoPeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type PathBetweenTwoPeopleQuery = { path: { length: number, nodes: Array<
      | { __typename: 'Actor', id: string, name: string }
      | { __typename: 'Event', id: string, name: string }
      | { __typename: 'Hashtag', id: string, name: string }
      | { __typename: 'Movement', id: string, name: string }
      | { __typename: 'Platform', id: string, name: string }
      | { __typename: 'Topic', id: string, name: string }
    >, steps: Array<{ type: RelationshipType, direction: StepDirection, from:
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
      , to:
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
      , sources: Array<{ section: string, quote: string }> }> } | null };

export type TimelineOf2014QueryVariables = Exact<{ [key: string]: never; }>;


export type TimelineOf2014Query = { timeline: { totalCount: number, edges: Array<{ node:
        | { date: string, datePrecision: DatePrecision, event: { name: string, description: string }, sources: Array<{ quote: string }> }
        | { type: RelationshipType, role: string | null, date: string, datePrecision: DatePrecision, subject:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
          , object:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
          , sources: Array<{ quote: string }> }
       }> } };

export type Events2012To2014WithPlatformsQueryVariables = Exact<{ [key: string]: never; }>;


export type Events2012To2014WithPlatformsQuery = { timeline: { edges: Array<{ node:
        | { date: string, event: { name: string, platforms: Array<{ type: RelationshipType, node: { name: string }, sources: Array<{ quote: string }> }>, movements: Array<{ type: RelationshipType, node: { name: string } }> } }
        | { type: RelationshipType, date: string, subject:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
          , object:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
          , sources: Array<{ quote: string }> }
       }> } };

export type PlatformsAndTheMovementsTheyCarriedQueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformsAndTheMovementsTheyCarriedQuery = { platforms: { totalCount: number, edges: Array<{ node: { name: string, movements: Array<{ type: RelationshipType, node: { name: string } }> } }> } };

export type WhoCreatedWhichHashtagQueryVariables = Exact<{ [key: string]: never; }>;


export type WhoCreatedWhichHashtagQuery = { hashtags: { edges: Array<{ node: { name: string, createdBy: Array<{ date: string | null, node: { name: string, kind: ActorKind }, via:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null, sources: Array<{ section: string, quote: string }> }>, platforms: Array<{ type: RelationshipType, node: { name: string } }> } }> } };

export type EverythingAboutParklandQueryVariables = Exact<{ [key: string]: never; }>;


export type EverythingAboutParklandQuery = { event: { name: string, date: string | null, description: string, sources: Array<{ section: string, quote: string }>, relations: Array<{ type: RelationshipType, direction: Direction, role: string | null, date: string | null, node:
        | { __typename: 'Actor', id: string, name: string }
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Hashtag', id: string, name: string }
        | { __typename: 'Movement', id: string, name: string }
        | { __typename: 'Platform', id: string, name: string }
        | { __typename: 'Topic', id: string, name: string }
      , sources: Array<{ section: string, quote: string }> }> } | null };

export type BlackLivesMatterPeopleAndPlatformsQueryVariables = Exact<{ [key: string]: never; }>;


export type BlackLivesMatterPeopleAndPlatformsQuery = { movement: { name: string, aliases: Array<string>, actors: Array<{ type: RelationshipType, role: string | null, node: { name: string, kind: ActorKind }, sources: Array<{ quote: string }> }>, hashtags: Array<{ node: { name: string }, sources: Array<{ quote: string }> }>, platforms: Array<{ type: RelationshipType, node: { name: string } }> } | null };

export type ForgivingSearchQueryVariables = Exact<{ [key: string]: never; }>;


export type ForgivingSearchQuery = { typo: Array<{ score: number, entity:
      | { __typename: 'Actor', id: string, name: string }
      | { __typename: 'Event', id: string, name: string }
      | { __typename: 'Hashtag', id: string, name: string }
      | { __typename: 'Movement', id: string, name: string }
      | { __typename: 'Platform', id: string, name: string }
      | { __typename: 'Topic', id: string, name: string }
     }>, wordForm: Array<{ score: number, entity:
      | { __typename: 'Actor', id: string, name: string }
      | { __typename: 'Event', id: string, name: string }
      | { __typename: 'Hashtag', id: string, name: string }
      | { __typename: 'Movement', id: string, name: string }
      | { __typename: 'Platform', id: string, name: string }
      | { __typename: 'Topic', id: string, name: string }
     }>, spacing: Array<{ score: number, entity:
      | { __typename: 'Actor', id: string, name: string }
      | { __typename: 'Event', id: string, name: string }
      | { __typename: 'Hashtag', id: string, name: string }
      | { __typename: 'Movement', id: string, name: string }
      | { __typename: 'Platform', id: string, name: string }
      | { __typename: 'Topic', id: string, name: string }
     }>, alias: Array<{ score: number, entity:
      | { __typename: 'Actor', id: string, name: string }
      | { __typename: 'Event', id: string, name: string }
      | { __typename: 'Hashtag', id: string, name: string }
      | { __typename: 'Movement', id: string, name: string }
      | { __typename: 'Platform', id: string, name: string }
      | { __typename: 'Topic', id: string, name: string }
     }> };

export type MeTooNeighborhoodQueryVariables = Exact<{ [key: string]: never; }>;


export type MeTooNeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<
      | { __typename: 'Actor', id: string, name: string }
      | { __typename: 'Event', id: string, name: string }
      | { __typename: 'Hashtag', id: string, name: string }
      | { __typename: 'Movement', id: string, name: string }
      | { __typename: 'Platform', id: string, name: string }
      | { __typename: 'Topic', id: string, name: string }
    >, edges: Array<{ id: string, type: RelationshipType, from: string, to: string, sources: Array<{ quote: string }> }> } };

export type ScholarsAndTheirClaimsQueryVariables = Exact<{ [key: string]: never; }>;


export type ScholarsAndTheirClaimsQuery = { actors: { edges: Array<{ node: { name: string, relations: Array<{ node:
            | { __typename: 'Actor', name: string }
            | { __typename: 'Event', name: string }
            | { __typename: 'Hashtag', name: string }
            | { __typename: 'Movement', name: string }
            | { __typename: 'Platform', name: string }
            | { __typename: 'Topic', name: string }
          , sources: Array<{ section: string, quote: string }> }> } }> } };

export type GraphSizeAndVocabularyQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphSizeAndVocabularyQuery = { stats: { entityCount: number, relationshipCount: number, labels: Array<{ label: string, count: number }>, relationshipTypes: Array<{ type: RelationshipType, count: number }> }, relationshipTypes: Array<{ type: RelationshipType, description: string, from: Array<string>, to: Array<string>, example: string }> };

export type NumbersDatesAndOutcomesQueryVariables = Exact<{ [key: string]: never; }>;


export type NumbersDatesAndOutcomesQuery = { movement: { id: string, name: string, quantities: Array<{ value: number, unit: string, counts: string, bound: QuantityBound, date: string | null, quote: string }>, events: Array<{ type: RelationshipType, note: string | null, node: { date: string | null, dateQualifier: DateQualifier | null, name: string }, sources: Array<{ quote: string }> }> } | null, marchForOurLives: { id: string, name: string, quantities: Array<{ value: number, unit: string, bound: QuantityBound, quote: string }> } | null };

export type ActorsNearAMovementQueryVariables = Exact<{ [key: string]: never; }>;


export type ActorsNearAMovementQuery = { cypher: { columns: Array<string>, rows: Array<Array<unknown> | null>, rowCount: number, truncated: boolean } };

export type RelationshipTypeCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type RelationshipTypeCountsQuery = { cypher: { columns: Array<string>, rows: Array<Array<unknown> | null>, truncated: boolean } };

export type TikTokTimelineQueryVariables = Exact<{ [key: string]: never; }>;


export type TikTokTimelineQuery = { timeline: { edges: Array<{ node:
        | { date: string, event: { name: string }, sources: Array<{ quote: string }> }
        | { type: RelationshipType, role: string | null, date: string, subject:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
          , object:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
          , sources: Array<{ quote: string }> }
       }> } };

export type SpecificPathsQueryVariables = Exact<{ [key: string]: never; }>;


export type SpecificPathsQuery = { paths: Array<{ length: number, steps: Array<{ type: RelationshipType, direction: StepDirection, from:
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
      , to:
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
      , sources: Array<{ quote: string }> }> }> };


export const MovementsThatInspiredOthersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MovementsThatInspiredOthers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"movements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"inspired"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"influence"},"name":{"kind":"Name","value":"movements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"INSPIRED"}]}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"OUTGOING"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MovementsThatInspiredOthersQuery, MovementsThatInspiredOthersQueryVariables>;
export const PathBetweenTwoPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PathBetweenTwoPeople"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"actor:tarana-burke","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"actor:harvey-weinstein","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PathBetweenTwoPeopleQuery, PathBetweenTwoPeopleQueryVariables>;
export const TimelineOf2014Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TimelineOf2014"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2014","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2014","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"datePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FactEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TimelineOf2014Query, TimelineOf2014QueryVariables>;
export const Events2012To2014WithPlatformsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Events2012To2014WithPlatforms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2012","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2014","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platforms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"movements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FactEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<Events2012To2014WithPlatformsQuery, Events2012To2014WithPlatformsQueryVariables>;
export const PlatformsAndTheMovementsTheyCarriedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlatformsAndTheMovementsTheyCarried"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platforms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"movements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"INCOMING"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlatformsAndTheMovementsTheyCarriedQuery, PlatformsAndTheMovementsTheyCarriedQueryVariables>;
export const WhoCreatedWhichHashtagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoCreatedWhichHashtag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hashtags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"platforms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhoCreatedWhichHashtagQuery, WhoCreatedWhichHashtagQueryVariables>;
export const EverythingAboutParklandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EverythingAboutParkland"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"event:parkland-shooting","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EverythingAboutParklandQuery, EverythingAboutParklandQueryVariables>;
export const BlackLivesMatterPeopleAndPlatformsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BlackLivesMatterPeopleAndPlatforms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"movement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"BLM","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"actors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hashtags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"platforms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BlackLivesMatterPeopleAndPlatformsQuery, BlackLivesMatterPeopleAndPlatformsQueryVariables>;
export const ForgivingSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForgivingSearch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"typo"},"name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"StringValue","value":"Thunburg","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"wordForm"},"name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"StringValue","value":"hacktivists","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"spacing"},"name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"StringValue","value":"tik tok","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"alias"},"name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"StringValue","value":"blm","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ForgivingSearchQuery, ForgivingSearchQueryVariables>;
export const MeTooNeighborhoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeTooNeighborhood"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighborhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"hashtag:metoo","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"60"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeTooNeighborhoodQuery, MeTooNeighborhoodQueryVariables>;
export const ScholarsAndTheirClaimsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScholarsAndTheirClaims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"PERSON"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DESCRIBED"}]}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"OUTGOING"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScholarsAndTheirClaimsQuery, ScholarsAndTheirClaimsQueryVariables>;
export const GraphSizeAndVocabularyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphSizeAndVocabulary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityCount"}},{"kind":"Field","name":{"kind":"Name","value":"relationshipCount"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationshipTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationshipTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"example"}}]}}]}}]} as unknown as DocumentNode<GraphSizeAndVocabularyQuery, GraphSizeAndVocabularyQueryVariables>;
export const NumbersDatesAndOutcomesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NumbersDatesAndOutcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"movement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"movement:justice-for-trayvon-petition","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}},{"kind":"Field","name":{"kind":"Name","value":"bound"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"OUTGOING"}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"RESULTED_IN"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"dateQualifier"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"marchForOurLives"},"name":{"kind":"Name","value":"movement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"movement:march-for-our-lives","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"bound"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]} as unknown as DocumentNode<NumbersDatesAndOutcomesQuery, NumbersDatesAndOutcomesQueryVariables>;
export const ActorsNearAMovementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActorsNearAMovement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cypher"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statement"},"value":{"kind":"StringValue","value":"MATCH (m:Movement {id: $movement})-[r1]-(x)\nOPTIONAL MATCH (x)-[r2]-(a:Actor)\nWITH r1, r2, CASE WHEN x:Actor THEN x ELSE a END AS actor\nWHERE actor IS NOT NULL\nRETURN DISTINCT actor, r1, r2\nORDER BY actor.name\nLIMIT 25","block":true}},{"kind":"Argument","name":{"kind":"Name","value":"parameters"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"movement"},"value":{"kind":"StringValue","value":"movement:metoo","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}}]}}]} as unknown as DocumentNode<ActorsNearAMovementQuery, ActorsNearAMovementQueryVariables>;
export const RelationshipTypeCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RelationshipTypeCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cypher"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statement"},"value":{"kind":"StringValue","value":"MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY count DESC, type","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}}]}}]} as unknown as DocumentNode<RelationshipTypeCountsQuery, RelationshipTypeCountsQueryVariables>;
export const TikTokTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TikTokTimeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"StringValue","value":"platform:tiktok","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FactEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TikTokTimelineQuery, TikTokTimelineQueryVariables>;
export const SpecificPathsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SpecificPaths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"actor:tarana-burke","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"actor:harvey-weinstein","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"k"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"maxDegree"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SpecificPathsQuery, SpecificPathsQueryVariables>;