import type { ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { isENOENT, tail } from "./exec";
import { JAVA_NOT_FOUND_MESSAGE } from "./java";
import { killAndWait } from "./process";

/** Waiting for the launcher's `NEO4J_READY {json}` line, and explaining why it did not come. */

export const READY_PREFIX = "NEO4J_READY ";

export interface ReadyInfo {
  boltUri: string;
  port: number;
  dataDir: string;
  neo4jVersion: string;
  pid: number;
}

/** The spawned java process, as start.ts tracks it. */
export interface Launched {
  child: ChildProcess;
  java: string;
  dataDir: string;
  exitPromise: Promise<void>;
  hasExited: () => boolean;
}

function readLogTail(dataDir: string, lines: number): string {
  for (const name of ["debug.log", "neo4j.log"]) {
    try {
      const text = fs.readFileSync(path.join(dataDir, "logs", name), "utf8");
      if (text.trim()) return `--- ${path.join(dataDir, "logs", name)} (last ${lines} lines) ---\n${tail(text, lines)}`;
    } catch {
      // no log yet
    }
  }
  return "";
}

/**
 * Resolves with the ready line's content; rejects when java fails to spawn, exits first or stays
 * silent for startTimeoutMs (then it is killed), with java's stderr and Neo4j's log tail attached.
 * Every stderr line goes to `log`.
 */
export function waitForReady(launched: Launched, startTimeoutMs: number, log: (msg: string) => void): Promise<ReadyInfo> {
  const { child, java, dataDir, exitPromise, hasExited } = launched;
  let stderrTail: string[] = [];
  let stdoutRest = "";
  let stderrRest = "";
  return new Promise<ReadyInfo>((resolve, reject) => {
    let settled = false;
    const fail = (reason: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const lockHint = stderrTail.some((l) => l.includes("store_lock"))
        ? `Another Neo4j process is using ${dataDir}: stop it, or use another data directory.`
        : "";
      const details = [
        lockHint,
        stderrTail.length ? `--- java stderr (last lines) ---\n${stderrTail.join("\n")}` : "",
        readLogTail(dataDir, 25),
      ]
        .filter(Boolean)
        .join("\n");
      reject(new Error(`Local Neo4j failed to start: ${reason}${details ? `\n${details}` : ""}`));
    };
    const timer = setTimeout(() => {
      fail(`no ready line within ${startTimeoutMs} ms (data dir ${dataDir}); the java process was killed`);
      void killAndWait(child, exitPromise, hasExited, 5_000);
    }, startTimeoutMs);

    child.once("error", (err) => {
      fail(isENOENT(err) ? JAVA_NOT_FOUND_MESSAGE : `could not spawn ${java}: ${err.message}`);
    });
    child.once("exit", (code, signal) => {
      fail(`java exited with ${signal ?? `code ${code}`} before Neo4j was ready`);
    });
    child.stdin?.on("error", () => undefined); // EPIPE when java is gone; handled via 'exit'

    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (chunk: string) => {
      const lines = (stderrRest + chunk).split(/\r?\n/);
      stderrRest = lines.pop() ?? "";
      for (const line of lines) {
        if (!line) continue;
        stderrTail.push(line);
        if (stderrTail.length > 40) stderrTail = stderrTail.slice(-40);
        log(`[neo4j] ${line}`);
      }
    });
    child.stdout?.setEncoding("utf8");
    child.stdout?.on("data", (chunk: string) => {
      const lines = (stdoutRest + chunk).split(/\r?\n/);
      stdoutRest = lines.pop() ?? "";
      for (const line of lines) {
        if (settled || !line.startsWith(READY_PREFIX)) continue;
        try {
          const info = JSON.parse(line.slice(READY_PREFIX.length)) as ReadyInfo;
          settled = true;
          clearTimeout(timer);
          resolve(info);
        } catch (err) {
          fail(`unreadable ready line ${JSON.stringify(line)}: ${(err as Error).message}`);
        }
      }
    });
  });
}
