import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { SystemName } from "./contenders";

export type Child = { name: SystemName; url: string; process: ChildProcess; stats(): Promise<{ statements: number; rss: number }>; stop(): Promise<void> };

/** Starts one system in a child process (dist/bench/serve.js) and resolves once it listens. */
export function startChild(name: SystemName, boltUri: string, cpuProf: boolean, profDir: string): Promise<Child> {
  const execArgv = cpuProf && name === "ours" ? ["--cpu-prof", `--cpu-prof-dir=${profDir}`] : [];
  const child = fork(path.join(__dirname, "serve.js"), [name, boltUri], { execArgv, stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const next = (type: string) =>
    new Promise<any>((resolve, reject) => {
      const onMessage = (m: any) => {
        if (m.type === type) {
          child.off("message", onMessage);
          child.off("exit", onExit);
          resolve(m);
        }
      };
      const onExit = (code: number) => reject(new Error(`${name} exited with ${code}`));
      child.on("message", onMessage);
      child.once("exit", onExit);
    });
  return next("ready").then((ready) => ({
    name,
    url: ready.url,
    process: child,
    stats: () => {
      const answer = next("stats");
      child.send({ type: "stats" });
      return answer;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
        child.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
        child.send({ type: "stop" });
      }),
  }));
}
