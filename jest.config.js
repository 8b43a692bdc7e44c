// Native ESM jest (MikroORM 7 and jose are ESM-only): run through `node --experimental-vm-modules`.
const swc = [
  '@swc/jest',
  {
    jsc: { parser: { syntax: 'typescript' }, target: 'es2024' },
    module: { type: 'es6' },
  },
];

const project = (displayName, testMatch) => ({
  displayName,
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  testMatch,
  rootDir: import.meta.dirname,
});

export default {
  projects: [
    project('unit', ['<rootDir>/{packages,services}/*/src/**/*.spec.ts']),
    project('integration', ['<rootDir>/{packages,services}/*/test/**/*.int.spec.ts']),
    project('e2e', ['<rootDir>/test/e2e/**/*.e2e.spec.ts']),
  ],
  testTimeout: 60_000,
};
