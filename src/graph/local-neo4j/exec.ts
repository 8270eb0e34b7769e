import { spawn, type ChildProcess } from "node:child_process";

/** Small helpers for running the build tools (java -version, mvn). */

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

/** Runs a command, collecting stdout+stderr; rejects with code ENOENT when it is not installed. */
export function run(command: string, args: string[], cwd?: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    let child: ChildProcess;
    try {
      child = spawn(command, args, {
        cwd,
        env: process.env,
        stdio: ["ignore", "pipe", "pipe"],
        shell: process.platform === "win32",
      });
    } catch (err) {
      reject(err);
      return;
    }
    const chunks: Buffer[] = [];
    child.stdout?.on("data", (c: Buffer) => chunks.push(c));
    child.stderr?.on("data", (c: Buffer) => chunks.push(c));
    child.once("error", reject);
    child.once("close", (code, signal) =>
      resolve({ code, signal, output: Buffer.concat(chunks).toString("utf8") }),
    );
  });
}

export function isENOENT(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: unknown }).code === "ENOENT";
}

export function tail(text: string, lines: number): string {
  return text.trimEnd().split(/\r?\n/).slice(-lines).join("\n");
}
