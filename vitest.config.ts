import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS and .mjs side by side. Node (and so Pothos and Yoga) loads the
    // CommonJS build, while Vite would pick the .mjs one: two copies of graphql, whose types
    // refuse each other. Point Vite at the one Node uses.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/support/setup.ts'],
    testTimeout: 20_000,
  },
});
