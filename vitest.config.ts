import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'actions/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['test/global-setup.ts'],
    // @actions/workflow-parser imports its schema JSON without an import attribute, which Node's
    // loader refuses; letting vite transform it instead makes it importable as it is.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
