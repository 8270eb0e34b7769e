import { Article, INTRODUCTION } from "../../src/seed/article";
import { ARTICLE_FILE } from "../../src/domain/paths";

describe("Article", () => {
  const article = Article.fromFile(ARTICLE_FILE);

  it("splits the article at every heading level, with the lead as Introduction", () => {
    expect([...article.sections.keys()].slice(0, 4)).toEqual([INTRODUCTION, "Types", "Development processes", "Examples of early activism"]);
    expect(article.hasSection("March For Our Lives")).toBe(true);
    expect(article.hasSection("Performative activism")).toBe(true);
  });

  it("matches quotes across line breaks and runs of spaces, but only in their own section", () => {
    expect(article.quoteIsIn(INTRODUCTION, "community  building,\n and lobbying")).toBe(false);
    expect(article.quoteIsIn(INTRODUCTION, "community building,\n lobbying, and organizing")).toBe(true);
    expect(article.quoteIsIn("Types", "community building, lobbying, and organizing")).toBe(false);
  });
});
