// @ts-check
import { defineConfig } from 'astro/config';
import { storeFromFile } from './src/integrations/store-from-file.ts';

// Where the site is hosted: XIBU_SITE is the origin used for absolute share URLs,
// XIBU_BASE the sub-path (for example /xibu/) when it does not live at the root.
const site = process.env.XIBU_SITE || 'http://localhost:4321';
const base = process.env.XIBU_BASE || '/';
// XIBU_OUT_DIR builds elsewhere than dist/ (tests build a bad corpus or a sub-path site beside it).
const outDir = process.env.XIBU_OUT_DIR || './dist';

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // Nothing is fetched at run time: no prefetch, no telemetry, no dev toolbar calls home.
  devToolbar: { enabled: false },
  // astro build reads its content store from disk instead of bundling it (see the file).
  integrations: [storeFromFile()],
  vite: {
    ssr: { external: ['nodejieba'] },
  },
});
