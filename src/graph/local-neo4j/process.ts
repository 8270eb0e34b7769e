import type { ChildProcess } from "node:child_process";

/** Keeping the java child from outliving us, and stopping it. */

/** Children still running, killed on process exit (stdin EOF already stops them; this is belt and braces). */
const liveChildren = new Set<ChildProcess>();
let exitHookInstalled = false;
export function trackChild(child: ChildProcess): void {
  liveChildren.add(child);
  child.once("exit", () => liveChildren.delete(child));
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once("exit", () => {
      for (const c of liveChildren) {
        try {
          c.kill("SIGTERM");
        } catch {
          // already gone
        }
      }
    });
  }
}

/** SIGTERM, then SIGKILL after graceMs; resolves when the process has exited. */
export async function killAndWait(
  child: ChildProcess,
  exitPromise: Promise<void>,
  hasExited: () => boolean,
  graceMs: number,
): Promise<void> {
  if (hasExited()) return;
  child.ref(); // keep Node alive until the process is really gone
  try {
    child.kill("SIGTERM");
  } catch {
    // already gone
  }
  let timer: NodeJS.Timeout | undefined;
  const timedOut = await Promise.race([
    exitPromise.then(() => false),
    new Promise<boolean>((r) => {
      timer = setTimeout(() => r(true), graceMs);
    }),
  ]);
  clearTimeout(timer);
  if (timedOut && !hasExited()) {
    try {
      child.kill("SIGKILL");
    } catch {
      // already gone
    }
    await exitPromise;
  }
  child.stdin?.destroy();
}
