/**
 * Browser journeys in Debian's Chromium. Against TUNAS_BASE_URL when set; otherwise the global
 * setup starts the built API (which serves the built portal) on a free port with a fresh demo database.
 * Named jest-e2e.config.cts so that @nx/jest infers no `test` target: run them with `nx e2e portal-e2e`.
 */
module.exports = {
  displayName: 'portal-e2e',
  rootDir: __dirname,
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  testTimeout: 60_000,
};
