/**
 * The Neo4j settings the launcher is given as `--setting key=value`: the ones every local Neo4j
 * gets (LAUNCHER_SETTINGS), then the caller's (LocalNeo4jOptions.settings), which win on the same
 * key. Bolt's listen address is not among them: the launcher always binds 127.0.0.1.
 */

/** Settings every local Neo4j starts with; add a row here rather than in start.ts. */
export const LAUNCHER_SETTINGS: Readonly<Record<string, string>> = Object.freeze({
  // The read-only Cypher field refuses LOAD CSV itself; the database refuses it as well: no file
  // URLs (the embedded server has no import directory configured) and no outbound URL at all.
  "dbms.security.allow_csv_import_from_file_urls": "false",
  "internal.dbms.cypher_ip_blocklist": "0.0.0.0/0,::/0",
});

/** `--setting key=value` arguments; throws on a key or value that could smuggle in another line. */
export function settingArgs(settings: Record<string, string> = {}): string[] {
  const args: string[] = [];
  for (const [key, value] of Object.entries({ ...LAUNCHER_SETTINGS, ...settings })) {
    if (!/^[A-Za-z0-9_.\-]+$/.test(key) || /[\r\n]/.test(String(value))) {
      throw new Error(`Invalid Neo4j setting ${JSON.stringify(key)}=${JSON.stringify(value)}`);
    }
    args.push("--setting", `${key}=${value}`);
  }
  return args;
}
