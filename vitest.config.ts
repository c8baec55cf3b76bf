import { defineConfig } from 'vitest/config'

// Unit tests only; the browser tests under tests/e2e run with Playwright.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 20_000,
  },
})
