// ESLint flat config: Next's recommended rules (core web vitals + TypeScript)
// plus the import boundaries that keep the site's layers one-way.
import { fileURLToPath } from 'node:url';
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

// Data flows one way: content → lib → components → app. lib/ reads and
// shapes the content, components/ render what lib/ returns, app/ (the
// routes) wires the two together. scripts/, e2e/ and fixtures/ are tools
// and tests around the site; the site itself never depends on them.
const here = fileURLToPath(new URL('.', import.meta.url));
const SITE = ['./app', './components', './lib', './config', './proxy.ts'];

const libIsTheBottomLayer = {
  target: './lib',
  from: ['./components', './app'],
  message:
    'lib/ must not import from components/ or app/. Data flows content → lib → components → app: lib/ returns data, a component renders it, and app/ routes call both. Move the shared piece into lib/, or pass it in from the caller.',
};

const componentsDoNotKnowRoutes = {
  target: './components',
  from: './app',
  message:
    'components/ must not import from app/. Data flows content → lib → components → app: routes use components, never the other way round. Move the shared code into lib/ or components/, or pass it in as a prop.',
};

const siteDoesNotUseTools = {
  target: SITE,
  from: ['./scripts', './e2e'],
  message:
    'The site (app/, components/, lib/, config/, proxy.ts) must not import from scripts/ or e2e/. Those are build tools and end-to-end tests that run around the site (content → lib → components → app) and are not part of the shipped code; move the shared code into lib/ and import it from both.',
};

const siteDoesNotUseFixtures = {
  target: SITE,
  from: ['./fixtures'],
  message:
    'The site must not import from fixtures/: fixtures are test data, and the site reads real content only (content → lib → components → app). Only unit tests (lib/**/*.test.ts, config/**/*.test.ts) may import them.',
};

const boundaries = (zones) => ({
  'import/no-restricted-paths': ['error', { basePath: here, zones }],
});

const config = [
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      '.next-*/**',
      '.lede/**',
      'out/**',
      'test-results*/**',
      'playwright-report*/**',
      'blob-report/**',
      'bench-out/**',
      'public/**',
      'next-env.d.ts',
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    name: 'lede/project-choices',
    rules: {
      // The project drops a field by destructuring it beside a rest element
      // (`const { body: _body, ...summary } = article`); the named field is
      // unused by design.
      '@typescript-eslint/no-unused-vars': ['warn', { ignoreRestSiblings: true }],
    },
  },
  {
    // next.config.js and the files it loads (config/) are CommonJS: Next
    // require()s them, including the cacheHandler, and they are plain
    // `// @ts-check` JavaScript, not compiled TypeScript.
    name: 'lede/commonjs-config',
    files: ['next.config.js', 'config/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Open Graph cards are drawn by Satori (@vercel/og), which only knows
    // plain <img>; next/image does not exist there.
    name: 'lede/og-cards',
    files: ['components/og/**'],
    rules: { '@next/next/no-img-element': 'off' },
  },
  {
    name: 'lede/boundaries',
    files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
    rules: boundaries([libIsTheBottomLayer, componentsDoNotKnowRoutes, siteDoesNotUseTools, siteDoesNotUseFixtures]),
  },
  {
    // Unit tests may load fixtures; every other boundary still holds for them.
    name: 'lede/boundaries-unit-tests',
    files: ['lib/**/*.test.{ts,tsx}', 'config/**/*.test.ts'],
    rules: boundaries([libIsTheBottomLayer, componentsDoNotKnowRoutes, siteDoesNotUseTools]),
  },
];

export default config;
