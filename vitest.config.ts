import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    // Tests spawn the CLI and open real SQLite files; two cores are plenty busy.
    pool: 'forks',
    testTimeout: 30_000,
  },
});
