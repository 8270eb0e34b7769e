import { connectTestDb, loadSample, resetDb, type TestDb } from "./test-db";
import { startTestServer, type TestServer } from "./test-server";

export type SampleServer = { readonly db: TestDb; readonly server: TestServer };

/**
 * Registers beforeAll/afterAll hooks that load the sample graph into an emptied database and
 * start the real server over it; read `db` and `server` inside tests.
 */
export function useSampleServer(env: Record<string, string> = {}): SampleServer {
  const state: { db?: TestDb; server?: TestServer } = {};
  beforeAll(async () => {
    state.db = connectTestDb();
    await resetDb(state.db.graph);
    await loadSample(state.db.graph);
    state.server = await startTestServer(state.db.graph, env);
  });
  afterAll(async () => {
    await state.server?.close();
    await state.db?.close();
  });
  return {
    get db() {
      return state.db!;
    },
    get server() {
      return state.server!;
    },
  };
}
