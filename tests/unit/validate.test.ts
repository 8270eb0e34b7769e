import { Article } from "../../src/seed/article";
import { ARTICLE_FILE } from "../../src/domain/paths";
import { validateDataset } from "../../src/seed/validate";
import { brokenSampleCopy, SAMPLE_DATA_DIR } from "../helpers/sample-data";

const article = Article.fromFile(ARTICLE_FILE);
const messages = (dir: string) => validateDataset(dir, article).problems.map((p) => `${p.file} ${p.entry}: ${p.message}`);

describe("validateDataset", () => {
  it("accepts the sample dataset", () => {
    const { dataset, problems } = validateDataset(SAMPLE_DATA_DIR, article);
    expect(problems).toEqual([]);
    expect(dataset.nodes).toHaveLength(7);
    expect(dataset.relationships).toHaveLength(5);
  });

  it("rejects a quote that is not verbatim, naming file, entry and section", () => {
    const dir = brokenSampleCopy("nodes/sample.yaml", (nodes) => {
      (nodes[0].sources as { quote: string }[])[0].quote = "The Me Too movement started in Hollywood.";
    });
    expect(messages(dir)).toEqual([expect.stringMatching(/nodes\/sample\.yaml entry 1 \(movement:metoo\): quote not found verbatim in section "Sexual assault activism"/)]);
  });

  it("tells where a quote really is when the section is wrong", () => {
    const dir = brokenSampleCopy("nodes/sample.yaml", (nodes) => {
      (nodes[0].sources as { section: string }[])[0].section = "Black Lives Matter";
    });
    expect(messages(dir).join("\n")).toMatch(/it is in: Sexual assault activism/);
  });

  it("reports every problem at once: unknown reference, bad type, wrong endpoints, duplicates, bad id and date", () => {
    const dir = brokenSampleCopy("relationships/sample.yaml", (rels) => {
      rels[0].to = "movement:nowhere";
      rels[1].type = "LIKED";
      rels[2].to = "actor:tarana-burke";
      rels.push({ ...rels[3] });
      rels.push({ ...rels[4], date: "2012-13-45" });
    });
    const found = messages(dir).join("\n");
    expect(found).toMatch(/unknown reference movement:nowhere/);
    expect(found).toMatch(/unknown relationship type LIKED/);
    expect(found).toMatch(/SPREAD_ON goes from Hashtag\|Movement to Platform, not Hashtag to Actor/);
    expect(found).toMatch(/duplicate relationship movement:march-for-our-lives\|INSPIRED\|movement:school-strike-for-climate/);
    expect(found).toMatch(/entry 7 .*date must be an ISO 8601 date/);
  });

  it("rejects malformed ids, impossible dates, missing sources and isolated nodes", () => {
    const dir = brokenSampleCopy("nodes/sample.yaml", (nodes) => {
      nodes[1].id = "Hashtag:MeToo";
      nodes[6].date = "2018-02-30";
      delete nodes[3].sources;
      nodes.push({ ...nodes[5], id: "movement:lonely" });
    });
    const found = messages(dir).join("\n");
    expect(found).toMatch(/entry 2 .*id must be <label>:<slug>/);
    expect(found).toMatch(/entry 7 .*date is not a real calendar date/);
    expect(found).toMatch(/entry 4 .*sources/);
    expect(found).toMatch(/isolated node: movement:lonely/);
  });
});
