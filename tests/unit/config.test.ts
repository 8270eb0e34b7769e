import path from "node:path";
import { ConfigError, loadConfig } from "../../src/config";

describe("loadConfig", () => {
  it("applies documented defaults when nothing is set", () => {
    const config = loadConfig({}, "/srv/app");
    expect(config.port).toBe(4000);
    expect(config.host).toBe("127.0.0.1");
    expect(config.env).toBe("development");
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.neo4j.database).toBe("neo4j");
    expect(config.neo4j.local.dataDir).toBe(path.resolve("/srv/app", ".data/neo4j"));
    expect(config.neo4j.queryTimeoutMs).toBe(5000);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it("reads every documented variable", () => {
    const config = loadConfig({
      NODE_ENV: "production",
      HOST: "0.0.0.0",
      PORT: "8080",
      LOG_LEVEL: "warn",
      NEO4J_URI: "neo4j+s://db.example.org",
      NEO4J_USER: "reader",
      NEO4J_PASSWORD: "secret",
      NEO4J_DATABASE: "activism",
      SEED_ON_START: "false",
    });
    expect(config).toMatchObject({ env: "production", host: "0.0.0.0", port: 8080, logLevel: "warn", seedOnStart: false });
    expect(config.neo4j).toMatchObject({ uri: "neo4j+s://db.example.org", user: "reader", password: "secret", database: "activism" });
  });

  it.each([
    ["PORT", "abc", /PORT must be a whole number from 1 to 65535 \(got "abc"\)/],
    ["PORT", "70000", /PORT must be a whole number from 1 to 65535/],
    ["NEO4J_URI", "http://localhost:7474", /NEO4J_URI must be a Bolt URI/],
    ["LOG_LEVEL", "loud", /LOG_LEVEL must be one of: fatal, error, warn, info, debug, trace, silent/],
    ["NODE_ENV", "staging", /NODE_ENV must be one of: development, production, test/],
    ["SEED_ON_START", "maybe", /SEED_ON_START must be true or false/],
    ["GRAPHQL_EXECUTOR", "fast", /GRAPHQL_EXECUTOR must be one of: jit, graphql-js/],
  ])("rejects %s=%s naming the variable and what is allowed", (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it("chooses the executor: graphql-jit unless GRAPHQL_EXECUTOR says graphql-js", () => {
    expect(loadConfig({}).executor).toBe("jit");
    expect(loadConfig({ GRAPHQL_EXECUTOR: "graphql-js" }).executor).toBe("graphql-js");
  });

  it("lists every invalid variable at once", () => {
    try {
      loadConfig({ PORT: "-1", LOG_LEVEL: "nope" });
      throw new Error("expected a ConfigError");
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toHaveLength(2);
    }
  });
});
