// The unit suite as mutation testing runs it: the same tests, less the ones that build the whole site or
// render images (they take minutes per run and test pages, not src/lib or src/data).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    exclude: ["tests/unit/bad-data-build.test.ts", "tests/unit/images.test.ts", "tests/unit/snapshots.test.ts", "node_modules/**"],
    testTimeout: 30_000,
  },
});
