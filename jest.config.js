// Two projects: unit tests need no database; integration tests get a real Neo4j from the global
// setup (the local embedded one, or NEO4J_URI when set). Type checking is `npm run typecheck`.
const tsJest = ["ts-jest", {}];

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      transform: { "^.+\\.ts$": tsJest },
      testMatch: ["<rootDir>/tests/unit/**/*.test.ts"],
      setupFiles: ["reflect-metadata"],
    },
    {
      displayName: "integration",
      testEnvironment: "node",
      transform: { "^.+\\.ts$": tsJest },
      // The explorer's browser test needs the same Neo4j, so it runs in this project.
      testMatch: ["<rootDir>/tests/integration/**/*.int.test.ts", "<rootDir>/tests/browser/**/*.browser.test.ts"],
      setupFiles: ["reflect-metadata"],
      globalSetup: "<rootDir>/tests/helpers/neo4j-global-setup.ts",
      globalTeardown: "<rootDir>/tests/helpers/neo4j-global-teardown.ts",
      slowTestThreshold: 30,
    },
  ],
  testTimeout: 60000,
  reporters: ["default", "<rootDir>/tests/helpers/summary-reporter.js"],
};
