import { isDeepStrictEqual } from "node:util";
import { contendersOf, normalized, requestOf, type Contender, type ContenderName, type SystemName } from "./contenders";
import type { Question } from "./questions";

export async function ask(contender: Contender, q: Question): Promise<{ status: number; text: string; json: any }> {
  const { url, body } = requestOf(contender, q)!;
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

/** One question's agreed answers: each contender's raw body (what autocannon expects) and ours. */
export type Agreement = { question: Question; bodies: Partial<Record<ContenderName, string>>; ourAnswer: unknown; size: number };

/**
 * Asks every question of every contender the systems serve (the peer both ways where it has two)
 * and compares the answers in our shape: same ids, same order. Throws DisagreementError on the
 * first question where they differ: a benchmark of different answers measures nothing.
 */
export async function checkAgreement(systems: { name: SystemName; url: string }[], questions: Question[]): Promise<Agreement[]> {
  const out: Agreement[] = [];
  for (const q of questions) {
    const bodies: Partial<Record<ContenderName, string>> = {};
    const answers: Partial<Record<ContenderName, unknown>> = {};
    for (const contender of contendersOf(systems)) {
      if (!requestOf(contender, q)) continue;
      const { status, text, json } = await ask(contender, q);
      if (status !== 200 || json.errors) {
        throw new DisagreementError(`${q.name} ${contender.name} failed (HTTP ${status}): ${JSON.stringify(json.errors ?? json).slice(0, 500)}`);
      }
      bodies[contender.name] = text;
      answers[contender.name] = normalized(contender.name, q, json.data);
    }
    // Compared with ours; with the first contender asked when ours is not running (probe.ts).
    const names = Object.keys(answers) as ContenderName[];
    const reference = names.includes("ours") ? "ours" : names[0];
    const ours = answers[reference];
    const view = q.agreeOn ?? ((answer: unknown) => answer);
    for (const other of names) {
      if (other === reference) continue;
      const diff = firstDifference(view(ours), view(answers[other]));
      if (diff) throw new DisagreementError(`${q.name} (${q.title}): ${reference} and ${other} answer differently at ${diff}`);
    }
    out.push({ question: q, bodies, ourAnswer: ours, size: JSON.stringify(ours).length });
  }
  return out;
}
