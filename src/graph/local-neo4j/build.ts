import * as fs from "node:fs";
import { withBuildLock } from "./build-lock";
import { isENOENT, run, tail, type RunResult } from "./exec";
import { checkJava } from "./java";
import { isLauncherFresh, launcherPaths, type LauncherPaths } from "./launcher-paths";

/** Building the launcher jar (neo4j/) with Maven, once, when it is missing or out of date. */

export interface EnsureLauncherOptions {
  log?: (msg: string) => void;
  /** Rebuild even when the jar is up to date. */
  force?: boolean;
  /** Maven local repository; default: Maven's own (~/.m2/repository) or $LOCAL_NEO4J_MAVEN_REPO. */
  mavenRepoLocal?: string;
  /** The module to build (default: the repository's neo4j/); for tests. */
  paths?: LauncherPaths;
}

export const MAVEN_NOT_FOUND_MESSAGE =
  "Maven not found: install Maven 3.8+ (e.g. apt-get install maven) to build the local Neo4j " +
  "launcher once, or set NEO4J_URI to use an existing Neo4j";

let buildInProcess: Promise<{ built: boolean; jar: string }> | undefined;

/**
 * Builds neo4j/ with Maven unless target/ is up to date (jar + lib/ + stamp newer than pom.xml
 * and the Java source). The first build downloads Neo4j (~170 MB with Maven's plugins) into the
 * Maven repository (~/.m2/repository unless mavenRepoLocal / $LOCAL_NEO4J_MAVEN_REPO says otherwise).
 */
export function ensureLauncherBuilt(options: EnsureLauncherOptions = {}): Promise<{ built: boolean; jar: string }> {
  const paths = options.paths ?? launcherPaths();
  if (!options.force && isLauncherFresh(paths)) {
    return Promise.resolve({ built: false, jar: paths.jar });
  }
  buildInProcess ??= withBuildLock(paths, async () => {
    if (!options.force && isLauncherFresh(paths)) return { built: false, jar: paths.jar };
    await checkJava();
    const log = options.log ?? (() => undefined);
    log(
      "Building the local Neo4j launcher with Maven (the first run downloads ~170 MB of Neo4j jars " +
        "and Maven plugins into the Maven repository; seconds on a fast link, a minute or two on a slow one)...",
    );
    const started = Date.now();
    // lib/ is rebuilt from scratch so a Neo4j version change leaves no stale jars behind.
    fs.rmSync(paths.libDir, { recursive: true, force: true });
    const repo = options.mavenRepoLocal ?? process.env.LOCAL_NEO4J_MAVEN_REPO;
    const args = ["-q", "-B", "-Dstyle.color=never", ...(repo ? [`-Dmaven.repo.local=${repo}`] : []), "package"];
    const mvn = process.platform === "win32" ? "mvn.cmd" : "mvn";
    let result: RunResult;
    try {
      result = await run(mvn, args, paths.moduleDir);
    } catch (err) {
      if (isENOENT(err)) throw new Error(MAVEN_NOT_FOUND_MESSAGE);
      throw err;
    }
    if (result.code !== 0 || !fs.existsSync(paths.jar)) {
      throw new Error(
        `Building the local Neo4j launcher failed (\`mvn ${args.join(" ")}\` in ${paths.moduleDir} ` +
          `exited with ${result.code ?? result.signal}):\n${tail(result.output, 40)}`,
      );
    }
    fs.writeFileSync(paths.stamp, `built ${new Date().toISOString()}\n`);
    log(`Local Neo4j launcher built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return { built: true, jar: paths.jar };
  }).finally(() => {
    buildInProcess = undefined;
  });
  return buildInProcess;
}
