import { cypher } from "../run";

/**
 * The seed lock, after neo4j-migrations: one `:SeedLock` node per lock name, made unique by a
 * constraint, so that of several processes creating it at once exactly one succeeds. It records
 * its owner and an expiry, so a lock left by a process that died is taken over once expired.
 */

export const seedLockConstraint = () =>
  cypher<never>("constraint SeedLock.name", "CREATE CONSTRAINT seed_lock_name_unique IF NOT EXISTS FOR (l:SeedLock) REQUIRE l.name IS UNIQUE");

export const acquireSeedLock = (name: string, owner: string, ttlMs: number) =>
  cypher<never>(
    "acquire seed lock",
    /* cypher */ `
    OPTIONAL MATCH (expired:SeedLock {name: $name}) WHERE expired.expiresAt < datetime()
    DELETE expired
    WITH count(*) AS ignored
    CREATE (:SeedLock {name: $name, owner: $owner, acquiredAt: datetime(), expiresAt: datetime() + duration({milliseconds: $ttlMs})})`,
    { name, owner, ttlMs },
  );

export const releaseSeedLock = (name: string, owner: string) =>
  cypher<never>("release seed lock", "MATCH (l:SeedLock {name: $name, owner: $owner}) DELETE l", { name, owner });

export const seedLockHolder = (name: string) =>
  cypher<{ owner: string | null; expiresAt: string | null }>(
    "seed lock holder",
    "OPTIONAL MATCH (l:SeedLock {name: $name}) RETURN l.owner AS owner, toString(l.expiresAt) AS expiresAt",
    { name },
  );
