import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Typed operations for every document in examples/, from the committed schema file, with the
 * client preset that the graphql-codegen project recommends for frontends (typed document nodes
 * that Apollo Client, urql and graphql-request accept as they are). The output is committed and
 * type-checked by `npm run typecheck`; `npm run codegen` regenerates it.
 */
const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  documents: ["examples/*.graphql"],
  ignoreNoDocuments: false,
  generates: {
    "tests/generated/codegen/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true },
    },
  },
};

export default config;
