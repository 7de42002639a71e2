import { defineConfig } from 'vitest/config'

// One root config with a project per workspace (one command runs every workspace's tests).
// Unit projects get a generous per-test deadline: CI shares 2 cores with other work, and a test
// that starts a process (the build scripts' refusals, for example) can wait seconds for a core.
// The deadline only decides when a hung test fails; a passing test never waits for it.
const UNIT_DEADLINES = { testTimeout: 60_000, hookTimeout: 120_000 }

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'content-schemas',
          ...UNIT_DEADLINES,
          root: './content-schemas',
          include: ['src/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'scripts',
          ...UNIT_DEADLINES,
          root: './scripts',
          include: ['src/**/*.test.ts'],
          passWithNoTests: true,
        },
      },
      {
        test: {
          name: 'site',
          ...UNIT_DEADLINES,
          root: './site',
          include: ['src/**/*.test.ts'],
        },
      },
      {
        // React islands render in happy-dom: `*.dom.test.tsx` next to each island.
        esbuild: { jsx: 'automatic' },
        test: {
          name: 'site-dom',
          ...UNIT_DEADLINES,
          root: './site',
          include: ['src/**/*.dom.test.tsx'],
          environment: 'happy-dom',
          passWithNoTests: true,
        },
      },
      {
        test: {
          name: 'cms-unit',
          ...UNIT_DEADLINES,
          root: './cms',
          include: ['src/**/*.test.ts'],
          passWithNoTests: true,
        },
      },
      {
        test: {
          name: 'cms-int',
          root: './cms',
          include: ['tests/int/**/*.int.spec.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          passWithNoTests: true,
        },
      },
      {
        test: {
          name: 'e2e',
          root: '.',
          include: ['tests/e2e/**/*.e2e.spec.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
