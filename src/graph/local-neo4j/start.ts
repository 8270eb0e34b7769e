import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { ensureLauncherBuilt } from "./build";
import { checkJava } from "./java";
import { jvmFlags } from "./jvm-flags";
import { settingArgs } from "./neo4j-settings";
import {
  DEFAULT_HEAP,
  DEFAULT_PAGE_CACHE,
  DEFAULT_START_TIMEOUT_MS,
  DEFAULT_STOP_TIMEOUT_MS,
  parseSize,
  type LocalNeo4j,
  type LocalNeo4jOptions,
} from "./options";
import { killAndWait, trackChild } from "./process";
import { waitForReady } from "./ready";

/**
 * Starts Neo4j embedded on 127.0.0.1 (building the launcher first when needed) and resolves
 * once Bolt accepts connections.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => undefined);
  const dataDir = path.resolve(options.dataDir);
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Invalid Bolt port ${port}: use 0..65535 (0 = any free port)`);
  }
  const heap = options.heap ?? DEFAULT_HEAP;
  const pageCache = options.pageCache ?? DEFAULT_PAGE_CACHE;
  if (parseSize(pageCache) === undefined) {
    throw new Error(`Invalid page cache size "${pageCache}": use e.g. 256m or 1g`);
  }
  const settings = settingArgs(options.settings);
  const startTimeoutMs = options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
  const stopTimeoutMs = options.stopTimeoutMs ?? DEFAULT_STOP_TIMEOUT_MS;

  const { java } = await checkJava();
  const { jar } = await ensureLauncherBuilt({ log });
  fs.mkdirSync(dataDir, { recursive: true });

  const args = [
    ...jvmFlags(heap),
    ...(options.jvmArgs ?? []),
    "-jar",
    jar,
    "--data-dir",
    dataDir,
    "--port",
    String(port),
    "--page-cache",
    pageCache,
    "--parent-pid",
    String(process.pid),
    ...settings,
  ];
  const child = spawn(java, args, {
    cwd: path.dirname(jar),
    env: process.env,
    stdio: ["pipe", "pipe", "pipe"],
    windowsHide: true,
  });
  trackChild(child);

  let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const exitPromise = new Promise<void>((resolve) => {
    child.once("exit", (code, signal) => {
      exited = { code, signal };
      resolve();
    });
  });
  const hasExited = () => exited !== undefined;

  const ready = await waitForReady({ child, java, dataDir, exitPromise, hasExited }, startTimeoutMs, log);

  // Running: do not keep this Node process alive just for Neo4j. When Node exits, the stdin pipe
  // closes and the launcher shuts itself down.
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr]) {
    (stream as unknown as { unref?: () => void } | null)?.unref?.();
  }

  let stopping: Promise<void> | undefined;
  const pid = child.pid ?? ready.pid;
  return {
    boltUri: ready.boltUri,
    port: ready.port,
    pid,
    dataDir,
    neo4jVersion: ready.neo4jVersion,
    stop(): Promise<void> {
      stopping ??= killAndWait(child, exitPromise, hasExited, stopTimeoutMs);
      return stopping;
    },
  };
}
