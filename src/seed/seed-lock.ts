import crypto from "node:crypto";
import os from "node:os";
import type { GraphGateway } from "../graph/run";
import { acquireSeedLock, releaseSeedLock, seedLockConstraint, seedLockHolder } from "../graph/queries/seed-lock.queries";
import type { SeedOutcome } from "./load";
import { seedGraph, type SeedOptions } from "./seed";

const LOCK_NAME = "seed";
const POLL_MS = 250;

/** Another process held the seed lock for longer than this one was willing to wait. */
export class SeedLockTimeoutError extends Error {
  constructor(holder: string | null, expiresAt: string | null, waitedMs: number) {
    super(
      `Waited ${Math.round(waitedMs / 1000)} s for the seed lock held by ${holder ?? "another process"}` +
        (expiresAt ? ` (it expires at ${expiresAt})` : "") +
        ". Another replica is seeding, or died while seeding: restart once the lock has expired, raise SEED_TIMEOUT_MS, " +
        "or delete the lock with MATCH (l:SeedLock) DELETE l if no replica is running.",
    );
    this.name = "SeedLockTimeoutError";
  }
}

export type LockedSeedOptions = SeedOptions & { timeoutMs: number; owner?: string; onWait?: (holder: string | null) => void };

/**
 * Seeds under a lock in the database, so that of N replicas starting at once one seeds and the
 * others wait, then find the graph up to date and serve. The lock expires after twice the seed
 * timeout, so a replica that died while seeding blocks the others only until then; they wait
 * that long, then take it over.
 */
export async function seedWithLock(graph: GraphGateway, options: LockedSeedOptions): Promise<SeedOutcome> {
  const owner = options.owner ?? `${os.hostname()}:${process.pid}:${crypto.randomBytes(4).toString("hex")}`;
  await graph.writeSchema(seedLockConstraint(), options.timeoutMs);
  const started = Date.now();
  let told = false;
  while (!(await graph.createUnlessExists(acquireSeedLock(LOCK_NAME, owner, 2 * options.timeoutMs), options.timeoutMs))) {
    const [holder] = await graph.read(seedLockHolder(LOCK_NAME), { timeoutMs: options.timeoutMs });
    if (!told) options.onWait?.(holder?.owner ?? null);
    told = true;
    if (Date.now() - started > 2 * options.timeoutMs + 5000) throw new SeedLockTimeoutError(holder?.owner ?? null, holder?.expiresAt ?? null, Date.now() - started);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  try {
    return await seedGraph(graph, options);
  } finally {
    await graph.write(releaseSeedLock(LOCK_NAME, owner), { timeoutMs: options.timeoutMs }).catch(() => undefined);
  }
}
