// Astro hands its content store to the page build as one module, `astro:data-layer-content`,
// which inlines the whole store: `export default JSON.parse("…")`. At 10,000 articles the store
// is 148 MB. Making and bundling that module (the file read, parsed to check it, escaped into a
// string literal, copied to the bundler and back) took Astro's process from 2.8 to 4.3 GB, and
// to 5.5 GB when the bundler parsed the literal. Pages are rendered in the build's own process,
// on the machine that has just written the store to disk, so in `astro build` the module is
// replaced by one that reads that file when the pages import it: the bundle holds a path, not
// the data, and the pages get the same store.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's module for the content store (Astro 7). */
export const STORE_MODULE = 'astro:data-layer-content';
/** The module put in its place. */
export const READER_MODULE = 'xibu:store-from-file';

/**
 * The module that reads the store file when the page build imports it; without the file (no
 * collection stored), the empty store Astro's own module gives then.
 */
export function storeReader(file: string): string {
  return [
    `import { existsSync, readFileSync } from 'node:fs';`,
    `const file = ${JSON.stringify(file)};`,
    `export default existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : new Map();`,
    '',
  ].join('\n');
}

export function storeFromFile(): AstroIntegration {
  return {
    name: 'xibu-store-from-file',
    hooks: {
      'astro:config:setup'({ command, config, updateConfig, logger }) {
        if (command !== 'build') return;
        // The chunked store is a folder of modules, not one file: leave it to Astro.
        const storage = (config.experimental as { collectionStorage?: string }).collectionStorage;
        if (storage !== undefined && storage !== 'single-file') {
          logger.warn(`collectionStorage "${storage}": the content store is bundled as Astro writes it`);
          return;
        }
        // Where `astro build` writes its store (Astro's getDataStoreFile outside dev).
        const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
        const resolved = `\0${READER_MODULE}`;
        updateConfig({
          vite: {
            // An alias applies before any plugin resolves the id, so Astro never makes its module.
            resolve: { alias: [{ find: new RegExp(`^${STORE_MODULE}$`), replacement: READER_MODULE }] },
            plugins: [
              {
                name: 'xibu-store-from-file',
                resolveId: (id) => (id === READER_MODULE ? resolved : null),
                load(id) {
                  if (id !== resolved) return null;
                  // Astro gives the same empty store without the file; but a store that exists
                  // elsewhere (a later Astro moving it) would make every content page vanish.
                  if (!existsSync(file)) this.warn(`no content store at ${file}: the pages get an empty store`);
                  return storeReader(file);
                },
              },
            ],
          },
        });
      },
    },
  };
}
