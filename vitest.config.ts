import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'site/test/**/*.test.ts', '.github/test/**/*.test.ts', 'test/**/*.test.ts'],
    // Browser, Eleventy and CLI tests spawn real processes: give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks'
  }
})
