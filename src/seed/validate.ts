import fs from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { Article } from "./article";
import {
  labelOf,
  nodeSchema,
  relationshipKey,
  relationshipSchema,
  relationshipTypeSchema,
  type NodeEntry,
  type RelationshipEntry,
  type RelationshipType,
  type SourceEntry,
} from "../domain/vocabulary";

export type Problem = { file: string; entry: string; message: string };
export type Dataset = {
  nodes: NodeEntry[];
  relationships: RelationshipEntry[];
  types: RelationshipType[];
};
export type ValidationResult = { dataset: Dataset; problems: Problem[] };

type Located<T> = { file: string; entry: string; value: T };

/**
 * Reads every data file and checks all of it before anything is written: shape, ids, references,
 * endpoint labels, dates, and that every quote is verbatim in its named section of the article.
 * Reports every problem at once, each with file and entry.
 */
export function validateDataset(dataDir: string, article: Article): ValidationResult {
  const problems: Problem[] = [];
  const rel = (file: string) => path.relative(process.cwd(), file) || file;

  const types = readEntries(path.join(dataDir, "relationship-types.yaml"), relationshipTypeSchema, problems, rel, (t) => t.type);
  const nodes = readDir(path.join(dataDir, "nodes"), nodeSchema, problems, rel, (n) => n.id);
  const relationships = readDir(path.join(dataDir, "relationships"), relationshipSchema, problems, rel, (r) => relationshipKey(r));

  const typeByName = new Map<string, RelationshipType>();
  for (const t of types) {
    if (typeByName.has(t.value.type)) problems.push({ ...where(t), message: `duplicate relationship type ${t.value.type}` });
    typeByName.set(t.value.type, t.value);
  }

  const nodeIds = new Set<string>();
  for (const n of nodes) {
    const node = n.value;
    if (nodeIds.has(node.id)) problems.push({ ...where(n), message: `duplicate id ${node.id}` });
    nodeIds.add(node.id);
    checkNodeFields(node).forEach((message) => problems.push({ ...where(n), message }));
    checkSources(node.sources, article).forEach((message) => problems.push({ ...where(n), message }));
    checkSources(node.quantities ?? [], article).forEach((message) => problems.push({ ...where(n), message: `quantity ${message}` }));
  }

  const keys = new Set<string>();
  const linked = new Set<string>();
  for (const r of relationships) {
    const link = r.value;
    const key = relationshipKey(link);
    if (keys.has(key)) problems.push({ ...where(r), message: `duplicate relationship ${key}: merge its quotes into one entry's sources` });
    keys.add(key);
    for (const end of [link.from, link.to]) {
      if (!nodeIds.has(end)) problems.push({ ...where(r), message: `unknown reference ${end}` });
      linked.add(end);
    }
    const type = typeByName.get(link.type);
    if (!type) {
      problems.push({ ...where(r), message: `unknown relationship type ${link.type} (see relationship-types.yaml)` });
    } else if (nodeIds.has(link.from) && nodeIds.has(link.to)) {
      if (!type.from.includes(labelOf(link.from)) || !type.to.includes(labelOf(link.to))) {
        problems.push({
          ...where(r),
          message: `${link.type} goes from ${type.from.join("|")} to ${type.to.join("|")}, not ${labelOf(link.from)} to ${labelOf(link.to)}`,
        });
      }
    }
    if (link.dateQualifier && !link.date) problems.push({ ...where(r), message: "dateQualifier needs a date" });
    if (link.from === link.to) problems.push({ ...where(r), message: "a relationship must join two different entities" });
    checkSources(link.sources, article).forEach((message) => problems.push({ ...where(r), message }));
  }

  for (const n of nodes) {
    if (!linked.has(n.value.id)) problems.push({ ...where(n), message: `isolated node: ${n.value.id} takes part in no relationship` });
  }

  return {
    dataset: { nodes: nodes.map((n) => n.value), relationships: relationships.map((r) => r.value), types: types.map((t) => t.value) },
    problems,
  };
}

export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `${p.file} ${p.entry}: ${p.message}`).join("\n");
}

function where<T>(located: Located<T>): Omit<Problem, "message"> {
  return { file: located.file, entry: located.entry };
}

function checkNodeFields(node: NodeEntry): string[] {
  const label = labelOf(node.id);
  const out: string[] = [];
  if (label === "Actor" && !node.kind) out.push("an actor needs a kind");
  if (label !== "Actor" && node.kind) out.push("only actors have a kind");
  if (label !== "Event" && (node.date || node.endDate)) out.push("only events have a date");
  if (label === "Event" && !node.date && !node.note) out.push("an event without a date needs a note saying why");
  if (node.endDate && (!node.date || node.endDate < node.date)) out.push("endDate needs a date at or before it");
  if (node.dateQualifier && !node.date) out.push("dateQualifier needs a date");
  if (label === "Hashtag" && !node.name.startsWith("#")) out.push("a hashtag's name starts with #");
  return out;
}

function checkSources(sources: SourceEntry[], article: Article): string[] {
  return sources.flatMap((source) => {
    if (!article.hasSection(source.section)) return [`unknown section "${source.section}"`];
    if (article.quoteIsIn(source.section, source.quote)) return [];
    const elsewhere = article.sectionsContaining(source.quote);
    const hint = elsewhere.length ? ` (it is in: ${elsewhere.join(", ")})` : "";
    return [`quote not found verbatim in section "${source.section}"${hint}: "${source.quote.slice(0, 80)}"`];
  });
}

function readDir<T>(dir: string, schema: z.ZodType<T>, problems: Problem[], rel: (f: string) => string, idOf: (v: T) => string): Located<T>[] {
  if (!fs.existsSync(dir)) {
    problems.push({ file: rel(dir), entry: "-", message: "folder is missing" });
    return [];
  }
  return fs
    .readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .flatMap((name) => readEntries(path.join(dir, name), schema, problems, rel, idOf));
}

function readEntries<T>(file: string, schema: z.ZodType<T>, problems: Problem[], rel: (f: string) => string, idOf: (v: T) => string): Located<T>[] {
  let raw: unknown;
  try {
    raw = parseYaml(fs.readFileSync(file, "utf8"));
  } catch (error) {
    problems.push({ file: rel(file), entry: "-", message: `cannot be read: ${(error as Error).message.split("\n")[0]}` });
    return [];
  }
  if (raw === null || raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push({ file: rel(file), entry: "-", message: "must be a YAML list of entries" });
    return [];
  }
  return raw.flatMap((item, index) => {
    const parsed = schema.safeParse(item);
    const hint = item && typeof item === "object" ? ((item as Record<string, unknown>).id ?? (item as Record<string, unknown>).type) : undefined;
    if (!parsed.success) {
      const entry = `entry ${index + 1}${hint ? ` (${String(hint)})` : ""}`;
      for (const issue of parsed.error.issues) {
        problems.push({ file: rel(file), entry, message: `${issue.path.join(".") || "entry"} ${issue.message}` });
      }
      return [];
    }
    return [{ file: rel(file), entry: `entry ${index + 1} (${idOf(parsed.data)})`, value: parsed.data }];
  });
}
