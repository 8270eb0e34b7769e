import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { seedGraph } from "../../src/seed/seed";
import { connectTestDb, resetDb, type TestDb } from "../helpers/test-db";
import { startTestServer, type TestServer } from "../helpers/test-server";
import { launchChromium, type Browser } from "./chromium";

// explorer/build.js is plain CommonJS (it runs before any TypeScript is compiled).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildExplorer } = require("../../explorer/build.js") as { buildExplorer(): Promise<{ bytes: number }> };

/** Screenshots of a failing step land here (git-ignored); `EXPLORER_DOCS=1` also refreshes docs/. */
const FAILURES = path.join(__dirname, "artifacts");
const DOCS = path.join(__dirname, "..", "..", "docs");
const WRITE_DOCS = process.env.EXPLORER_DOCS === "1";

let db: TestDb;
let server: TestServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  await buildExplorer();
  db = connectTestDb({ timeoutMs: 30_000 }); // reset and seed under a loaded CI machine
  await resetDb(db.graph);
  await seedGraph(db.graph); // the curated article graph, as `npm start` loads it
  server = await startTestServer(db.graph);
  browser = await launchChromium();
  page = await browser.context.newPage();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await db?.close();
});

/** Runs one step; on failure saves a screenshot named after it, then rethrows. */
async function step<T>(name: string, work: () => Promise<T>, on: Page = page): Promise<T> {
  try {
    return await work();
  } catch (error) {
    fs.mkdirSync(FAILURES, { recursive: true });
    await on.screenshot({ path: path.join(FAILURES, `${name}.png`), fullPage: true }).catch(() => undefined);
    throw error;
  }
}

async function docShot(on: Page, name: string): Promise<void> {
  if (WRITE_DOCS) await on.screenshot({ path: path.join(DOCS, `explorer-${name}.png`) });
}

/** Waits until the element shows exactly this text. */
async function waitText(on: Page, selector: string, text: string): Promise<void> {
  await on.locator(selector, { hasText: text }).first().waitFor();
  expect(await on.locator(selector).first().textContent()).toBe(text);
}

const visibleIds = (on: Page) => on.$$eval("#node-list input.pick", (boxes) => boxes.map((b) => (b as unknown as { dataset: { id: string } }).dataset.id).sort());

describe("explorer page in headless Chromium", () => {
  const cspViolations: string[] = [];
  const pageErrors: string[] = [];
  let permalink = "";
  let shownIds: string[] = [];
  let hopTitles: string[] = [];

  it("serves the page with a same-origin CSP and no inline script", async () => {
    const response = await fetch(`${server.url}/explore`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-security-policy")).toContain("script-src 'self'");
    const html = await response.text();
    expect(html).toContain('<script src="/explore/explorer.js" defer></script>');
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
    const bundle = await fetch(`${server.url}/explore/explorer.js`);
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get("content-type")).toMatch(/javascript/);
  });

  it("searches, draws the hit's neighbourhood and shows its quotes", async () => {
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error" && /Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    await step("01-search", async () => {
      await page.goto(`${server.url}/explore`);
      await page.waitForSelector("body[data-ready=true]");
      await page.fill("#search-input", "Tarana");
      await page.press("#search-input", "Enter");
      const hit = page.locator('#search-results button.hit[data-id="actor:tarana-burke"]');
      await hit.waitFor();
      await docShot(page, "1-search");
      // Keyboard: the first result has focus after a search; Enter opens it.
      expect(await page.evaluate("document.activeElement && document.activeElement.dataset.id")).toBe("actor:tarana-burke");
      await page.keyboard.press("Enter");
      await page.locator('#node-list input[data-id="movement:metoo"]').waitFor();
      await waitText(page, "#details h3", "Tarana Burke");
      const quote = await page.locator("#details blockquote").first().textContent();
      expect(quote).toContain("Tarana Burke");
    });
  });

  it("expands a node from the keyboard list with Enter", async () => {
    await step("02-expand", async () => {
      const before = await visibleIds(page);
      expect(before).not.toContain("actor:alyssa-milano");
      await page.focus('#node-list input[data-id="movement:metoo"]');
      await page.keyboard.press("Enter");
      await page.locator('#node-list input[data-id="actor:alyssa-milano"]').waitFor();
      const after = await visibleIds(page);
      expect(after.length).toBeGreaterThan(before.length);
      expect(after).toEqual(expect.arrayContaining(before));
    });
  });

  it("draws the shortest path between two ticked nodes, each hop cited", async () => {
    await step("03-path", async () => {
      expect(await page.locator('#node-list input[data-id="actor:tarana-burke"]').isChecked()).toBe(true);
      await page.check('#node-list input[data-id="actor:alyssa-milano"]');
      await page.locator("#path-panel:not([hidden]) li.hop").first().waitFor();
      hopTitles = await page.locator("#path li.hop .hop-title").allTextContents();
      expect(hopTitles.length).toBeGreaterThanOrEqual(1);
      expect(hopTitles[0].startsWith("Tarana Burke")).toBe(true);
      expect(hopTitles[hopTitles.length - 1].endsWith("Alyssa Milano")).toBe(true);
      for (const hop of await page.locator("#path li.hop").all()) {
        expect(((await hop.locator("blockquote").first().textContent()) ?? "").length).toBeGreaterThan(20);
      }
      // The same hop quotes the API gives for this path.
      const api = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: `{ path(from: "actor:tarana-burke", to: "actor:alyssa-milano") { steps { sources { quote } } } }` }),
      }).then((r) => r.json() as Promise<{ data: { path: { steps: { sources: { quote: string }[] }[] } } }>);
      const firstQuotes = await page.locator("#path li.hop").first().locator("blockquote").allTextContents();
      expect(firstQuotes).toEqual(api.data.path.steps[0].sources.map((s) => `“${s.quote}”`));
      await docShot(page, "2-path");
    });
  });

  it("shows the quotes of the selected node or edge, and the dated facts on screen", async () => {
    await step("04-quotes", async () => {
      await waitText(page, "#details h3", "Alyssa Milano");
      expect(await page.locator("#details blockquote").count()).toBeGreaterThan(0);
      const dates = await page.locator("#timeline .fact time").allTextContents();
      expect(dates.length).toBeGreaterThan(0);
      expect([...dates].sort()).toEqual(dates);
      // A dated relationship in the strip selects that edge and shows its own quote.
      await page.click('#timeline button.fact-edge[data-id="actor:tarana-burke|CREATED|movement:metoo"]');
      await waitText(page, "#details h3", "Tarana Burke CREATED Me Too movement");
      expect(await page.locator("#details blockquote").allTextContents()).toEqual([expect.stringContaining("Tarana Burke created the phrase")]);
      expect(page.url()).toContain("select=actor%3Atarana-burke%7CCREATED%7Cmovement%3Ametoo");
    });
  });

  it("hides an entity type with its filter and shows it again", async () => {
    await step("05-filter", async () => {
      const all = await visibleIds(page);
      expect(all.filter((id) => id.startsWith("topic:")).length).toBeGreaterThan(0);
      await page.uncheck('#label-filters input[value="Topic"]');
      const filtered = await visibleIds(page);
      expect(filtered).toEqual(all.filter((id) => !id.startsWith("topic:")));
      expect(page.url()).toContain("hide=Topic");
      await page.check('#label-filters input[value="Topic"]');
      expect(await visibleIds(page)).toEqual(all);
    });
  });

  it("downloads a PNG of the drawing", async () => {
    await step("06-png", async () => {
      const [png] = await Promise.all([page.waitForEvent("download"), page.click("#png-button")]);
      const bytes = fs.readFileSync(await png.path());
      expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
      expect(bytes.length).toBeGreaterThan(5000);
      expect(png.suggestedFilename()).toBe("activism-graph-actor-tarana-burke.png");
    });
  });

  it("downloads the neighbourhood from the API's /export/ endpoint", async () => {
    await step("06-export", async () => {
      const link = page.locator('#export-neighborhood a[aria-label$="as JSON"]');
      expect(await link.getAttribute("href")).toBe("/export/neighborhood.json?id=actor%3Atarana-burke&depth=1&limit=60");
      const [json] = await Promise.all([page.waitForEvent("download"), link.click()]);
      expect(await json.failure()).toBeNull();
      const exported = JSON.parse(fs.readFileSync(await json.path(), "utf8")) as { nodes: { id: string }[]; edges: { sources: unknown[] }[] };
      // The export holds the neighbourhood the page drew first (before any expansion), every edge cited.
      const api = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: `{ neighborhood(id: "actor:tarana-burke", depth: 1, limit: 60) { nodes { id } } }` }),
      }).then((r) => r.json() as Promise<{ data: { neighborhood: { nodes: { id: string }[] } } }>);
      expect(exported.nodes.map((n) => n.id).sort()).toEqual(api.data.neighborhood.nodes.map((n) => n.id).sort());
      expect(exported.edges.length).toBeGreaterThan(0);
      for (const edge of exported.edges) expect(edge.sources.length).toBeGreaterThan(0);
      const pathLink = page.locator('#export-path a[aria-label$="as GRAPHML"]');
      expect(await pathLink.getAttribute("href")).toBe("/export/path.graphml?from=actor%3Atarana-burke&to=actor%3Aalyssa-milano");
    });
  });

  it("reopens the same view from its permalink, also on a phone-sized screen", async () => {
    shownIds = await visibleIds(page);
    permalink = (await page.locator("#permalink").getAttribute("href")) ?? "";
    expect(permalink).toContain("focus=actor%3Atarana-burke");
    expect(permalink).toContain("expand=movement%3Ametoo");
    expect(permalink).toContain("path=actor%3Atarana-burke%2Cactor%3Aalyssa-milano");
    for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
      const fresh = await browser.context.newPage();
      await fresh.setViewportSize(viewport);
      await step(`07-permalink-${viewport.width}`, async () => {
        await fresh.goto(`${server.url}${permalink}`);
        await fresh.waitForSelector("body[data-ready=true]");
        expect(await visibleIds(fresh)).toEqual(shownIds);
        expect(await fresh.locator("#path li.hop .hop-title").allTextContents()).toEqual(hopTitles);
        expect((await fresh.evaluate("document.documentElement.scrollWidth")) as number).toBeLessThanOrEqual(viewport.width);
        if (viewport.width < 500) await docShot(fresh, "4-phone");
        else await docShot(fresh, "3-permalink");
      }, fresh);
      await fresh.close();
    }
  });

  it("runs Cypher in the console: nodes and relationships drawn, other values as a table", async () => {
    await step("08-cypher", async () => {
      const before = await visibleIds(page);
      expect(before).not.toContain("movement:black-lives-matter");
      await page.click("#cypher-panel summary");
      await page.fill("#cypher-input", "MATCH (a)-[r]->(m:Movement {id: $id}) RETURN a, r, m ORDER BY a.name LIMIT 5");
      await page.fill("#cypher-params", '{"id": "movement:black-lives-matter"}');
      await page.click("#cypher-form button[type=submit]");
      await page.locator('#node-list input[data-id="movement:black-lives-matter"]').waitFor();
      expect(await page.locator("#cypher-result th").allTextContents()).toEqual(["a", "r", "m"]);
      const cells = await page.locator("#cypher-result td").allTextContents();
      expect(cells).toContain("Black Lives Matter (Movement)");
      expect(cells.some((c) => /^:[A-Z_]+$/.test(c))).toBe(true);
      expect(page.url()).toContain("cypher=");
      // A node drawn from a Cypher cell shows its quotes and date like any other.
      await page.check('#node-list input[data-id="event:2020-blm-protests"]');
      await waitText(page, "#details h3", "2020 BLM protests");
      expect(await page.locator("#details blockquote").count()).toBeGreaterThan(0);
      expect(await page.locator("#timeline .fact time").allTextContents()).toContain("2020");
      await page.locator("#cypher-result").scrollIntoViewIfNeeded();
      await docShot(page, "5-cypher");

      const stats = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ stats { labels { label count } } }" }),
      }).then((r) => r.json() as Promise<{ data: { stats: { labels: { label: string; count: number }[] } } }>);
      const movements = stats.data.stats.labels.find((l) => l.label === "Movement")?.count;
      const drawn = await visibleIds(page);
      await page.fill("#cypher-input", "MATCH (m:Movement) RETURN count(m) AS movements");
      await page.fill("#cypher-params", "");
      await page.click("#cypher-form button[type=submit]");
      await page.locator("#cypher-result th", { hasText: "movements" }).waitFor();
      expect(await page.locator("#cypher-result td").allTextContents()).toEqual([String(movements)]);
      expect(await visibleIds(page)).toEqual(drawn);
    });
  });

  it("raised no script error and no CSP violation", () => {
    expect(pageErrors).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});
