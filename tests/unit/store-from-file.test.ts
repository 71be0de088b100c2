// The page build must get the same content store from the file as Astro's inlined module gives.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { READER_MODULE, storeFromFile, storeReader } from '../../src/integrations/store-from-file.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'xibu-store-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Evaluates a module's code and returns its default export. */
async function run(code: string): Promise<unknown> {
  const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as { default: unknown };
  return module.default;
}

describe('storeReader', () => {
  it('gives the value of the module Astro would inline, read from the file', async () => {
    // What makes JSON inside a string literal hard: quotes, backslashes, line separators, CJK.
    const store = [{ articles: 1 }, ['a-1', { title: '西部陆海新通道 "96万标箱"\\ \u2028 line' }]];
    const json = JSON.stringify(store);
    const file = join(dir, 'data-store.json');
    writeFileSync(file, json);
    // Astro 7's own module for the same file.
    const inlined = `export default JSON.parse(${JSON.stringify(json)})`;
    const reader = storeReader(file);
    expect(reader).not.toContain('西部');
    expect(await run(reader)).toStrictEqual(await run(inlined));
  });

  it('gives an empty store when no store was written, as Astro does', async () => {
    expect(await run(storeReader(join(dir, 'missing.json')))).toStrictEqual(new Map());
  });
});

describe('storeFromFile', () => {
  /** The reader plugin the integration adds to `astro build`, with Astro's cache folder at `cacheDir`. */
  function readerPlugin(cacheDir: string): { load(this: { warn(m: string): void }, id: string): string | null } {
    let vite: { plugins: { load: (this: { warn(m: string): void }, id: string) => string | null }[] } | undefined;
    const hook = storeFromFile().hooks['astro:config:setup'] as (options: unknown) => void;
    hook({
      command: 'build',
      config: { experimental: {}, cacheDir: pathToFileURL(`${cacheDir}/`) },
      updateConfig: (c: { vite: typeof vite }) => (vite = c.vite),
      logger: { warn() {} },
    });
    return vite!.plugins[0]!;
  }

  it('warns when the page build finds no store file, and stays silent when it does', () => {
    const warnings: string[] = [];
    const context = { warn: (m: string) => warnings.push(m) };
    const empty = mkdtempSync(join(dir, 'cache-'));
    expect(readerPlugin(empty).load.call(context, `\0${READER_MODULE}`)).toContain('existsSync');
    expect(warnings).toEqual([`no content store at ${join(empty, 'data-store.json')}: the pages get an empty store`]);

    warnings.length = 0;
    writeFileSync(join(empty, 'data-store.json'), '[]');
    readerPlugin(empty).load.call(context, `\0${READER_MODULE}`);
    expect(readerPlugin(empty).load.call(context, 'other')).toBeNull();
    expect(warnings).toEqual([]);
  });
});
