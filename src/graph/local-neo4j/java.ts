import * as fs from "node:fs";
import * as path from "node:path";
import { isENOENT, run, tail, type RunResult } from "./exec";

/** Finding Java 17+ for the launcher. */

export const MIN_JAVA_MAJOR = 17;

export const JAVA_NOT_FOUND_MESSAGE =
  "Java 17+ not found: install a JDK 17 or newer (e.g. apt-get install openjdk-17-jdk) " +
  "or set NEO4J_URI to use an existing Neo4j";

/** Major version from `java -version` output: 'openjdk version "17.0.15"' -> 17, '"1.8.0_372"' -> 8. */
export function parseJavaMajorVersion(versionOutput: string): number | undefined {
  const m = /version\s+"(\d+)(?:\.(\d+))?[^"]*"/.exec(versionOutput);
  if (!m) return undefined;
  const first = Number(m[1]);
  return first === 1 && m[2] !== undefined ? Number(m[2]) : first;
}

/** The java executable: $JAVA_HOME/bin/java when it exists, else `java` from PATH. */
export function javaExecutable(): string {
  const home = process.env.JAVA_HOME;
  if (home) {
    const exe = path.join(home, "bin", process.platform === "win32" ? "java.exe" : "java");
    if (fs.existsSync(exe)) return exe;
  }
  return "java";
}

let javaCheck: Promise<{ java: string; major: number }> | undefined;

/** Checks that Java 17+ is installed (once per process); throws the actionable message otherwise. */
export function checkJava(): Promise<{ java: string; major: number }> {
  javaCheck ??= (async () => {
    const java = javaExecutable();
    let result: RunResult;
    try {
      result = await run(java, ["-version"]);
    } catch (err) {
      if (isENOENT(err)) throw new Error(JAVA_NOT_FOUND_MESSAGE);
      throw err;
    }
    const major = parseJavaMajorVersion(result.output);
    if (result.code !== 0 || major === undefined) {
      throw new Error(`${JAVA_NOT_FOUND_MESSAGE} (\`${java} -version\` said: ${tail(result.output, 3)})`);
    }
    if (major < MIN_JAVA_MAJOR) {
      throw new Error(`${JAVA_NOT_FOUND_MESSAGE} (found Java ${major} at ${java})`);
    }
    return { java, major };
  })();
  javaCheck.catch(() => {
    javaCheck = undefined; // allow a retry after the user fixes the installation
  });
  return javaCheck;
}
