import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(__dirname) } },
  test: {
    include: [
      'lib/**/*.test.ts',
      'components/**/*.test.tsx',
      'scripts/**/*.test.ts',
      'config/**/*.test.ts',
      'fixtures/**/*.test.ts',
      // `.unit.ts`, not `.test.ts`: Playwright collects every *.test.ts under e2e/ as a browser test.
      'e2e/support/**/*.unit.ts',
    ],
    environment: 'node',
  },
});
