import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    testTimeout: 30_000,
    // Unit and snapshot tests run on the committed boundaries (data/geo/), whatever NTM_GEO_DIR the shell has.
    env: { NTM_GEO_DIR: "" },
    // @actions/workflow-parser imports its JSON schema without an import attribute, which Node
    // refuses; processed by Vite, the import works.
    server: { deps: { inline: ["@actions/workflow-parser"] } },
  },
});
