import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse, stringify } from "yaml";

export const SAMPLE_DATA_DIR = path.join(__dirname, "..", "fixtures", "sample-data");

type Entries = Record<string, unknown>[];

/** Copies the sample dataset to a temporary folder and applies edits to some of its files. */
export function sampleCopyWith(edits: Record<string, (entries: Entries) => void>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ag-sample-"));
  fs.cpSync(SAMPLE_DATA_DIR, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const target = path.join(dir, file);
    const entries = parse(fs.readFileSync(target, "utf8")) as Entries;
    edit(entries);
    fs.writeFileSync(target, stringify(entries));
  }
  return dir;
}

/** A copy of the sample dataset with one file edited (usually broken). */
export function brokenSampleCopy(file: string, edit: (entries: Entries) => void): string {
  return sampleCopyWith({ [file]: edit });
}
