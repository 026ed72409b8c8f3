// ESLint: TypeScript rules, React hooks, Microsoft SDL rules, and the layer boundaries of the
// architecture (core → services → main; renderer only through window.api).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import sdl from '@microsoft/eslint-plugin-sdl';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const noElectron = { name: 'electron', message: 'Only electron/main may import electron.' };
const noElectronStore = {
  name: 'electron-store',
  message: 'electron-store lives behind the SettingsStore interface in electron/main.',
};

/**
 * The only packages core may import: pure libraries (no I/O, no globals, no platform APIs) that
 * run the same in the renderer, the services and tests. A new one is added here by name, with
 * the README's "How it is built" table.
 */
export const CORE_LIBRARIES = [
  'zod',
  'minisearch',
  'intl-messageformat',
  '@formatjs/icu-messageformat-parser',
];

const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** What the whole renderer may not import: Node, electron, electron-store and the main process. */
const rendererRestrictions = {
  paths: [
    ...nodeBuiltins.map((name) => ({
      name,
      message: 'The renderer has no Node: talk to window.api.',
    })),
    noElectron,
    noElectronStore,
  ],
  patterns: [
    {
      group: ['**/electron/**', 'electron/*'],
      message: 'The renderer talks to the main process only through window.api.',
    },
  ],
};

/**
 * The only imports from one renderer feature folder into another, each named by the importing
 * file and the exact import: the settings screen composes the tabs of the features it hosts
 * (crisis lines, referrals, template editor, security), the runner shows the client view, and
 * the client view draws the runner's charts. Everything else two features share lives in
 * renderer/src/components/ (UI pieces) or renderer/src/lib/ (hooks, logic).
 */
export const FEATURE_COMPOSITIONS = {
  'renderer/src/features/settings/settings-screen.tsx': [
    '../crisis-lines/crisis-lines-tab',
    '../referrals/referrals-tab',
    '../template-editor/templates-tab',
  ],
  'renderer/src/features/settings/security-tab.tsx': ['../security/security-panel'],
  'renderer/src/features/runner/runner-screen.tsx': ['../client-view/client-view'],
  'renderer/src/features/client-view/client-view.tsx': [
    '../runner/chart/scene-svg',
    '../runner/chart/text-measure',
  ],
};

/** How deep below renderer/src/features/<name>/ the feature-import rule looks (folders). */
const FEATURE_DEPTH = 4;

/**
 * The renderer's import restrictions for a file `depth` folders below renderer/src/features
 * (1: directly in features/<name>/), with the named imports in `allowed` let through. A relative
 * import that climbs exactly `depth` levels and then descends lands in another feature's folder;
 * one that climbs further and names a `features/` folder comes back into one.
 */
function rendererImports(depth = 0, allowed = []) {
  if (depth === 0) return ['error', rendererRestrictions];
  const up = `(?:\\.\\./){${depth}}`;
  const except = allowed.map((name) => `(?!${escapeRegex(name)}$)`).join('');
  return [
    'error',
    {
      ...rendererRestrictions,
      patterns: [
        ...rendererRestrictions.patterns,
        {
          regex: `^${except}(?:${up}(?![.])|(?:\\.\\./){${depth + 1},}(?:.*/)?features/)`,
          message:
            'A renderer feature imports only shared code (renderer/src/components, lib, styles, i18n) and core, never another feature: move the shared piece to components/ or lib/. The only exceptions are named in FEATURE_COMPOSITIONS (eslint.config.js).',
        },
      ],
    },
  ];
}

/** The feature-import rule, one block per folder depth, then one per named composition. */
const featureImportRules = [
  ...Array.from({ length: FEATURE_DEPTH }, (_, i) => ({
    files: [`renderer/src/features/*/${'*/'.repeat(i)}*.{ts,tsx}`],
    rules: { 'no-restricted-imports': rendererImports(i + 1) },
  })),
  ...Object.entries(FEATURE_COMPOSITIONS).map(([file, allowed]) => ({
    files: [file],
    rules: { 'no-restricted-imports': rendererImports(file.split('/').length - 4, allowed) },
  })),
];

/** Layer rules, exported so a test can check that a fixture breaking them is reported. */
export const layerRules = [
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'core is pure TypeScript: no Node built-ins.',
            })),
            noElectron,
            noElectronStore,
            { name: 'react', message: 'core has no UI.' },
            { name: 'react-dom', message: 'core has no UI.' },
          ],
          patterns: [
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'core imports nothing from services, main or the renderer.',
            },
            { group: ['react/*', 'react-dom/*'], message: 'core has no UI.' },
            {
              // Any package import (not relative) other than the pure libraries named above.
              // (Node built-ins, react and electron have their own messages above.)
              regex: `^(?![.]|(?:${[...CORE_LIBRARIES, ...builtinModules, 'react', 'react-dom', 'electron', 'electron-store'].map(escapeRegex).join('|')})(?:/|$)|node:)`,
              message: `core imports only the pure libraries named in CORE_LIBRARIES (${CORE_LIBRARIES.join(', ')}); add a new one there, by name, if it is pure.`,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, noElectronStore],
          patterns: [
            { group: ['electron/*'], message: 'services never import electron.' },
            {
              group: ['**/main/**', '**/preload/**', '**/renderer/**'],
              message: 'services import only core and their own modules.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectronStore],
          patterns: [
            {
              group: ['**/services/**', '**/main/**', '**/renderer/**'],
              message: 'the preload imports only core and electron.',
            },
          ],
        },
      ],
    },
  },
  { files: ['renderer/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': rendererImports() } },
  ...featureImportRules,
  {
    files: ['tests/**/*.ts', 'scripts/**/*.{ts,mjs,js}'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // CommonJS preloads for tools the scripts run (require is how CommonJS imports).
    files: ['scripts/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'out/**',
      '.tsbuild/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'tests/fixtures/lint/**',
      'tests/fixtures/security/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No dangerouslySetInnerHTML.',
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts', 'core/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    plugins: { '@microsoft/sdl': sdl },
    rules: {
      '@microsoft/sdl/no-inner-html': 'error',
      '@microsoft/sdl/no-document-write': 'error',
      '@microsoft/sdl/no-insecure-url': [
        'error',
        { exceptions: ['^http://127\\.0\\.0\\.1', '^http://localhost', '^http://www\\.w3\\.org/'] },
      ],
      '@microsoft/sdl/no-electron-node-integration': 'error',
      '@microsoft/sdl/no-html-method': 'error',
      '@microsoft/sdl/no-postmessage-star-origin': 'error',
      '@microsoft/sdl/no-msapp-exec-unsafe': 'error',
      '@microsoft/sdl/no-winjs-html-unsafe': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='ipcMain']",
          message: 'Use the typed IPC glue in electron/main/ipc.ts.',
        },
        {
          selector: "MemberExpression[object.name='ipcRenderer']",
          message: 'Use the contract-built API in the preload.',
        },
      ],
    },
  },
  {
    files: ['electron/main/ipc.ts', 'electron/preload/preload.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  ...layerRules,
);
