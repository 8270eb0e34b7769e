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
 * This file does not use neo4j-driver: only child_process and fs.
 */
import { spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

export interface LocalNeo4jOptions {
  /** Neo4j home for this instance: data/, logs/ and local-neo4j.conf go here (created if missing). */
  dataDir: string;
  /** Bolt port on 127.0.0.1; 0 (the default) picks a free port. */
  port?: number;
  /** JVM max heap (-Xmx), e.g. "512m" (default) or "1g". */
  heap?: string;
  /** Neo4j page cache (server.memory.pagecache.size), e.g. "256m" (default). */
  pageCache?: string;
  /**
   * Any other Neo4j settings, passed through as-is and validated by Neo4j, e.g.
   * { 'db.transaction.timeout': '30s', 'db.memory.transaction.max': '256m' }.
   * Bolt's listen address is always 127.0.0.1 and cannot be changed here.
   */
  settings?: Record<string, string>;
  /** How long to wait for the ready line (default 120 000 ms; a first start takes ~3-5 s). */
  startTimeoutMs?: number;
  /** How long stop() waits after SIGTERM before SIGKILL (default 15 000 ms). */
  stopTimeoutMs?: number;
  /** Progress and diagnostic lines (build progress, Neo4j's stderr). */
  log?: (msg: string) => void;
  /** Extra JVM flags, appended after the defaults. */
  jvmArgs?: string[];
}

export interface LocalNeo4j {
  /** e.g. bolt://127.0.0.1:7687 */
  boltUri: string;
  /** the port actually bound (useful with port 0) */
  port: number;
  /** pid of the java process */
  pid: number;
  /** absolute data directory */
  dataDir: string;
  /** e.g. "5.26.30" */
  neo4jVersion: string;
  /** SIGTERM, wait for the exit (SIGKILL after stopTimeoutMs); resolves once the process is gone. Idempotent. */
  stop(): Promise<void>;
}

export interface EnsureLauncherOptions {
  log?: (msg: string) => void;
  /** Rebuild even when the jar is up to date. */
  force?: boolean;
  /** Maven local repository; default: Maven's own (~/.m2/repository) or $LOCAL_NEO4J_MAVEN_REPO. */
  mavenRepoLocal?: string;
  /** The module to build (default: the repository's neo4j/); for tests. */
  paths?: LauncherPaths;
}

export interface LauncherPaths {
  moduleDir: string;
  pom: string;
  sourceDir: string;
  targetDir: string;
  jar: string;
  libDir: string;
  stamp: string;
}

export const DEFAULT_HEAP = "512m";
export const DEFAULT_PAGE_CACHE = "256m";
export const DEFAULT_START_TIMEOUT_MS = 120_000;
export const DEFAULT_STOP_TIMEOUT_MS = 15_000;
export const MIN_JAVA_MAJOR = 17;
export const READY_PREFIX = "NEO4J_READY ";

export const JAVA_NOT_FOUND_MESSAGE =
  "Java 17+ not found: install a JDK 17 or newer (e.g. apt-get install openjdk-17-jdk) " +
  "or set NEO4J_URI to use an existing Neo4j";
export const MAVEN_NOT_FOUND_MESSAGE =
  "Maven not found: install Maven 3.8+ (e.g. apt-get install maven) to build the local Neo4j " +
  "launcher once, or set NEO4J_URI to use an existing Neo4j";

/**
 * JVM flags, as Neo4j 5.26's own server start-up passes them (conf/neo4j.conf
 * server.jvm.additional), minus the profiling ones. Without the --add-opens flags Neo4j still
 * starts on Java 17 but warns and falls back (page cache without direct buffer access, no log
 * preallocation).
 */
export function jvmFlags(heap: string = DEFAULT_HEAP): string[] {
  const heapBytes = parseSize(heap);
  if (heapBytes === undefined) {
    throw new Error(`Invalid heap size "${heap}": use e.g. 512m or 1g`);
  }
  // -Xms silences Neo4j's "initial heap not configured" warning; keeping it small keeps RSS low.
  const initial = heapBytes <= 128 * 1024 * 1024 ? heap : "128m";
  return [
    `-Xms${initial}`,
    `-Xmx${heap}`,
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-Dlog4j2.disable.jmx=true",
    "-Dfile.encoding=UTF-8",
  ];
}

/** "512m" -> bytes; accepts k/m/g/t suffixes (case-insensitive) or plain bytes. */
export function parseSize(size: string): number | undefined {
  const m = /^\s*(\d+)\s*([kmgt])?\s*$/i.exec(size);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = (m[2] ?? "").toLowerCase();
  const factor = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 }[unit] ?? 1;
  return n * factor;
}

/** Major version from `java -version` output: 'openjdk version "17.0.15"' -> 17, '"1.8.0_372"' -> 8. */
export function parseJavaMajorVersion(versionOutput: string): number | undefined {
  const m = /version\s+"(\d+)(?:\.(\d+))?[^"]*"/.exec(versionOutput);
  if (!m) return undefined;
  const first = Number(m[1]);
  return first === 1 && m[2] !== undefined ? Number(m[2]) : first;
}

/** Finds the repository's neo4j/ module from this file (works from src/ and from dist/). */
export function launcherPaths(startDir: string = __dirname): LauncherPaths {
  let dir = path.resolve(startDir);
  for (;;) {
    const candidate = path.join(dir, "neo4j", "pom.xml");
    if (fs.existsSync(candidate)) break;
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error(`Cannot find neo4j/pom.xml above ${startDir}: the local Neo4j launcher module is missing`);
    }
    dir = parent;
  }
  const moduleDir = path.join(dir, "neo4j");
  const targetDir = path.join(moduleDir, "target");
  return {
    moduleDir,
    pom: path.join(moduleDir, "pom.xml"),
    sourceDir: path.join(moduleDir, "src"),
    targetDir,
    jar: path.join(targetDir, "local-neo4j.jar"),
    libDir: path.join(targetDir, "lib"),
    stamp: path.join(targetDir, "local-neo4j.stamp"),
  };
}

function newestMtimeMs(p: string): number {
  let st: fs.Stats;
  try {
    st = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of fs.readdirSync(p)) {
    newest = Math.max(newest, newestMtimeMs(path.join(p, entry)));
  }
  return newest;
}

/** True when the jar, lib/ and the build stamp exist and are newer than pom.xml and src/. */
export function isLauncherFresh(paths: LauncherPaths = launcherPaths()): boolean {
  try {
    const stamp = fs.statSync(paths.stamp).mtimeMs;
    if (!fs.statSync(paths.jar).isFile()) return false;
    if (!fs.readdirSync(paths.libDir).some((f) => f.endsWith(".jar"))) return false;
    return stamp >= newestMtimeMs(paths.pom) && stamp >= newestMtimeMs(paths.sourceDir);
  } catch {
    return false;
  }
}

interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

/** Runs a command, collecting stdout+stderr; rejects with code ENOENT when it is not installed. */
function run(command: string, args: string[], cwd?: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    let child: ChildProcess;
    try {
      child = spawn(command, args, {
        cwd,
        env: process.env,
        stdio: ["ignore", "pipe", "pipe"],
        shell: process.platform === "win32",
      });
    } catch (err) {
      reject(err);
      return;
    }
    const chunks: Buffer[] = [];
    child.stdout?.on("data", (c: Buffer) => chunks.push(c));
    child.stderr?.on("data", (c: Buffer) => chunks.push(c));
    child.once("error", reject);
    child.once("close", (code, signal) =>
      resolve({ code, signal, output: Buffer.concat(chunks).toString("utf8") }),
    );
  });
}

function isENOENT(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: unknown }).code === "ENOENT";
}

function tail(text: string, lines: number): string {
  return text.trimEnd().split(/\r?\n/).slice(-lines).join("\n");
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

const LOCK_STALE_MS = 15 * 60_000;

/** A cross-process build lock (mkdir is atomic), so parallel callers do not run Maven twice. */
async function withBuildLock<T>(paths: LauncherPaths, fn: () => Promise<T>): Promise<T> {
  fs.mkdirSync(paths.targetDir, { recursive: true });
  const lockDir = path.join(paths.targetDir, ".build-lock");
  const deadline = Date.now() + LOCK_STALE_MS;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(path.join(lockDir, "pid"), String(process.pid));
      break;
    } catch (err) {
      if ((err as { code?: unknown }).code !== "EEXIST") throw err;
      let stale = false;
      try {
        const owner = Number(fs.readFileSync(path.join(lockDir, "pid"), "utf8"));
        if (owner > 0 && owner !== process.pid) {
          try {
            process.kill(owner, 0);
          } catch {
            stale = true; // the process that held it is gone
          }
        }
        stale ||= Date.now() - fs.statSync(lockDir).mtimeMs > LOCK_STALE_MS;
      } catch {
        // pid file not written yet: the owner is just starting
      }
      if (stale) {
        fs.rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) {
        throw new Error(`Timed out waiting for another local Neo4j launcher build (lock ${lockDir})`);
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

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

/** Children still running, killed on process exit (stdin EOF already stops them; this is belt and braces). */
const liveChildren = new Set<ChildProcess>();
let exitHookInstalled = false;
function trackChild(child: ChildProcess): void {
  liveChildren.add(child);
  child.once("exit", () => liveChildren.delete(child));
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once("exit", () => {
      for (const c of liveChildren) {
        try {
          c.kill("SIGTERM");
        } catch {
          // already gone
        }
      }
    });
  }
}

function readLogTail(dataDir: string, lines: number): string {
  for (const name of ["debug.log", "neo4j.log"]) {
    try {
      const text = fs.readFileSync(path.join(dataDir, "logs", name), "utf8");
      if (text.trim()) return `--- ${path.join(dataDir, "logs", name)} (last ${lines} lines) ---\n${tail(text, lines)}`;
    } catch {
      // no log yet
    }
  }
  return "";
}

interface ReadyInfo {
  boltUri: string;
  port: number;
  dataDir: string;
  neo4jVersion: string;
  pid: number;
}

/**
 * Starts Neo4j embedded on 127.0.0.1 (building the launcher first when needed) and resolves
 * once Bolt accepts connections.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => undefined);
  const dataDir = path.resolve(options.dataDir);
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Invalid Bolt port ${port}: use 0..65535 (0 = any free port)`);
  }
  const heap = options.heap ?? DEFAULT_HEAP;
  const pageCache = options.pageCache ?? DEFAULT_PAGE_CACHE;
  if (parseSize(pageCache) === undefined) {
    throw new Error(`Invalid page cache size "${pageCache}": use e.g. 256m or 1g`);
  }
  const settingArgs: string[] = [];
  for (const [key, value] of Object.entries(options.settings ?? {})) {
    if (!/^[A-Za-z0-9_.\-]+$/.test(key) || /[\r\n]/.test(String(value))) {
      throw new Error(`Invalid Neo4j setting ${JSON.stringify(key)}=${JSON.stringify(value)}`);
    }
    settingArgs.push("--setting", `${key}=${value}`);
  }
  const startTimeoutMs = options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
  const stopTimeoutMs = options.stopTimeoutMs ?? DEFAULT_STOP_TIMEOUT_MS;

  const { java } = await checkJava();
  const { jar } = await ensureLauncherBuilt({ log });
  fs.mkdirSync(dataDir, { recursive: true });

  const args = [
    ...jvmFlags(heap),
    ...(options.jvmArgs ?? []),
    "-jar",
    jar,
    "--data-dir",
    dataDir,
    "--port",
    String(port),
    "--page-cache",
    pageCache,
    "--parent-pid",
    String(process.pid),
    ...settingArgs,
  ];
  const child = spawn(java, args, {
    cwd: path.dirname(jar),
    env: process.env,
    stdio: ["pipe", "pipe", "pipe"],
    windowsHide: true,
  });
  trackChild(child);

  let stderrTail: string[] = [];
  let stdoutRest = "";
  let stderrRest = "";
  let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const exitPromise = new Promise<void>((resolve) => {
    child.once("exit", (code, signal) => {
      exited = { code, signal };
      resolve();
    });
  });

  const ready = await new Promise<ReadyInfo>((resolve, reject) => {
    let settled = false;
    const fail = (reason: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const lockHint = stderrTail.some((l) => l.includes("store_lock"))
        ? `Another Neo4j process is using ${dataDir}: stop it, or use another data directory.`
        : "";
      const details = [
        lockHint,
        stderrTail.length ? `--- java stderr (last lines) ---\n${stderrTail.join("\n")}` : "",
        readLogTail(dataDir, 25),
      ]
        .filter(Boolean)
        .join("\n");
      reject(new Error(`Local Neo4j failed to start: ${reason}${details ? `\n${details}` : ""}`));
    };
    const timer = setTimeout(() => {
      fail(`no ready line within ${startTimeoutMs} ms (data dir ${dataDir}); the java process was killed`);
      void killAndWait(child, exitPromise, () => exited !== undefined, 5_000);
    }, startTimeoutMs);

    child.once("error", (err) => {
      fail(isENOENT(err) ? JAVA_NOT_FOUND_MESSAGE : `could not spawn ${java}: ${err.message}`);
    });
    child.once("exit", (code, signal) => {
      fail(`java exited with ${signal ?? `code ${code}`} before Neo4j was ready`);
    });
    child.stdin?.on("error", () => undefined); // EPIPE when java is gone; handled via 'exit'

    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (chunk: string) => {
      const lines = (stderrRest + chunk).split(/\r?\n/);
      stderrRest = lines.pop() ?? "";
      for (const line of lines) {
        if (!line) continue;
        stderrTail.push(line);
        if (stderrTail.length > 40) stderrTail = stderrTail.slice(-40);
        log(`[neo4j] ${line}`);
      }
    });
    child.stdout?.setEncoding("utf8");
    child.stdout?.on("data", (chunk: string) => {
      const lines = (stdoutRest + chunk).split(/\r?\n/);
      stdoutRest = lines.pop() ?? "";
      for (const line of lines) {
        if (settled || !line.startsWith(READY_PREFIX)) continue;
        try {
          const info = JSON.parse(line.slice(READY_PREFIX.length)) as ReadyInfo;
          settled = true;
          clearTimeout(timer);
          resolve(info);
        } catch (err) {
          fail(`unreadable ready line ${JSON.stringify(line)}: ${(err as Error).message}`);
        }
      }
    });
  });

  // Running: do not keep this Node process alive just for Neo4j. When Node exits, the stdin pipe
  // closes and the launcher shuts itself down.
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr]) {
    (stream as unknown as { unref?: () => void } | null)?.unref?.();
  }

  let stopping: Promise<void> | undefined;
  const pid = child.pid ?? ready.pid;
  return {
    boltUri: ready.boltUri,
    port: ready.port,
    pid,
    dataDir,
    neo4jVersion: ready.neo4jVersion,
    stop(): Promise<void> {
      stopping ??= killAndWait(child, exitPromise, () => exited !== undefined, stopTimeoutMs);
      return stopping;
    },
  };
}

/** SIGTERM, then SIGKILL after graceMs; resolves when the process has exited. */
async function killAndWait(
  child: ChildProcess,
  exitPromise: Promise<void>,
  hasExited: () => boolean,
  graceMs: number,
): Promise<void> {
  if (hasExited()) return;
  child.ref(); // keep Node alive until the process is really gone
  try {
    child.kill("SIGTERM");
  } catch {
    // already gone
  }
  let timer: NodeJS.Timeout | undefined;
  const timedOut = await Promise.race([
    exitPromise.then(() => false),
    new Promise<boolean>((r) => {
      timer = setTimeout(() => r(true), graceMs);
    }),
  ]);
  clearTimeout(timer);
  if (timedOut && !hasExited()) {
    try {
      child.kill("SIGKILL");
    } catch {
      // already gone
    }
    await exitPromise;
  }
  child.stdin?.destroy();
}
