// The documents relay-compiler turns into the artifacts in __generated__/ (`npm run relay`): every
// example of examples/ under a Relay operation name (<module><Name>Query), a relationship read from
// both ends, and a refetchable, paginated fragment like the README shows. Never imported at run
// time (the tags need Relay's Babel plugin); the tests import the generated artifacts.
import { graphql } from "relay-runtime";

// 01-movements-that-inspired-others.graphql
export const MovementsThatInspiredOthers = graphql`
query relayQueriesMovementsThatInspiredOthersQuery {
  movements(first: 100) {
    edges {
      node {
        name
        inspired(depth: 3) { name }
        influence: movements(types: [INSPIRED], direction: OUTGOING) { node { name } sources { section quote } }
      }
    }
  }
}
`;

// 02-path-between-two-people.graphql
export const PathBetweenTwoPeople = graphql`
query relayQueriesPathBetweenTwoPeopleQuery {
  path(from: "actor:tarana-burke", to: "actor:harvey-weinstein", maxHops: 6) {
    length
    nodes { __typename id name }
    steps { from { name } type direction to { name } sources { section quote } }
  }
}
`;

// 03-timeline-of-a-year.graphql
export const TimelineOf2014 = graphql`
query relayQueriesTimelineOf2014Query {
  timeline(from: "2014", to: "2014", first: 50) {
    totalCount
    edges {
      node {
        date
        datePrecision
        sources { quote }
        ... on EventEntry { event { name description } }
        ... on FactEntry { subject { name } type object { name } role }
      }
    }
  }
}
`;

// 04-what-happened-2012-2014-and-where.graphql
export const Events2012To2014WithPlatforms = graphql`
query relayQueriesEvents2012To2014WithPlatformsQuery {
  timeline(from: "2012", to: "2014", first: 50) {
    edges {
      node {
        date
        ... on EventEntry {
          event {
            name
            platforms { node { name } type sources { quote } }
            movements { node { name } type }
          }
        }
        ... on FactEntry { subject { name } type object { name } sources { quote } }
      }
    }
  }
}
`;

// 05-platforms-and-the-movements-they-carried.graphql
export const PlatformsAndTheMovementsTheyCarried = graphql`
query relayQueriesPlatformsAndTheMovementsTheyCarriedQuery {
  platforms(first: 100) {
    totalCount
    edges { node { name movements(direction: INCOMING) { type node { name } } } }
  }
}
`;

// 06-who-created-which-hashtag.graphql
export const WhoCreatedWhichHashtag = graphql`
query relayQueriesWhoCreatedWhichHashtagQuery {
  hashtags(first: 100) {
    edges {
      node {
        name
        createdBy { node { name kind } via { id name } date sources { section quote } }
        platforms { node { name } type }
      }
    }
  }
}
`;

// 07-everything-about-one-event.graphql
export const EverythingAboutParkland = graphql`
query relayQueriesEverythingAboutParklandQuery {
  event(id: "event:parkland-shooting") {
    name
    date
    description
    sources { section quote }
    relations { type direction role date node { __typename id name } sources { section quote } }
  }
}
`;

// 08-a-movement-and-its-people.graphql
export const BlackLivesMatterPeopleAndPlatforms = graphql`
query relayQueriesBlackLivesMatterPeopleAndPlatformsQuery {
  movement(name: "BLM") {
    name
    aliases
    actors { type role node { name kind } sources { quote } }
    hashtags { node { name } sources { quote } }
    platforms { type node { name } }
  }
}
`;

// 09-search.graphql
export const SearchForGreta = graphql`
query relayQueriesSearchForGretaQuery {
  search(query: "Gret", first: 5) {
    score
    entity { __typename id name description }
  }
}
`;

// 10-neighborhood-for-a-visualisation.graphql
export const MeTooNeighborhood = graphql`
query relayQueriesMeTooNeighborhoodQuery {
  neighborhood(id: "hashtag:metoo", depth: 2, limit: 60) {
    truncated
    nodes { __typename id name }
    edges { id type from to sources { quote } }
  }
}
`;

// 11-scholars-and-what-they-described.graphql
export const ScholarsAndTheirClaims = graphql`
query relayQueriesScholarsAndTheirClaimsQuery {
  actors(first: 100, filter: { kind: PERSON }) {
    edges {
      node {
        name
        relations(types: [DESCRIBED], direction: OUTGOING) { node { __typename name } sources { section quote } }
      }
    }
  }
}
`;

// 12-graph-size-and-vocabulary.graphql
export const GraphSizeAndVocabulary = graphql`
query relayQueriesGraphSizeAndVocabularyQuery {
  stats { entityCount relationshipCount labels { label count } relationshipTypes { type count } }
  relationshipTypes { type description from to example }
}
`;

// 13-numbers-dates-and-outcomes.graphql
export const NumbersDatesAndOutcomes = graphql`
query relayQueriesNumbersDatesAndOutcomesQuery {
  movement(id: "movement:justice-for-trayvon-petition") {
    id
    name
    quantities { value unit counts bound date quote }
    events(direction: OUTGOING, types: [RESULTED_IN]) { node { name ... on Event { date dateQualifier } } type note sources { quote } }
  }
  marchForOurLives: movement(id: "movement:march-for-our-lives") { id name quantities { value unit bound quote } }
}
`;

// 14-cypher-actors-near-a-movement.graphql
export const ActorsNearAMovement = graphql`
query relayQueriesActorsNearAMovementQuery {
  cypher(
    statement: "MATCH (m:Movement {id: $movement})-[r1]-(x) OPTIONAL MATCH (x)-[r2]-(a:Actor) WITH r1, r2, CASE WHEN x:Actor THEN x ELSE a END AS actor WHERE actor IS NOT NULL RETURN DISTINCT actor, r1, r2 ORDER BY actor.name LIMIT 25"
    parameters: { movement: "movement:metoo" }
  ) {
    columns
    rows
    rowCount
    truncated
  }
}
`;

// 15-cypher-table-of-counts.graphql
export const RelationshipTypeCounts = graphql`
query relayQueriesRelationshipTypeCountsQuery {
  cypher(statement: "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY count DESC, type") {
    columns
    rows
    truncated
  }
}
`;

// 16-everything-dated-about-tiktok.graphql
export const TikTokTimeline = graphql`
query relayQueriesTikTokTimelineQuery {
  timeline(entity: "platform:tiktok", first: 50) {
    edges {
      node {
        date
        sources { quote }
        ... on EventEntry { event { name } }
        ... on FactEntry { subject { name } type object { name } role }
      }
    }
  }
}
`;

// 17-paths-that-avoid-hubs.graphql
export const SpecificPaths = graphql`
query relayQueriesSpecificPathsQuery {
  paths(from: "actor:tarana-burke", to: "actor:harvey-weinstein", k: 3, maxDegree: 10) {
    length
    steps { from { name } type direction to { name } sources { quote } }
  }
}
`;

// One relationship from both ends: the same key, a different direction and node at each end.
export const BothEnds = graphql`
  query relayQueriesBothEndsQuery($from: ID!, $to: ID!) {
    from: node(id: $from) { __typename id ... on Entity { name relations { key type direction node { __typename id name } } } }
    to: node(id: $to) { __typename id ... on Entity { name relations { key type direction node { __typename id name } } } }
  }
`;

// A Relay paginated list: @connection over `movements`, refetchable through Query.
export const MovementPages = graphql`
  query relayQueriesMovementPagesQuery($count: Int!, $cursor: String) {
    ...relayQueries_movements @arguments(count: $count, cursor: $cursor)
  }
`;

export const MovementsFragment = graphql`
  fragment relayQueries_movements on Query
  @refetchable(queryName: "relayQueriesMovementsPaginationQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 10 }, cursor: { type: "String" }) {
    movements(first: $count, after: $cursor) @connection(key: "relayQueries_movements") {
      edges { node { id name } }
    }
  }
`;

// A refetchable fragment on a Node type: Relay refetches it through Query.node(id:).
export const MovementFragment = graphql`
  fragment relayQueries_movement on Movement @refetchable(queryName: "relayQueriesMovementRefetchQuery") {
    id
    name
    actors { key type role node { id name } }
  }
`;

export const MovementCard = graphql`
  query relayQueriesMovementCardQuery($id: ID!) {
    movement(id: $id) { ...relayQueries_movement }
  }
`;
