import { execFileSync, spawnSync } from "node:child_process";
import path from "node:path";

const root = path.join(__dirname, "..", "..");
const composeFile = path.join(root, "docker-compose.yml");
const hasComposePlugin = spawnSync("docker", ["compose", "version"], { encoding: "utf8" }).status === 0;

describe("docker-compose.yml", () => {
  // The Docker CLI here has no compose plugin; where it has one, the real check runs too.
  (hasComposePlugin ? it : it.skip)("passes `docker compose config -q`", () => {
    expect(spawnSync("docker", ["compose", "-f", composeFile, "config", "-q"], { encoding: "utf8" }).status).toBe(0);
  });

  it("is valid against the Compose Specification schema (dclint)", () => {
    const report = JSON.parse(execFileSync(path.join(root, "node_modules", ".bin", "dclint"), ["-f", "json", composeFile], { encoding: "utf8" })) as {
      errorCount: number;
      messages: { message: string; type: string }[];
    }[];
    expect(report[0].messages.filter((m) => m.type === "error")).toEqual([]);
  });
});
