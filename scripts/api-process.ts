/**
 * The real API as its own process (`node dist/src/main.js` of a build folder: this project's, or
 * another checkout's with `--root`), over a local Neo4j in a throw-away data folder, production
 * mode. Shared by the soak and the hostile-request measurements.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export type ApiProcess = { url: string; pid: number; rssMiB(): number; stop(): Promise<void> };

/** The value after `--name` on the command line, or `fallback`. */
export function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1] : fallback;
}

export async function startApi(root = path.resolve(__dirname, "../.."), env: Record<string, string> = {}, nodeArgs: string[] = []): Promise<ApiProcess> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ag-api-"));
  const port = 5000 + Math.floor(Math.random() * 1000);
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, "dist/src/main.js"], {
    cwd: root,
    env: { ...process.env, PORT: String(port), NEO4J_DATA_DIR: dataDir, LOG_LEVEL: "warn", NODE_ENV: "production", ...env },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  for (let i = 0; i < 480; i++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    if (child.exitCode !== null) {
      await stop();
      throw new Error("the server exited during start-up");
    }
    if ((await fetch(`${url}/ready`).catch(() => undefined))?.ok) {
      const pid = child.pid!;
      return { url, pid, rssMiB: () => rssMiB(pid), stop };
    }
  }
  await stop();
  throw new Error("the server did not become ready in 240 s");
}

/** Resident memory of a process, from /proc. */
export function rssMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024);
}
