import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  JAVA_NOT_FOUND_MESSAGE,
  MAVEN_NOT_FOUND_MESSAGE,
  checkJava,
  ensureLauncherBuilt,
  isLauncherFresh,
  jvmFlags,
  launcherPaths,
  parseJavaMajorVersion,
  parseSize,
  startLocalNeo4j,
  type LauncherPaths,
} from "../../src/graph/local-neo4j/index";
import { LAUNCHER_SETTINGS, settingArgs } from "../../src/graph/local-neo4j/neo4j-settings";

describe("parseJavaMajorVersion", () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_372"', 8],
    ['openjdk version "11.0.2" 2019-01-15 LTS', 11],
    ['openjdk version "25-ea" 2025-09-16', 25],
  ])("%s -> %i", (text, major) => {
    expect(parseJavaMajorVersion(text)).toBe(major);
  });
  it("returns undefined for unrelated output", () => {
    expect(parseJavaMajorVersion("bash: java: command not found")).toBeUndefined();
  });
});

describe("parseSize", () => {
  it("reads k/m/g suffixes", () => {
    expect(parseSize("512m")).toBe(512 * 1024 ** 2);
    expect(parseSize("1G")).toBe(1024 ** 3);
    expect(parseSize("64k")).toBe(64 * 1024);
    expect(parseSize("1000")).toBe(1000);
    expect(parseSize("lots")).toBeUndefined();
  });
});

describe("jvmFlags", () => {
  it("sets the heap and the module flags Neo4j needs on Java 17", () => {
    const flags = jvmFlags("1g");
    expect(flags).toEqual(expect.arrayContaining(["-Xmx1g", "-Xms128m", "-Dio.netty.tryReflectionSetAccessible=true"]));
    for (const pkg of ["java.base/java.nio", "java.base/java.io", "java.base/sun.nio.ch", "java.base/java.lang"]) {
      expect(flags).toContain(`--add-opens=${pkg}=ALL-UNNAMED`);
    }
  });
  it("never sets -Xms above -Xmx", () => {
    expect(jvmFlags("64m")).toEqual(expect.arrayContaining(["-Xms64m", "-Xmx64m"]));
  });
  it("rejects a malformed heap size", () => {
    expect(() => jvmFlags("big")).toThrow(/Invalid heap size/);
  });
});

describe("launcher build cache", () => {
  let dir: string;
  let paths: LauncherPaths;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "local-neo4j-unit-"));
    fs.mkdirSync(path.join(dir, "neo4j", "src", "main", "java"), { recursive: true });
    fs.writeFileSync(path.join(dir, "neo4j", "pom.xml"), "<project/>");
    fs.writeFileSync(path.join(dir, "neo4j", "src", "main", "java", "Launcher.java"), "class Launcher {}");
    paths = launcherPaths(path.join(dir, "neo4j", "src"));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function fakeBuild(): void {
    fs.mkdirSync(paths.libDir, { recursive: true });
    fs.writeFileSync(paths.jar, "jar");
    fs.writeFileSync(path.join(paths.libDir, "dep.jar"), "jar");
    fs.writeFileSync(paths.stamp, "built");
  }
  function touch(file: string, secondsFromNow: number): void {
    const t = new Date(Date.now() + secondsFromNow * 1000);
    fs.utimesSync(file, t, t);
  }

  it("finds the module by walking up", () => {
    expect(paths.moduleDir).toBe(path.join(dir, "neo4j"));
    expect(launcherPaths().pom).toBe(path.resolve(__dirname, "../../neo4j/pom.xml"));
  });

  it("is stale before a build, fresh after, stale again when pom.xml or the source changes", () => {
    expect(isLauncherFresh(paths)).toBe(false);
    fakeBuild();
    touch(paths.stamp, 5);
    expect(isLauncherFresh(paths)).toBe(true);
    touch(paths.pom, 10);
    expect(isLauncherFresh(paths)).toBe(false);
    touch(paths.stamp, 20);
    expect(isLauncherFresh(paths)).toBe(true);
    touch(path.join(paths.sourceDir, "main", "java", "Launcher.java"), 30);
    expect(isLauncherFresh(paths)).toBe(false);
  });

  it("is stale when lib/ is empty", () => {
    fakeBuild();
    touch(paths.stamp, 5);
    fs.rmSync(path.join(paths.libDir, "dep.jar"));
    expect(isLauncherFresh(paths)).toBe(false);
  });

  it("skips Maven when fresh", async () => {
    fakeBuild();
    touch(paths.stamp, 5);
    await expect(ensureLauncherBuilt({ paths })).resolves.toEqual({ built: false, jar: paths.jar });
  });

  it("says how to install Maven when mvn is missing", async () => {
    await checkJava(); // the real Java, checked (and cached) before PATH is emptied
    const savedPath = process.env.PATH;
    process.env.PATH = dir;
    try {
      await expect(ensureLauncherBuilt({ paths })).rejects.toThrow(MAVEN_NOT_FOUND_MESSAGE);
    } finally {
      process.env.PATH = savedPath;
    }
    expect(fs.existsSync(path.join(paths.targetDir, ".build-lock"))).toBe(false);
  });
});

describe("missing Java", () => {
  it("says how to install Java 17 or use NEO4J_URI", async () => {
    const saved = { PATH: process.env.PATH, JAVA_HOME: process.env.JAVA_HOME };
    const isolated = await new Promise<typeof import("../../src/graph/local-neo4j/index")>((resolve) => {
      jest.isolateModules(() => resolve(require("../../src/graph/local-neo4j/index")));
    });
    process.env.PATH = os.tmpdir();
    delete process.env.JAVA_HOME;
    try {
      await expect(isolated.checkJava()).rejects.toThrow(JAVA_NOT_FOUND_MESSAGE);
      await expect(isolated.startLocalNeo4j({ dataDir: path.join(os.tmpdir(), "never-created") })).rejects.toThrow(
        /Java 17\+ not found: install a JDK 17 or newer .* or set NEO4J_URI/,
      );
    } finally {
      process.env.PATH = saved.PATH;
      if (saved.JAVA_HOME !== undefined) process.env.JAVA_HOME = saved.JAVA_HOME;
    }
  });
});

describe("startLocalNeo4j argument checks", () => {
  it("rejects a bad port, page cache or setting before spawning anything", async () => {
    await expect(startLocalNeo4j({ dataDir: "/tmp/x", port: 70000 })).rejects.toThrow(/Invalid Bolt port/);
    await expect(startLocalNeo4j({ dataDir: "/tmp/x", pageCache: "huge" })).rejects.toThrow(/Invalid page cache size/);
    await expect(startLocalNeo4j({ dataDir: "/tmp/x", settings: { "a=b": "1" } })).rejects.toThrow(/Invalid Neo4j setting/);
    await expect(startLocalNeo4j({ dataDir: "/tmp/x", settings: { "db.x": "1\n2" } })).rejects.toThrow(/Invalid Neo4j setting/);
  });
});

describe("settingArgs", () => {
  it("passes every launcher setting, then the caller's, as --setting key=value, the caller's winning", () => {
    const args = settingArgs({ "db.transaction.timeout": "30s" });
    expect(args.slice(-2)).toEqual(["--setting", "db.transaction.timeout=30s"]);
    expect(args).toHaveLength(2 * Object.keys({ ...LAUNCHER_SETTINGS, "db.transaction.timeout": "" }).length);
    for (const key of Object.keys(LAUNCHER_SETTINGS)) {
      expect(settingArgs({ [key]: "overridden" })).toContain(`${key}=overridden`);
    }
  });
});
