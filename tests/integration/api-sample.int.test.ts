import { gql, type GqlResult } from "../helpers/gql";
import { useSampleServer } from "../helpers/sample-server";

/** The contract of issue 4, over the small sample graph (7 entities, 5 relationships, real quotes). */
describe("GraphQL API over the sample graph", () => {
  const sample = useSampleServer();
  const run = (query: string, variables?: Record<string, unknown>) => gql(sample.server.apollo, sample.server.createContext, query, variables);
  const codeOf = (result: GqlResult) => result.errors?.[0]?.extensions?.code;

  describe("node and lookups", () => {
    it("resolves any id to its concrete type, and null for an absent one", async () => {
      const { data, errors } = await run(`{
        a: node(id: "movement:metoo") { __typename id ... on Movement { name } }
        b: node(id: "event:parkland-shooting") { __typename ... on Event { date datePrecision } }
        c: node(id: "movement:does-not-exist") { id }
      }`);
      expect(errors).toBeUndefined();
      expect(data).toEqual({
        a: { __typename: "Movement", id: "movement:metoo", name: "Me Too movement" },
        b: { __typename: "Event", date: "2018-02-14", datePrecision: "DAY" },
        c: null,
      });
    });

    it("rejects a malformed id with BAD_USER_INPUT naming the argument", async () => {
      const result = await run(`{ node(id: "MATCH (n) DETACH DELETE n") { id } }`);
      expect(codeOf(result)).toBe("BAD_USER_INPUT");
      expect(result.errors?.[0].extensions?.argumentName).toBe("id");
    });

    it("finds an entity by name or alias, case-insensitively, with the # optional for hashtags", async () => {
      const { data } = await run(`{
        byAlias: movement(name: "fridays for FUTURE") { id }
        byName: movement(name: "me too MOVEMENT") { id }
        tagWithout: hashtag(name: "metoo") { name }
        tagWith: hashtag(name: "#MeToo") { name }
        byId: actor(id: "actor:tarana-burke") { name kind }
        wrongLabel: actor(id: "movement:metoo") { id }
      }`);
      expect(data).toEqual({
        byAlias: { id: "movement:school-strike-for-climate" },
        byName: { id: "movement:metoo" },
        tagWithout: { name: "#MeToo" },
        tagWith: { name: "#MeToo" },
        byId: { name: "Tarana Burke", kind: "PERSON" },
        wrongLabel: null,
      });
    });

    it("requires exactly one of id and name", async () => {
      expect(codeOf(await run(`{ movement { id } }`))).toBe("BAD_USER_INPUT");
      expect(codeOf(await run(`{ movement(id: "movement:metoo", name: "Me Too") { id } }`))).toBe("BAD_USER_INPUT");
    });
  });

  describe("relationships", () => {
    it("lists every relation of an entity with its direction and verbatim sources", async () => {
      const { data } = await run(`{ movement(id: "movement:metoo") {
        relations(ownOnly: true) { type direction node { id } sources { section quote } date }
      } }`);
      expect(data.movement.relations).toEqual([
        {
          type: "CREATED",
          direction: "INCOMING",
          node: { id: "actor:tarana-burke" },
          date: "2006",
          sources: [{ section: "Sexual assault activism", quote: 'Initially, the activist Tarana Burke created the phrase back in 2006 to "empower women through empathy"' }],
        },
        {
          type: "USED_HASHTAG",
          direction: "OUTGOING",
          node: { id: "hashtag:metoo" },
          date: null,
          sources: [{ section: "Sexual assault activism", quote: "the #MeToo hashtag had been reused over 500,000 times on that same media" }],
        },
      ]);
    });

    it("reads sources and details only where selected, whatever the fragments, aliases and directives", async () => {
      // Links fetch sources and the other end's details only for fields that select them; the same
      // field under two aliases, in fragments or behind @include must still get what it asks for.
      const { data, errors } = await run(
        `query ($withSources: Boolean!) { movement(id: "movement:metoo") {
          bare: relations(ownOnly: true) { node { id } }
          viaFragment: relations(ownOnly: true) { ...LinkSources node { ... on Actor { kind } ... on Hashtag { name } } }
          viaDirective: relations(ownOnly: true) { sources @include(if: $withSources) { quote } node { id name description } }
          actors { node { ...ActorDetail } }
        } }
        fragment LinkSources on Relation { sources { section } }
        fragment ActorDetail on Actor { name kind description }`,
        { withSources: true },
      );
      expect(errors).toBeUndefined();
      expect(data.movement.bare).toEqual([{ node: { id: "actor:tarana-burke" } }, { node: { id: "hashtag:metoo" } }]);
      expect(data.movement.viaFragment).toEqual([
        { sources: [{ section: "Sexual assault activism" }], node: { kind: "PERSON" } },
        { sources: [{ section: "Sexual assault activism" }], node: { name: "#MeToo" } },
      ]);
      expect(data.movement.viaDirective[0].sources[0].quote).toMatch(/^Initially, the activist Tarana Burke/);
      expect(data.movement.viaDirective[1].node.description).toEqual(expect.any(String));
      expect(data.movement.actors).toEqual([{ node: { name: "Tarana Burke", kind: "PERSON", description: expect.stringMatching(/\S/) } }]);
      const skipped = await run(`query ($withSources: Boolean!) { movement(id: "movement:metoo") { relations { key sources @include(if: $withSources) { quote } } } }`, { withSources: false });
      expect(skipped.data.movement.relations[0]).toEqual({ key: "actor:tarana-burke|CREATED|movement:metoo" });
    });

    it("reads only the selected properties in lists, hits, rings and influence, fragments included", async () => {
      const { data, errors } = await run(`{
        movements(first: 1) { edges { node { ...Described } } }
        search(query: "tarana") { entity { name ... on Actor { kind } } }
        neighborhood(id: "event:parkland-shooting") { nodes { id ... on Event { datePrecision } } edges { sources { quote } } }
        movement(id: "movement:march-for-our-lives") { inspired { aliases } }
      }
      fragment Described on Entity { description aliases }`);
      expect(errors).toBeUndefined();
      expect(data.movements.edges[0].node).toEqual({ description: expect.stringMatching(/\S/), aliases: expect.any(Array) });
      expect(data.search[0].entity).toEqual({ name: "Tarana Burke", kind: "PERSON" });
      expect(data.neighborhood.nodes[0]).toEqual({ id: "event:parkland-shooting", datePrecision: "DAY" });
      expect(data.neighborhood.edges.every((e: { sources: unknown[] }) => e.sources.length > 0)).toBe(true);
      expect(data.movement.inspired[0].aliases).toEqual(expect.arrayContaining([expect.any(String)]));
    });

    it("narrows relations by type and direction, and rejects unknown types", async () => {
      const { data } = await run(`{ movement(id: "movement:metoo") {
        out: relations(direction: OUTGOING, ownOnly: true) { type }
        created: relations(types: [CREATED]) { node { name } }
      } }`);
      expect(data.movement).toEqual({ out: [{ type: "USED_HASHTAG" }], created: [{ node: { name: "Tarana Burke" } }] });
      // The vocabulary is an enum: an unknown type fails validation, before anything runs.
      const bad = await run(`{ movement(id: "movement:metoo") { relations(types: [LIKES]) { type } } }`);
      expect(codeOf(bad)).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(bad.errors?.[0].message).toMatch(/Value "LIKES" does not exist in "RelationshipType" enum/);
    });

    it("answers a movement and its hashtag as one: each lists the other's links with `via`, unless ownOnly", async () => {
      const { data, errors } = await run(`{
        movement(id: "movement:metoo") {
          platforms { type direction node { id } via { __typename id name } sources { quote } }
          own: platforms(ownOnly: true) { node { id } }
        }
        hashtag(id: "hashtag:metoo") { createdBy { node { id } via { id } sources { quote } } }
      }`);
      expect(errors).toBeUndefined();
      // The sample states Twitter of the hashtag only; the movement lists it through #MeToo.
      expect(data.movement.platforms).toEqual([
        {
          type: "SPREAD_ON",
          direction: "OUTGOING",
          node: { id: "platform:twitter" },
          via: { __typename: "Hashtag", id: "hashtag:metoo", name: "#MeToo" },
          sources: [{ quote: "in no more than a day after Milano's tweet, the #MeToo hashtag had been reused over 500,000 times on that same media" }],
        },
      ]);
      expect(data.movement.own).toEqual([]);
      // Tarana Burke created the movement; the hashtag names her through it.
      expect(data.hashtag.createdBy).toMatchObject([{ node: { id: "actor:tarana-burke" }, via: { id: "movement:metoo" } }]);
      expect(data.hashtag.createdBy[0].sources.length).toBeGreaterThan(0);
    });

    it("reads typed fields naturally: a movement's hashtags and actors, a hashtag's platforms", async () => {
      const { data } = await run(`{
        movement(id: "movement:metoo") { hashtags { node { name } type } actors { node { name kind } type } }
        hashtag(name: "metoo") { platforms { node { name } sources { quote } } movements { node { id } } }
      }`);
      expect(data.movement.hashtags).toEqual([{ node: { name: "#MeToo" }, type: "USED_HASHTAG" }]);
      expect(data.movement.actors).toEqual([{ node: { name: "Tarana Burke", kind: "PERSON" }, type: "CREATED" }]);
      expect(data.hashtag.platforms[0].node.name).toBe("Twitter");
      expect(data.hashtag.platforms[0].sources[0].quote).toMatch(/^in no more than a day after Milano's tweet/);
      expect(data.hashtag.movements).toEqual([{ node: { id: "movement:metoo" } }]);
    });

    it("gives the sources of entities reached in bulk too, batched per depth", async () => {
      const queries: string[] = [];
      const stop = sample.db.graph.onQuery((name) => queries.push(name));
      const { data } = await run(`{
        movements { edges { node { id sources { section quote } } } }
        hashtag(name: "metoo") { movements { node { sources { quote } } } }
      }`);
      stop();
      const mfol = data.movements.edges.find((e: any) => e.node.id === "movement:march-for-our-lives").node;
      expect(mfol.sources).toEqual([{ section: "March For Our Lives", quote: "This hashtag turned into an entire movement of over 800 protests across the United States" }]);
      expect(data.hashtag.movements[0].node.sources).toEqual([{ quote: "The Me Too movement is a similar movement that started in Hollywood." }]);
      // At most one batch per depth (the list's nodes, the linked nodes a level deeper); the two
      // share a batch when both are asked for in the same tick. Never one query per entity.
      const batches = queries.filter((q) => q === "entities by ids").length;
      expect(batches).toBeGreaterThanOrEqual(1);
      expect(batches).toBeLessThanOrEqual(2);
    });

    it("follows INSPIRED both ways", async () => {
      const { data } = await run(`{
        mfol: movement(id: "movement:march-for-our-lives") { inspired { id } inspiredBy { id } }
        ssc: movement(id: "movement:school-strike-for-climate") { inspiredBy(depth: 3) { id } }
      }`);
      expect(data).toEqual({
        mfol: { inspired: [{ id: "movement:school-strike-for-climate" }], inspiredBy: [] },
        ssc: { inspiredBy: [{ id: "movement:march-for-our-lives" }] },
      });
      expect(codeOf(await run(`{ movement(id: "movement:metoo") { inspired(depth: 6) { id } } }`))).toBe("BAD_USER_INPUT");
    });
  });

  describe("search", () => {
    it("finds by prefix and ignores the hashtag sign", async () => {
      const { data } = await run(`{
        tag: search(query: "metoo") { entity { id } }
        prefix: search(query: "Parkl") { entity { id } }
        typed: search(query: "me too", types: [MOVEMENT]) { entity { __typename id } }
      }`);
      expect(data.tag.map((h: any) => h.entity.id)).toContain("hashtag:metoo");
      expect(data.prefix[0].entity.id).toBe("event:parkland-shooting");
      expect(data.typed.every((h: any) => h.entity.__typename === "Movement")).toBe(true);
      expect(data.typed[0].entity.id).toBe("movement:metoo");
    });

    it.each(['metoo AND (', '"unbalanced', "title:x~ ^2 /re/ \\\\", "*", "   "])("never fails on Lucene syntax: %s", async (query) => {
      const result = await run(`query($q: String!) { search(query: $q) { score } }`, { q: query });
      expect(result.errors).toBeUndefined();
      expect(Array.isArray(result.data.search)).toBe(true);
    });
  });

  describe("path", () => {
    it("returns a shortest path with every hop's type, direction and quotes", async () => {
      const { data } = await run(`{ path(from: "actor:tarana-burke", to: "platform:twitter") {
        length nodes { id } steps { from { id } to { id } type direction sources { section } }
      } }`);
      expect(data.path.length).toBe(3);
      expect(data.path.nodes.map((n: any) => n.id)).toEqual(["actor:tarana-burke", "movement:metoo", "hashtag:metoo", "platform:twitter"]);
      expect(data.path.steps.map((s: any) => [s.type, s.direction])).toEqual([
        ["CREATED", "FORWARD"],
        ["USED_HASHTAG", "FORWARD"],
        ["SPREAD_ON", "FORWARD"],
      ]);
      expect(data.path.steps.every((s: any) => s.sources.length > 0)).toBe(true);
    });

    it("reports BACKWARD hops, null beyond maxHops, and NOT_FOUND for unknown ids", async () => {
      const back = await run(`{ path(from: "hashtag:metoo", to: "actor:tarana-burke") { steps { type direction } } }`);
      expect(back.data.path.steps).toEqual([
        { type: "USED_HASHTAG", direction: "BACKWARD" },
        { type: "CREATED", direction: "BACKWARD" },
      ]);
      expect((await run(`{ path(from: "actor:tarana-burke", to: "platform:twitter", maxHops: 2) { length } }`)).data.path).toBeNull();
      expect((await run(`{ path(from: "actor:tarana-burke", to: "movement:march-for-our-lives") { length } }`)).data.path).toBeNull();
      expect(codeOf(await run(`{ path(from: "actor:nobody", to: "platform:twitter") { length } }`))).toBe("NOT_FOUND");
      expect(codeOf(await run(`{ path(from: "actor:tarana-burke", to: "platform:twitter", maxHops: 9) { length } }`))).toBe("BAD_USER_INPUT");
    });
  });

  describe("neighborhood", () => {
    it("returns the centre, the rings around it and the edges among them", async () => {
      const { data } = await run(`{ neighborhood(id: "hashtag:metoo", depth: 1) { nodes { id } edges { type from to sources { quote } } truncated } }`);
      expect(data.neighborhood.nodes.map((n: any) => n.id)).toEqual(["hashtag:metoo", "movement:metoo", "platform:twitter"]);
      expect(data.neighborhood.edges.map((e: any) => `${e.from} ${e.type} ${e.to}`).sort()).toEqual([
        "hashtag:metoo SPREAD_ON platform:twitter",
        "movement:metoo USED_HASHTAG hashtag:metoo",
      ]);
      expect(data.neighborhood.truncated).toBe(false);
    });

    it("stops at limit and says so", async () => {
      const { data } = await run(`{ neighborhood(id: "hashtag:metoo", depth: 2, limit: 2) { nodes { id } truncated } }`);
      expect(data.neighborhood.nodes).toHaveLength(2);
      expect(data.neighborhood.truncated).toBe(true);
    });
  });

  describe("timeline and stats", () => {
    it("lists dated events in a window and rejects invalid dates", async () => {
      const inside = await run(`{ timeline(from: "2018", to: "2018-02") {
        edges { node { date datePrecision sources { quote } ... on EventEntry { event { id } } ... on FactEntry { key subject { id } type object { id } } } } totalCount } }`);
      // The fixture's quote is unquoted YAML, so its "#MarchForOurLives ..." tail reads as a comment.
      const quote = "After the Parkland high school shooting on February 14, 2018,";
      expect(inside.data.timeline).toEqual({
        edges: [
          { node: { event: { id: "event:parkland-shooting" }, date: "2018-02-14", datePrecision: "DAY", sources: expect.any(Array) } },
          {
            node: {
              key: "event:parkland-shooting|TRIGGERED|movement:march-for-our-lives",
              subject: { id: "event:parkland-shooting" },
              type: "TRIGGERED",
              object: { id: "movement:march-for-our-lives" },
              date: "2018-02-14",
              datePrecision: "DAY",
              sources: [{ quote }],
            },
          },
        ],
        totalCount: 2,
      });
      const burke = await run(`{ timeline(entity: "actor:tarana-burke") { edges { node { date ... on FactEntry { type object { id } } } } } }`);
      expect(burke.data.timeline.edges).toEqual([{ node: { date: "2006", type: "CREATED", object: { id: "movement:metoo" } } }]);
      const outside = await run(`{ timeline(from: "2018-03") { totalCount } }`);
      expect(outside.data.timeline.totalCount).toBe(0);
      for (const bad of ["2012-13-45", "yesterday", "2018-02-30"]) {
        const result = await run(`query($d: String) { timeline(from: $d) { totalCount } }`, { d: bad });
        expect(codeOf(result)).toBe("BAD_USER_INPUT");
        expect(result.errors?.[0].extensions?.argumentName).toBe("from");
      }
    });

    it("counts entities and relationships, and lists the vocabulary", async () => {
      const { data } = await run(`{ stats { entityCount relationshipCount } relationshipTypes { type from to } }`);
      expect(data.stats).toEqual({ entityCount: 7, relationshipCount: 5 });
      expect(data.relationshipTypes).toContainEqual({ type: "INSPIRED", from: ["Movement"], to: ["Movement"] });
    });
  });
});
