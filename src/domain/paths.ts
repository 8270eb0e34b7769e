import path from "node:path";

/** Works from both the TypeScript sources (src/domain/) and the compiled copy (dist/src/domain/). */
const projectRoot = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? "../../.." : "../..");

export const DATA_DIR = path.join(projectRoot, "seed", "data");
export const ARTICLE_FILE = path.join(projectRoot, "seed", "source", "internet-activism.txt");
export const PROJECT_ROOT = projectRoot;
