import { seedGraph } from "../../src/seed/seed";
import { gql } from "../helpers/gql";
import { connectTestDb, resetDb, type TestDb } from "../helpers/test-db";
import { startTestServer, type TestServer } from "../helpers/test-server";

/**
 * Searches people type (issue 10, section 5), each with the entity they mean. `rank` 1 means it
 * must be the first hit; 3 means in the top three, where the text is honestly ambiguous (the
 * reason is given). The hit rate is logged so the issue note can quote it.
 */
type Case = { query: string; expect: string; rank?: 1 | 3; why?: string };
const CASES: Case[] = [
  { query: "No Kings", expect: "event:no-kings-day-protests" },
  { query: "No King's Day protests", expect: "event:no-kings-day-protests" },
  { query: "Thunburg", expect: "actor:greta-thunberg" },
  { query: "tik tok", expect: "platform:tiktok" },
  { query: "hacktivists", expect: "topic:hacktivism" },
  { query: "slacktivist", expect: "topic:slacktivism" },
  { query: "ows", expect: "movement:occupy-wall-street" },
  { query: "milano's tweet", expect: "event:alyssa-milano-tweet" },
  { query: "blm", expect: "movement:black-lives-matter" },
  { query: "Black Lives Matter", expect: "movement:black-lives-matter" },
  { query: "metoo", expect: "movement:metoo", rank: 3, why: "the movement and its hashtag #MeToo are both right answers" },
  { query: "me too movement", expect: "movement:metoo" },
  { query: "ice bucket", expect: "movement:ice-bucket-challenge", rank: 3, why: "movement and #IceBucketChallenge hashtag both match" },
  { query: "Greta", expect: "actor:greta-thunberg" },
  { query: "fridays for future", expect: "movement:school-strike-for-climate" },
  { query: "school strike", expect: "movement:school-strike-for-climate" },
  { query: "occupy", expect: "movement:occupy-wall-street" },
  { query: "Occupy Wallstreet", expect: "movement:occupy-wall-street" },
  { query: "trayvon", expect: "actor:trayvon-martin", rank: 3, why: "the killing, the petition and #JusticeForTrayvon also carry his name" },
  { query: "Zimmerman charged", expect: "event:zimmerman-charged" },
  { query: "Parkland shooting", expect: "event:parkland-shooting" },
  { query: "march for our lives", expect: "movement:march-for-our-lives", rank: 3, why: "the hashtag and the Washington protest share the name" },
  { query: "kony", expect: "movement:kony-2012", rank: 3, why: "Joseph Kony, Stop Kony and the film's release all match" },
  { query: "Lotus Marketplace", expect: "movement:lotus-marketplace-campaign", rank: 3, why: "the announcement, the cancellation and Lotus itself match" },
  { query: "free britney", expect: "movement:free-britney", rank: 3, why: "#FreeBritney is the same thing" },
  { query: "britney", expect: "actor:britney-spears", rank: 3, why: "Free Britney also matches" },
  { query: "denial of service", expect: "topic:denial-of-service-attacks" },
  { query: "DDoS", expect: "topic:denial-of-service-attacks" },
  { query: "clicktivism", expect: "topic:slacktivism" },
  { query: "alicia garza", expect: "actor:alicia-garza" },
  { query: "Alicia Garzas letter", expect: "event:letter-to-black-folks", rank: 3, why: "Alicia Garza herself matches both words" },
  { query: "Tarana", expect: "actor:tarana-burke" },
  { query: "Tarana Burk", expect: "actor:tarana-burke" },
  { query: "Zukerman", expect: "actor:ethan-zuckerman" },
  { query: "Malcom Gladwell", expect: "actor:malcolm-gladwell" },
  { query: "moveon.org", expect: "actor:moveon" },
  { query: "Ku Klux Klan", expect: "actor:kkk" },
  { query: "blossom watch", expect: "movement:blossomwatch", rank: 3, why: "#BlossomWatch hashtag is the same campaign" },
  { query: "Sleeping Giant", expect: "actor:sleeping-giants" },
  { query: "Breitbart boycott", expect: "movement:breitbart-boycott" },
  { query: "performative activists", expect: "topic:performative-activism" },
  { query: "blackout tuesday", expect: "event:blackout-tuesday", rank: 3, why: "#BlackoutTuesday hashtag is the same day" },
  { query: "Bongo Must Go", expect: "movement:bongo-doit-partir" },
  { query: "Peoples Global Action", expect: "actor:peoples-global-action" },
  { query: "People's Global Action", expect: "actor:peoples-global-action" },
  { query: "George Floyd murder", expect: "event:murder-of-george-floyd" },
  { query: "Mahsa Amini", expect: "actor:mahsa-amini", rank: 3, why: "her death and the 2022 protests also name her" },
  { query: "cute winter boots", expect: "movement:cute-winter-boots" },
  { query: "ALS association", expect: "actor:als-association" },
];

describe("search suite: what people type", () => {
  let db: TestDb;
  let server: TestServer;
  const results = new Map<string, string[]>();
  beforeAll(async () => {
    db = connectTestDb({ timeoutMs: 60_000 });
    await resetDb(db.graph);
    await seedGraph(db.graph);
    server = await startTestServer(db.graph);
    for (const c of CASES) {
      const { data, errors } = await gql(server.apollo, server.createContext, `query($q: String!) { search(query: $q, first: 5) { entity { id } } }`, { q: c.query });
      results.set(c.query, errors ? [] : data.search.map((h: { entity: { id: string } }) => h.entity.id));
    }
  }, 180_000);
  afterAll(async () => {
    const hits = CASES.filter((c) => (results.get(c.query) ?? []).slice(0, c.rank ?? 1).includes(c.expect)).length;
    // The hit rate the issue note quotes (before/after).
    console.log(`search suite: ${hits}/${CASES.length} expected entities at their rank`);
    await server?.close();
    await db?.close();
  });

  it("has at least 30 searches", () => expect(CASES.length).toBeGreaterThanOrEqual(30));

  it.each(CASES)("'$query' finds $expect", (c) => {
    const got = results.get(c.query) ?? [];
    expect(got.slice(0, c.rank ?? 1)).toContain(c.expect);
  });

  it("answers hostile text with a list, never an error", async () => {
    for (const q of ['"', "a:b~2^3", "(((", "*", "OR AND NOT", "\\", "name:x] OR [", "~~~", "'s", "a".repeat(400)]) {
      const { data, errors } = await gql(server.apollo, server.createContext, `query($q: String!) { search(query: $q) { entity { id } } }`, { q });
      expect(errors).toBeUndefined();
      expect(Array.isArray(data.search)).toBe(true);
    }
  });
});
