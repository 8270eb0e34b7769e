/**
 * Local Neo4j: builds (once) and runs the embedded Neo4j Community launcher in neo4j/
 * (a small Maven module, see neo4j/README.md), so development and tests need neither Docker
 * nor a Neo4j install, only Java 17+ (and Maven for the first build).
 *
 * The launcher binds Bolt to 127.0.0.1 only, with auth off (drivers may still send
 * credentials; they are accepted). It prints one `NEO4J_READY {json}` line on stdout when Bolt
 * accepts connections. It stops on SIGTERM, when its stdin pipe closes (i.e. when this Node
 * process is gone, however it died) and when this Node process exits, so it never outlives us.
 *
 * This folder does not use neo4j-driver: only child_process and fs. Its parts:
 * options.ts (what start takes and returns), jvm-flags.ts, neo4j-settings.ts (the `--setting`
 * list), java.ts (finding Java 17+), launcher-paths.ts + build-lock.ts + build.ts (the Maven
 * build), start.ts + ready.ts + process.ts (spawning, the ready line, stopping).
 */
export { ensureLauncherBuilt, MAVEN_NOT_FOUND_MESSAGE, type EnsureLauncherOptions } from "./build";
export { checkJava, JAVA_NOT_FOUND_MESSAGE, javaExecutable, MIN_JAVA_MAJOR, parseJavaMajorVersion } from "./java";
export { jvmFlags } from "./jvm-flags";
export { isLauncherFresh, launcherPaths, type LauncherPaths } from "./launcher-paths";
export {
  DEFAULT_HEAP,
  DEFAULT_PAGE_CACHE,
  DEFAULT_START_TIMEOUT_MS,
  DEFAULT_STOP_TIMEOUT_MS,
  parseSize,
  type LocalNeo4j,
  type LocalNeo4jOptions,
} from "./options";
export { READY_PREFIX } from "./ready";
export { startLocalNeo4j } from "./start";
