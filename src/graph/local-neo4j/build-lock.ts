import * as fs from "node:fs";
import * as path from "node:path";
import type { LauncherPaths } from "./launcher-paths";

const LOCK_STALE_MS = 15 * 60_000;

/** A cross-process build lock (mkdir is atomic), so parallel callers do not run Maven twice. */
export async function withBuildLock<T>(paths: LauncherPaths, fn: () => Promise<T>): Promise<T> {
  fs.mkdirSync(paths.targetDir, { recursive: true });
  const lockDir = path.join(paths.targetDir, ".build-lock");
  const deadline = Date.now() + LOCK_STALE_MS;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(path.join(lockDir, "pid"), String(process.pid));
      break;
    } catch (err) {
      if ((err as { code?: unknown }).code !== "EEXIST") throw err;
      let stale = false;
      try {
        const owner = Number(fs.readFileSync(path.join(lockDir, "pid"), "utf8"));
        if (owner > 0 && owner !== process.pid) {
          try {
            process.kill(owner, 0);
          } catch {
            stale = true; // the process that held it is gone
          }
        }
        stale ||= Date.now() - fs.statSync(lockDir).mtimeMs > LOCK_STALE_MS;
      } catch {
        // pid file not written yet: the owner is just starting
      }
      if (stale) {
        fs.rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) {
        throw new Error(`Timed out waiting for another local Neo4j launcher build (lock ${lockDir})`);
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}
