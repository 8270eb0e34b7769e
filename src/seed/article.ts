import fs from "node:fs";

/** The lead paragraphs before the first heading have no heading of their own. */
export const INTRODUCTION = "Introduction";

/** Collapses every run of whitespace to one space, the only normalisation quotes are allowed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * The article split at its `== Heading ==` lines (any level): section name -> whitespace-collapsed
 * text of that section alone (sub-sections are their own entries).
 */
export class Article {
  readonly sections: ReadonlyMap<string, string>;

  constructor(readonly text: string) {
    const sections = new Map<string, string[]>([[INTRODUCTION, []]]);
    let current = INTRODUCTION;
    for (const line of text.split(/\r?\n/)) {
      const heading = /^(={2,6})\s*(.+?)\s*\1\s*$/.exec(line);
      if (heading) {
        current = heading[2];
        if (!sections.has(current)) sections.set(current, []);
      } else {
        sections.get(current)!.push(line);
      }
    }
    this.sections = new Map([...sections].map(([name, lines]) => [name, collapseWhitespace(lines.join("\n"))]));
  }

  static fromFile(file: string): Article {
    return new Article(fs.readFileSync(file, "utf8"));
  }

  hasSection(name: string): boolean {
    return this.sections.has(name);
  }

  /** True when `quote` occurs verbatim (whitespace collapsed) in the named section. */
  quoteIsIn(section: string, quote: string): boolean {
    const body = this.sections.get(section);
    const needle = collapseWhitespace(quote);
    return body !== undefined && needle.length > 0 && body.includes(needle);
  }

  /** Other sections containing the quote, to suggest the right one in an error. */
  sectionsContaining(quote: string): string[] {
    const needle = collapseWhitespace(quote);
    return [...this.sections].filter(([, body]) => body.includes(needle)).map(([name]) => name);
  }
}
