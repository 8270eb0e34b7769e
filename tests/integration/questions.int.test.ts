import { Article, collapseWhitespace } from "../../src/seed/article";
import { ARTICLE_FILE } from "../../src/domain/paths";
import { seedGraph } from "../../src/seed/seed";
import { gql } from "../helpers/gql";
import { connectTestDb, resetDb, type TestDb } from "../helpers/test-db";
import { startTestServer, type TestServer } from "../helpers/test-server";

/**
 * A data journalist's questions, written from the article before the code (issue 10), each asked
 * through the GraphQL API in one operation and checked against the answer the article supports.
 * Every answer must come with its evidence: `cites(value, fragment)` requires that some
 * `sources.quote` in the answer contains the article's sentence fragment, and that the fragment
 * really is in the article (so the expectation itself cannot drift from the text).
 */
const article = Article.fromFile(ARTICLE_FILE);
const articleText = collapseWhitespace(article.text);

function quotesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(quotesIn);
  if (value && typeof value === "object") {
    const v = value as Record<string, unknown>;
    const own = typeof v.quote === "string" ? [v.quote] : [];
    return [...own, ...Object.values(v).flatMap(quotesIn)];
  }
  return [];
}

function cites(value: unknown, fragment: string): void {
  expect(articleText).toContain(collapseWhitespace(fragment));
  expect(quotesIn(value).some((q) => collapseWhitespace(q).includes(collapseWhitespace(fragment)))).toBe(true);
}

const names = (links: { node: { name: string } }[]) => links.map((l) => l.node.name).sort();

describe("journalist questions from the article", () => {
  let db: TestDb;
  let server: TestServer;
  beforeAll(async () => {
    db = connectTestDb({ timeoutMs: 60_000 });
    await resetDb(db.graph);
    await seedGraph(db.graph);
    server = await startTestServer(db.graph);
  }, 180_000);
  afterAll(async () => {
    await server.close();
    await db.close();
  });
  const ask = async (query: string, variables?: Record<string, unknown>) => {
    const { data, errors } = await gql(server.apollo, server.createContext, query, variables);
    expect(errors).toBeUndefined();
    return data;
  };

  describe("answered by the current API", () => {
    it("Q1 who started the Ice Bucket Challenge, and when: Anthony Senerchia and Pat Quinn, in 2014", async () => {
      const d = await ask(`{ movement(name: "Ice Bucket Challenge") { actors(types: [FOUNDED]) { node { name } date sources { quote } } } }`);
      const links = d.movement.actors;
      expect(names(links)).toEqual(["Anthony Senerchia", "Pat Quinn"]);
      expect(links.map((l: { date: string }) => l.date)).toEqual(["2014", "2014"]);
      cites(links, "In 2014, Anthony Senerchia and Pat Quinn, both living with Amyotrophic lateral sclerosis (ALS), started the challenge");
    });

    it("Q2 who spearheaded the Ice Bucket Challenge's social media campaign: Pete Frates", async () => {
      const d = await ask(`{ movement(id: "movement:ice-bucket-challenge") { actors(types: [LED]) { node { name } role sources { quote } } } }`);
      expect(names(d.movement.actors)).toEqual(["Pete Frates"]);
      cites(d.movement.actors, "Pete Frates, a former Boston College baseball player living with ALS joined Quinn and Senerchia and spearheaded the social media campaign");
    });

    it("Q3 which celebrities took the Ice Bucket Challenge: Lady Gaga, Selena Gomez and Justin Bieber", async () => {
      const d = await ask(`{ movement(id: "movement:ice-bucket-challenge") { actors(types: [PARTICIPATED_IN]) { node { name } sources { quote } } } }`);
      expect(names(d.movement.actors)).toEqual(["Justin Bieber", "Lady Gaga", "Selena Gomez"]);
      cites(d.movement.actors, "Many notable participants of the #IceBucketChallenge included Lady Gaga, Selena Gomez, and Justin Bieber.");
    });

    it("Q4 which movement inspired Greta Thunberg's School Strike for Climate: March for Our Lives", async () => {
      const d = await ask(`{ movement(name: "Fridays for Future") { name inspiredBy: movements(types: [INSPIRED], direction: INCOMING) { node { name } sources { quote } } } }`);
      expect(d.movement.name).toBe("School Strike for Climate");
      expect(names(d.movement.inspiredBy)).toEqual(["March For Our Lives"]);
      cites(d.movement.inspiredBy, "influenced by the creation of #MarchForOurLives");
    });

    it("Q5 who founded the School Strike for Climate, and when: Greta Thunberg, August 2018", async () => {
      const d = await ask(`{ movement(id: "movement:school-strike-for-climate") { actors(types: [FOUNDED]) { node { name } date sources { quote } } } }`);
      expect(d.movement.actors.map((l: any) => [l.node.name, l.date])).toEqual([["Greta Thunberg", "2018-08"]]);
      cites(d.movement.actors, "In August 2018, a movement of environmental activism was initiated in Sweden, by now widely known climate activist Greta Thunberg.");
    });

    it("Q6 who created the Me Too phrase, and when: Tarana Burke, 2006", async () => {
      const d = await ask(`{ movement(name: "Me Too") { actors(types: [CREATED]) { node { name } date sources { quote } } } }`);
      expect(d.movement.actors.map((l: any) => [l.node.name, l.date])).toEqual([["Tarana Burke", "2006"]]);
      cites(d.movement.actors, "Tarana Burke created the phrase back in 2006");
    });

    it("Q7 when did Lotus announce MarketPlace and when did it cancel it: 1990-04-10 and 1991-01-23", async () => {
      const d = await ask(`{ actor(id: "actor:lotus") { events { node { name date } sources { quote } } } }`);
      const dates = d.actor.events.map((l: any) => l.node.date).sort();
      expect(dates).toEqual(["1990-04-10", "1991-01-23"]);
      cites(d.actor.events, "On January 23, 1991, Lotus announced that it had cancelled MarketPlace.");
    });

    it("Q8 what did the Kony 2012 film aim at, when was it released, and who reported on it", async () => {
      const d = await ask(`{ movement(name: "Kony 2012") {
        actors { node { name } type sources { quote } }
        events { node { name date } type }
      } }`);
      const byType = (t: string) => d.movement.actors.filter((l: any) => l.type === t).map((l: any) => l.node.name).sort();
      expect(byType("TARGETED")).toEqual(["Joseph Kony"]);
      expect(byType("REPORTED_ON")).toEqual(["PBS", "TIME"]);
      expect(d.movement.events.map((l: any) => l.node.date)).toContain("2012-03-05");
      cites(d.movement.actors, "called the most viral video ever by TIME");
    });

    it("Q9 where did #JiangshanjiaoDoYouGetYourPeriod start, and who censored it: Weibo, the government of China", async () => {
      const d = await ask(`{ hashtag(id: "hashtag:jiangshanjiaodoyougetyourperiod") {
        platforms(types: [ORIGINATED_ON]) { node { name } sources { quote } }
        actors(types: [CENSORED]) { node { name } }
      } }`);
      expect(names(d.hashtag.platforms)).toEqual(["Weibo"]);
      expect(names(d.hashtag.actors)).toEqual(["Government of China"]);
      cites(d.hashtag.platforms, "The hashtag initially sparked from a post on Weibo");
    });

    it("Q10 which U.S. politicians endorsed Black Lives Matter: Ilhan Omar and Alexandria Ocasio-Cortez", async () => {
      const d = await ask(`{ movement(name: "BLM") { actors(types: [SUPPORTED]) { node { name } role sources { quote } } } }`);
      expect(names(d.movement.actors)).toEqual(["Alexandria Ocasio-Cortez", "Ilhan Omar"]);
      cites(d.movement.actors, "have endorsed Black Lives Matter");
    });

    it("Q11 what triggered #MarchForOurLives, and when: the Parkland shooting on 2018-02-14", async () => {
      const d = await ask(`{ hashtag(name: "#MarchForOurLives") { events(types: [TRIGGERED]) { node { name date } sources { quote } } } }`);
      // Stated of the hashtag and (via) of the March For Our Lives movement: the same event, twice cited.
      expect([...new Set(d.hashtag.events.map((l: any) => l.node.date))]).toEqual(["2018-02-14"]);
      cites(d.hashtag.events, "After the Parkland high school shooting on February 14, 2018, #MarchForOurLives was born.");
    });

    it("Q12 who launched the boycott of Breitbart News, in which year: Sleeping Giants, 2017", async () => {
      const d = await ask(`{ actor(name: "Sleeping Giants") { movements(types: [CREATED]) { node { name } date sources { quote } } } }`);
      expect(d.actor.movements.map((l: any) => l.date)).toEqual(["2017"]);
      cites(d.actor.movements, "In 2017, the Sleeping Giants cyberactivist group, among others, launched a boycott campaign");
    });

    it("Q13 which group did the EZLN help create in 1998: Peoples Global Action", async () => {
      const d = await ask(`{ actor(name: "EZLN") { actors(types: [FOUNDED]) { node { name } date role sources { quote } } } }`);
      expect(d.actor.actors.map((l: any) => [l.node.name, l.date])).toEqual([["Peoples Global Action", "1998"]]);
      cites(d.actor.actors, "help create the anti-globalization group Peoples Global Action (PGA)");
    });

    it("Q14 who created Bongo Doit Partir, and when: Daniel Mengara, 1998", async () => {
      const d = await ask(`{ movement(name: "Bongo Must Go") { actors(types: [FOUNDED]) { node { name } date sources { quote } } } }`);
      expect(d.movement.actors.map((l: any) => l.date)).toEqual(["1998"]);
      expect(d.movement.actors[0].node.name).toMatch(/Mengara/);
      cites(d.movement.actors, "In 1998 Dr. Daniel Mengara, a Gabonese scholar and activist living New Jersey, created a website called Bongo Doit Partir");
    });

    it("Q15 who banned the Uighur make-up tutorial, when and for how long: TikTok, 2019-11-26, 50 minutes", async () => {
      const d = await ask(`{ platform(name: "TikTok") { movements(types: [CENSORED]) { node { name } date role sources { quote } } } }`);
      expect(d.platform.movements).toHaveLength(1);
      expect(d.platform.movements[0].date).toBe("2019-11-26");
      expect(d.platform.movements[0].role).toMatch(/50 minutes/);
      cites(d.platform.movements, "The tutorial was banned for 50 minutes on November 26, 2019.");
    });

    it("Q16 whom did MoveOn endorse in 2008: Barack Obama", async () => {
      const d = await ask(`{ actor(name: "MoveOn") { actors(types: [SUPPORTED]) { node { name } date role sources { quote } } } }`);
      expect(d.actor.actors.map((l: any) => [l.node.name, l.date])).toEqual([["Barack Obama", "2008"]]);
      cites(d.actor.actors, "MoveOn.org endorsed then-Senator Barack Obama in 2008");
    });

    it("Q17 who posted the 'letter to Black folks', on which platform, and what it led to", async () => {
      const d = await ask(`{ event(id: "event:letter-to-black-folks") { actors { node { name } type } events { node { name } type } hashtags { node { name } type sources { quote } } } }`);
      expect(d.event.actors.map((l: any) => [l.node.name, l.type])).toContainEqual(["Alicia Garza", "CREATED"]);
      expect(d.event.hashtags.map((l: any) => [l.node.name, l.type])).toContainEqual(["#BlackLivesMatter", "TRIGGERED"]);
      cites(d.event.hashtags, "Garza ended her letter with the statement \"Black lives matter\", which her friend turned into a hashtag below.");
    });

    it("Q18 how are Tarana Burke and Alyssa Milano connected: both through the Me Too movement", async () => {
      const d = await ask(`{ path(from: "actor:tarana-burke", to: "actor:alyssa-milano") { length nodes { id } steps { type sources { quote } } } }`);
      expect(d.path.length).toBe(2);
      expect(d.path.nodes.map((n: any) => n.id)).toEqual(["actor:tarana-burke", "movement:metoo", "actor:alyssa-milano"]);
      cites(d.path.steps, "Tarana Burke created the phrase back in 2006");
    });

    it("Q19 what did the 2010 Haiti earthquake lead to: the Hope for Haiti Now telethon, launched three days later", async () => {
      const d = await ask(`{ event(name: "2010 Haiti earthquake") { events(types: [TRIGGERED], direction: OUTGOING) { node { name } sources { quote } } } }`);
      expect(names(d.event.events)).toEqual(["Hope for Haiti Now"]);
      cites(d.event.events, "which was launched three days after the 2010 Haiti Earthquake");
    });

    it("Q20 what did the ALS Association fund with the money, and what came of it in 2016: the NEK1 discovery", async () => {
      const d = await ask(`{ actor(name: "ALS Association") { events(types: [RAISED_FUNDS_FOR]) { node { name date } sources { quote } } } }`);
      expect(d.actor.events.map((l: any) => l.node.date)).toEqual(["2016"]);
      cites(d.actor.events, "In 2016, the funding led scientists to be able to identify a new ALS-linked gene (NEK1).");
    });

    it("Q21 what did the Lotus MarketPlace campaign achieve: Lotus cancelled MarketPlace (an outcome link, one hop)", async () => {
      const d = await ask(`{ movement(id: "movement:lotus-marketplace-campaign") { events(direction: OUTGOING) { node { id date } type sources { quote } } } }`);
      const outcome = d.movement.events.find((l: any) => l.node.id === "event:lotus-marketplace-cancellation");
      expect(outcome).toBeDefined();
      expect(outcome.node.date).toBe("1991-01-23");
      cites(outcome, "Lotus announced that it had cancelled MarketPlace");
    });

    it("Q22 when was George Zimmerman charged: by 2012-04-11 (an upper bound, qualifier BEFORE)", async () => {
      const d = await ask(`{ event(id: "event:zimmerman-charged") { date dateQualifier sources { quote } } }`);
      expect(d.event).toMatchObject({ date: "2012-04-11", dateQualifier: "BEFORE" });
      cites(d.event, "By April 11, 2012, Zimmerman was charged with the second-degree murder of Trayvon Martin.");
    });

    it("Q23 how many protests did March for Our Lives grow into, and how many attended in Washington: 800 and 200,000", async () => {
      const d = await ask(`{
        movement(id: "movement:march-for-our-lives") { quantities { value unit counts quote } }
        event(id: "event:march-for-our-lives-washington") { quantities { value unit counts quote } }
      }`);
      expect(d.movement.quantities).toContainEqual(expect.objectContaining({ value: 800, unit: "protests" }));
      expect(d.event.quantities).toContainEqual(expect.objectContaining({ value: 200000, unit: "people" }));
      cites(d.movement.quantities, "over 800 protests across the United States");
    });

    it("Q24 how much did the Ice Bucket Challenge raise, in how many posts: over $115 million, over 17 million posts", async () => {
      const d = await ask(`{ movement(id: "movement:ice-bucket-challenge") { quantities { value unit counts quote } } }`);
      expect(d.movement.quantities).toContainEqual(expect.objectContaining({ value: 115000000, unit: "USD" }));
      expect(d.movement.quantities).toContainEqual(expect.objectContaining({ value: 17000000, unit: "posts" }));
      cites(d.movement.quantities, "contributing to over $115 million raised worldwide for the ALS Association");
    });

    it("Q25 how many views did #JiangshanjiaoDoYouGetYourPeriod have by 15 March 2020: over 89,200,000", async () => {
      const d = await ask(`{ hashtag(id: "hashtag:jiangshanjiaodoyougetyourperiod") { quantities { value unit counts quote } } }`);
      expect(d.hashtag.quantities).toContainEqual(expect.objectContaining({ value: 89200000, unit: "views" }));
      cites(d.hashtag.quantities, "up until 15 March 2020, it accumulated over 89,200,000 views");
    });

    it("Q26 how many signatures did the Trayvon Martin petitions gather by 2012-03-26: over 2.1 million", async () => {
      const d = await ask(`{ movement(id: "movement:justice-for-trayvon-petition") { quantities { value unit quote } } }`);
      expect(d.movement.quantities).toContainEqual(expect.objectContaining({ value: 2100000, unit: "signatures" }));
      cites(d.movement.quantities, "eventually raising over 2.1 million signatures combined by March 26, 2012");
    });

    it("Q27 how many times was #MeToo reused within a day of Milano's tweet: 500,000 on Twitter, 4.7 million on Facebook", async () => {
      const d = await ask(`{ hashtag(name: "#MeToo") { quantities { value unit counts quote } } }`);
      const values = d.hashtag.quantities.map((q: any) => q.value).sort((a: number, b: number) => a - b);
      expect(values).toEqual(expect.arrayContaining([500000, 4700000]));
      cites(d.hashtag.quantities, "the #MeToo hashtag had been reused over 500,000 times on that same media, as well as 4.7 million times on Facebook");
    });

    it("Q28 how many organizations did the Breitbart boycott get to drop ad buys: more than 2,000", async () => {
      const d = await ask(`{ movement(id: "movement:breitbart-boycott") { quantities { value unit quote } } }`);
      expect(d.movement.quantities).toContainEqual(expect.objectContaining({ value: 2000, unit: "organizations" }));
      cites(d.movement.quantities, "getting more than 2,000 organizations to remove it from ad buys");
    });

    it("Q29 where was the October 2025 No King's Day protests' playful activism: the signs, in the United States", async () => {
      const d = await ask(`{ search(query: "No Kings", first: 1) { entity { id ... on Event { date } sources { quote } } } }`);
      expect(d.search[0].entity).toMatchObject({ id: "event:no-kings-day-protests", date: "2025-10" });
      cites(d.search[0].entity, "the October 2025 No King's Day protests across the United States");
    });
  });

  describe("needs D2 features (timeline of dated facts, via, hub-avoiding path; see the API contract)", () => {
    it("D2-1 what happened in 2014: the Ice Bucket Challenge was started and Brown Girl Woke began", async () => {
      const d = await ask(`{ timeline(from: "2014", to: "2014", first: 50) { totalCount edges { node {
        date sources { quote }
        ... on FactEntry { type subject { id } object { id } }
        ... on EventEntry { event { id } } } } } }`);
      const facts = d.timeline.edges.map((e: any) => e.node).filter((n: any) => n.subject);
      expect(facts).toContainEqual(expect.objectContaining({ type: "FOUNDED", subject: { id: "actor:pat-quinn" }, object: { id: "movement:ice-bucket-challenge" } }));
      expect(facts.map((f: any) => f.subject.id)).toContain("actor:brown-girl-woke");
      cites(d.timeline, "Brown Girl Woke began as a campaign on social media in 2014");
    });

    it("D2-2 TikTok's dated history, in order: UN Women campaign, tutorial ban, #FreeBritney, Cute winter boots", async () => {
      const d = await ask(`{ timeline(entity: "platform:tiktok", first: 50) { edges { node { date sources { quote } } } } }`);
      const dates = d.timeline.edges.map((e: any) => e.node.date);
      for (const date of ["2019-11-25", "2019-11-26", "2020-07", "2025-01"]) expect(dates).toContain(date);
      expect(dates.indexOf("2019-11-25")).toBeLessThan(dates.indexOf("2019-11-26"));
      expect(dates.indexOf("2020-07")).toBeLessThan(dates.indexOf("2025-01"));
      cites(d.timeline, "In July 2020, the TikTok platform played a major role in the #FreeBritney movement");
    });

    it("D2-3 what happened in 1998: Bongo Doit Partir, EZLN and Peoples Global Action, David Duke's website post", async () => {
      const d = await ask(`{ timeline(from: "1998", to: "1998", first: 50) { totalCount edges { node { date
        ... on FactEntry { subject { id } object { id } }
        ... on EventEntry { event { id } } } } } }`);
      const ids = d.timeline.edges.flatMap((e: any) => [e.node.subject?.id, e.node.object?.id, e.node.event?.id]);
      expect(ids).toEqual(expect.arrayContaining(["movement:bongo-doit-partir", "actor:peoples-global-action", "event:david-duke-website-post"]));
      expect(d.timeline.totalCount).toBeGreaterThanOrEqual(3);
    });

    it("D2-4 on which platforms did Black Lives Matter spread: Facebook (via #BlackLivesMatter), TikTok, social media", async () => {
      const d = await ask(`{ movement(name: "Black Lives Matter") { platforms { node { name } type via { id } sources { quote } } } }`);
      const platforms = d.movement.platforms.map((l: any) => l.node.name);
      expect(platforms).toEqual(expect.arrayContaining(["Facebook", "TikTok", "Social media"]));
      const facebook = d.movement.platforms.find((l: any) => l.node.name === "Facebook" && l.via);
      expect(facebook.via.id).toBe("hashtag:blacklivesmatter");
    });

    it("D2-5 which platforms carried the Me Too movement: Twitter and Facebook, via #MeToo", async () => {
      const d = await ask(`{ movement(id: "movement:metoo") { platforms(types: [SPREAD_ON]) { node { name } via { id } sources { quote } } } }`);
      expect(names(d.movement.platforms)).toEqual(expect.arrayContaining(["Facebook", "Twitter"]));
      cites(d.movement.platforms, "as well as 4.7 million times on Facebook");
    });

    it("D2-6 who created #MeToo: Tarana Burke created the phrase (via the Me Too movement)", async () => {
      const d = await ask(`{ hashtag(name: "#MeToo") { createdBy { node { name } sources { quote } } } }`);
      expect(d.hashtag.createdBy.map((l: any) => l.node.name)).toContain("Tarana Burke");
      cites(d.hashtag.createdBy, "Tarana Burke created the phrase back in 2006");
    });

    it("D2-7 who started #IceBucketChallenge: Anthony Senerchia and Pat Quinn", async () => {
      const d = await ask(`{ hashtag(name: "#IceBucketChallenge") { createdBy { node { name } date sources { quote } } } }`);
      expect(d.hashtag.createdBy.map((l: any) => l.node.name)).toEqual(expect.arrayContaining(["Anthony Senerchia", "Pat Quinn"]));
    });

    it("D2-8 how is Alicia Garza connected to Derek Chauvin without the Facebook hub: through BLM and the 2020 protests", async () => {
      const d = await ask(`{ path(from: "actor:alicia-garza", to: "actor:derek-chauvin") { nodes { id } steps { sources { quote } } } }`);
      const ids = d.path.nodes.map((n: any) => n.id);
      expect(ids).not.toContain("platform:facebook");
      expect(ids).toContain("event:2020-blm-protests");
      cites(d.path.steps, "the murder of George Floyd by then-police officer Derek Chauvin");
    });

    it("D2-9 how is Greta Thunberg connected to Parkland, avoiding the Internet activism hub", async () => {
      const d = await ask(`{ path(from: "actor:greta-thunberg", to: "event:parkland-shooting", avoid: ["topic:internet-activism"]) { nodes { id } } }`);
      const ids = d.path.nodes.map((n: any) => n.id);
      expect(ids).toContain("movement:march-for-our-lives");
      expect(ids).not.toContain("topic:internet-activism");
    });
  });
});
