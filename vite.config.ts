import { defineConfig, createLogger } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { electronPackagesFile, thirdPartyNotices } from './scripts/third-party-notices-plugin.mjs';

const root = fileURLToPath(new URL('./renderer', import.meta.url));

// CSS Modules `composes: x from '../../styles/….module.css'` pulls the shared primitives in
// without a source file name, and Vite warns once that their url()s could be rewritten wrongly
// (vitejs/vite#10079). The primitives hold no url() — tests/scripts/style-primitives.test.ts
// checks that — so this one warning is dropped; every other message passes through.
const COMPOSES_WARNING = 'A PostCSS plugin did not pass the `from` option to `postcss.parse`';
// scripts/build.mjs --quiet asks for warnings only (a custom logger decides its own level).
const logger = createLogger(process.env.CLOSING_SESSION_BUILD_QUIET === '1' ? 'warn' : 'info');
const warnOnce = logger.warnOnce.bind(logger);
logger.warnOnce = (message, options) => {
  if (!message.includes(COMPOSES_WARNING)) warnOnce(message, options);
};

// The renderer is served from app:// in Electron and from http://127.0.0.1 in the e2e tests,
// so every URL in the build is relative.
export default defineConfig({
  root,
  base: './',
  customLogger: logger,
  // Emits third-party-notices.json/.txt from what the bundles hold (main/preload: recorded by
  // scripts/build-electron.mjs, which scripts/build.mjs runs first).
  plugins: [
    react(),
    thirdPartyNotices({
      root: fileURLToPath(new URL('.', import.meta.url)),
      electronPackages: electronPackagesFile(fileURLToPath(new URL('./dist', import.meta.url))),
    }),
  ],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
  },
});
