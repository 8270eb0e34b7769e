import neo4j, { type Driver } from "neo4j-driver";

export type DriverSettings = {
  uri: string;
  user: string;
  password: string;
  /** Connections this process may hold, and how long a query waits for a free one. */
  maxPoolSize?: number;
  acquisitionTimeoutMs?: number;
};

/**
 * Short connection timeouts so that an outage fails requests fast instead of stalling them, and no
 * transaction retries: a timed-out or memory-capped query fails at once instead of running again,
 * and the client decides whether to retry. Integers arrive as JS numbers, decoded once: our counts
 * and ids fit in 2^53, so rows need no Integer-to-number pass; one beyond that range arrives as
 * Infinity, which the Cypher sandbox refuses with a clear error (graph/sandbox-values.ts).
 */
export function createDriver(settings: DriverSettings): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    connectionTimeout: 2000,
    connectionAcquisitionTimeout: settings.acquisitionTimeoutMs ?? 2000,
    maxTransactionRetryTime: 0,
    maxConnectionPoolSize: settings.maxPoolSize ?? 50,
    disableLosslessIntegers: true,
    userAgent: "activism-graph",
  });
}

/**
 * Waits until the database answers, retrying for up to `retryMs` (0 = one attempt), so that the API
 * can start before the database finishes booting. Calls `onRetry` before each wait.
 */
export async function waitForDatabase(
  driver: Driver,
  database: string,
  retryMs: number,
  onRetry: (error: Error, elapsedMs: number) => void = () => undefined,
): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      await driver.verifyConnectivity({ database });
      return;
    } catch (error) {
      const elapsed = Date.now() - started;
      if (elapsed >= retryMs) throw error;
      onRetry(error as Error, elapsed);
      await new Promise((resolve) => setTimeout(resolve, Math.min(2000, retryMs - elapsed)));
    }
  }
}

export async function closeDriver(driver: Driver): Promise<void> {
  await driver.close();
}
