import { isDeepStrictEqual } from "node:util";
import type { Question } from "./questions";
import type { RunningSystem, SystemName } from "./systems";

/** What autocannon sends for one question to one system. */
export function requestOf(system: { name: SystemName; url: string }, q: Question): { url: string; body: string } {
  if (system.name === "floor") return { url: `${system.url}/${q.name}`, body: JSON.stringify(q.floor) };
  const { query, variables } = system.name === "ours" ? q.ours : q.peer;
  return { url: system.url, body: JSON.stringify({ query, variables }) };
}

export async function ask(system: { name: SystemName; url: string }, q: Question): Promise<{ status: number; text: string; json: any }> {
  const { url, body } = requestOf(system, q);
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
  const text = await response.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
  }
  return { status: response.status, text, json };
}

export class DisagreementError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DisagreementError";
  }
}

/** The first place two JSON values differ, as a path with both sides, for the abort message. */
export function firstDifference(a: unknown, b: unknown, at = "data"): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], `${at}[${i}]`);
      if (d) return d;
    }
    return `${at}: length ${a.length} vs ${b.length}`;
  }
  if (a && b && typeof a === "object" && typeof b === "object" && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = firstDifference((a as any)[k], (b as any)[k], `${at}.${k}`);
      if (d) return d;
    }
  }
  const show = (v: unknown) => JSON.stringify(v)?.slice(0, 300);
  return `${at}: ${show(a)} vs ${show(b)}`;
}

export type Agreement = { question: Question; bodies: Record<SystemName, string>; ourAnswer: unknown; size: number };

/**
 * Asks every question of every system and compares the answers in our shape: same ids, same order.
 * Throws DisagreementError on the first question where they differ: a benchmark of different
 * answers measures nothing.
 */
export async function checkAgreement(systems: RunningSystem[], questions: Question[]): Promise<Agreement[]> {
  const out: Agreement[] = [];
  for (const q of questions) {
    const bodies = {} as Record<SystemName, string>;
    const answers = {} as Record<SystemName, unknown>;
    for (const system of systems) {
      const { status, text, json } = await ask(system, q);
      if (status !== 200 || json.errors) {
        throw new DisagreementError(`${q.name} ${system.name} failed (HTTP ${status}): ${JSON.stringify(json.errors ?? json).slice(0, 500)}`);
      }
      bodies[system.name] = text;
      answers[system.name] = system.name === "peer" ? q.peer.normalize(json.data) : json.data;
    }
    const ours = answers.ours;
    for (const other of ["floor", "peer"] as SystemName[]) {
      if (!(other in answers)) continue;
      const diff = firstDifference(ours, answers[other]);
      if (diff) throw new DisagreementError(`${q.name} (${q.title}): ours and ${other} answer differently at ${diff}`);
    }
    out.push({ question: q, bodies, ourAnswer: ours, size: JSON.stringify(ours).length });
  }
  return out;
}
