/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json', isolatedModules: true }] },
  testTimeout: 30000,
  reporters: ['default', '<rootDir>/tests/summary-reporter.js'],
  // Storage and end-to-end suites start servers on free ports; two workers fit this 2-core machine.
  maxWorkers: 2,
};
