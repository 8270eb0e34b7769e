import * as fs from "node:fs";
import * as path from "node:path";

/** Where the launcher module (neo4j/) and its build output are, and whether that output is current. */

export interface LauncherPaths {
  moduleDir: string;
  pom: string;
  sourceDir: string;
  targetDir: string;
  jar: string;
  libDir: string;
  stamp: string;
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
