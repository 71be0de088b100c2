// One Chromium and one static server over a built site for a test file.
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './chromium.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export interface BuiltSite {
  browser: Browser;
  server: StaticServer;
}

/** Launches Chromium before the file's tests and closes it after. */
export function useBrowser(): { browser: Browser } {
  const holder = {} as { browser: Browser };
  beforeAll(async () => {
    holder.browser = await launch();
  });
  afterAll(async () => {
    await holder.browser?.close();
  });
  return holder;
}

/** Serves `root` under `base` and launches Chromium before the file's tests; closes both after. */
export function useBuiltSite(root = 'dist', base = '/'): BuiltSite {
  const site = {} as BuiltSite;
  beforeAll(async () => {
    site.server = await serveStatic(root, base);
    site.browser = await launch();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
