import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql 16 ships ESM (.mjs) and CJS builds; Node loads the CJS one for every importer, Vite
  // would mix both ("another module or realm"), so tests resolve it the way Node does.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    // One real Neo4j for the whole run (tests/setup/neo4j.ts); files share it, so they run one
    // after another and isolate themselves by data.
    globalSetup: ['tests/setup/neo4j.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    include: ['tests/**/*.test.ts'],
  },
});
