import { ALL_ENTITY_FIELDS, FULL_LINK_SELECTION, type EntityView, type LinkView } from "../../src/domain";
import type { LinkEntry } from "../../src/graph/compile";
import type { Loaders } from "../../src/graph/loaders";
import { RelationshipCatalogue } from "../../src/services/catalogue";
import { LinkService } from "../../src/services/link.service";
import { toPlannedEntity } from "../../src/services/views";

const row = (id: string) => ({ id, name: id, aliases: null, description: "", note: null, kind: null, date: null, endDate: null });
const entry = (key: string, first = 100): LinkEntry => ({ key, on: null, label: null, types: null, direction: "BOTH", first, ownOnly: false, selection: FULL_LINK_SELECTION });
const link = (key: string) => ({ id: key, type: "INSPIRED", outgoing: true, role: null, date: null, note: null, node: row("movement:b"), sourceSections: [], sourceQuotes: [] });

/** Results come back attached to the entity under the response key; the DataLoader serves the rest. */
describe("link service", () => {
  const loaded: unknown[] = [];
  const loaders = {
    links: { load: async (request: unknown) => (loaded.push(request), [link("loaded")]) },
    influence: { load: async (request: unknown) => (loaded.push(request), [{ distance: 1, movement: row("movement:c") }]) },
  } as unknown as Loaders;
  const service = new LinkService(loaders, RelationshipCatalogue.fromDataDir());
  beforeEach(() => void (loaded.length = 0));

  const plan = {
    fields: ALL_ENTITY_FIELDS,
    sources: false,
    links: [entry("one", 1), entry("two", 2)],
    influence: [{ key: "far", on: null, depth: 3, outgoing: true, fields: ALL_ENTITY_FIELDS }],
  };
  const entity: EntityView = toPlannedEntity({ entity: row("movement:a"), links: [[link("a1")], [link("a1"), link("a2")]], influence: [[row("movement:d")]] }, plan, 100);

  const unbuilt = (): never => {
    throw new Error("a prefetched field built its entry");
  };

  it("reads each aliased field under its own response key, with no DataLoader call and no entry built", async () => {
    expect((await service.links(entity, "one", unbuilt)).map((l: LinkView) => l.key)).toEqual(["a1"]);
    expect((await service.links(entity, "two", unbuilt)).map((l: LinkView) => l.key)).toEqual(["a1", "a2"]);
    expect((await service.influence(entity, "far", unbuilt)).map((m) => m.id)).toEqual(["movement:d"]);
    expect(loaded).toEqual([]);
  });

  it("asks the DataLoader for a field the statement did not reach, checking its arguments first", async () => {
    expect((await service.links(entity, "three", () => entry("three"))).map((l) => l.key)).toEqual(["loaded"]);
    expect(loaded).toHaveLength(1);
    await expect(service.links(entity, "four", () => entry("four", 0))).rejects.toMatchObject({ extensions: { code: "BAD_USER_INPUT", argumentName: "first" } });
    await expect(service.influence(entity, "deep", () => ({ key: "deep", on: null, depth: 6, outgoing: true, fields: ALL_ENTITY_FIELDS }))).rejects.toMatchObject({
      extensions: { code: "BAD_USER_INPUT", argumentName: "depth" },
    });
    expect(loaded).toHaveLength(1);
  });

  it("keeps of a plan what applies to the entity's type, once per response key, refused entries left out", () => {
    const checked = service.checkPlan(
      { ...plan, links: [entry("tags"), { ...entry("tags"), on: "Movement" }, { ...entry("made"), on: "Hashtag" }, entry("bad", 501), { ...entry("typed"), types: ["NOPE"] }] },
      "Movement",
    );
    expect(checked.links.map((l) => l.key)).toEqual(["tags"]);
    expect(checked.influence.map((i) => i.key)).toEqual(["far"]);
  });
});
