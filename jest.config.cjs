/** Jest runs the TypeScript sources directly; ts-jest only transpiles (tsc --noEmit type-checks). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: { module: 'commonjs', moduleResolution: 'node10', isolatedModules: true, ignoreDeprecations: '6.0' }, diagnostics: false }],
  },
  testTimeout: 20000,
};
