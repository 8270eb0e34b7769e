import { startSystem, type SystemName } from "./systems";

/**
 * One system under test in its own Node process, so that autocannon (in the parent) does not share
 * an event loop with it. Talks to the parent over the IPC channel: "ready" with its URL, "stats"
 * (statements sent, resident memory) on request, and it stops on "stop".
 */
async function main(): Promise<void> {
  const [name, boltUri] = process.argv.slice(2) as [SystemName, string];
  const system = await startSystem(name, boltUri);
  process.on("message", (message: { type: string }) => {
    if (message.type === "stats") process.send?.({ type: "stats", statements: system.statements(), rss: process.memoryUsage().rss });
    if (message.type === "stop") void system.close().finally(() => process.exit(0));
  });
  process.send?.({ type: "ready", url: system.url });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
