/** Jest runs the TypeScript sources directly; ts-jest only transpiles (tsc --noEmit type-checks). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      {
        tsconfig: {
          module: 'commonjs',
          moduleResolution: 'node10',
          isolatedModules: true,
          esModuleInterop: true,
          target: 'es2022',
          ignoreDeprecations: '6.0',
        },
        diagnostics: false,
      },
    ],
  },
  testTimeout: 20000,
  globalSetup: '<rootDir>/test/global-setup.cjs',
};
