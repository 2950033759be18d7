/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }] },
  // graphql-yoga and its friends ship ESM-only pieces under node_modules.
  transformIgnorePatterns: ['/node_modules/(?!(@whatwg-node|graphql-yoga|@graphql-yoga|@envelop|@graphql-tools|@repeaterjs)/)'],
  testTimeout: 30000,
};
