// The two builds the hosting tests run against: the site at the root (dist/, built by
// `npm run build` before the browser tests) and the same site under a sub-path. The sub-path
// build is made once per root build and reused by every test file: it is stamped with a
// digest of the root build's file list, and rebuilt only when that changes.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { buildSite } from './build-corpus.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export interface Site {
  name: 'root' | 'sub-path';
  /** The built folder. */
  dir: string;
  /** The path it is served under, with slashes at both ends. */
  base: string;
}

export const ROOT_DIR = resolve(process.env.XIBU_OUT_DIR || 'dist');
export const SUB_PATH_BASE = '/xibu/';
const SUB_PATH_DIR = resolve('.cache/subpath-site');

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split(sep).join('/'))
    .filter((name) => statSync(join(dir, name)).isFile())
    .sort();
}

function stampOf(dir: string): string {
  const hash = createHash('sha256');
  for (const name of files(dir)) hash.update(`${name} ${statSync(join(dir, name)).size} ${statSync(join(dir, name)).mtimeMs}\n`);
  return hash.digest('hex');
}

/** Builds the site under SUB_PATH_BASE unless the build for the current root build exists. */
export function subPathSite(): Site {
  if (!existsSync(join(ROOT_DIR, 'index.html'))) throw new Error(`${ROOT_DIR} is not built: run npm run build first`);
  const stamp = stampOf(ROOT_DIR);
  const stampFile = `${SUB_PATH_DIR}.stamp`;
  const built = existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp && existsSync(join(SUB_PATH_DIR, 'sw.js'));
  if (!built) {
    mkdirSync(resolve('.cache'), { recursive: true });
    const run = buildSite(SUB_PATH_DIR, { XIBU_BASE: SUB_PATH_BASE });
    if (run.status !== 0) throw new Error(`sub-path build failed:\n${run.output.slice(-3000)}`);
    writeFileSync(stampFile, stamp);
  }
  return { name: 'sub-path', dir: SUB_PATH_DIR, base: SUB_PATH_BASE };
}

export function rootSite(): Site {
  return { name: 'root', dir: ROOT_DIR, base: '/' };
}

/** Both builds; the sub-path one is built here if needed (half a minute, once per root build). */
export function bothSites(): Site[] {
  return [rootSite(), subPathSite()];
}

export function serve(site: Site): Promise<StaticServer> {
  return serveStatic(site.dir, site.base);
}

/** Every built HTML page, as a path relative to the site folder (articles/x/index.html). */
export function htmlPages(site: Site): string[] {
  return files(site.dir).filter((name) => name.endsWith('.html'));
}

/** The URL path a built page is served at, below the site's URL (articles/x/ or 404.html). */
export function pageUrlPath(file: string): string {
  return file.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * A page's type: its folder with the last part generalised when the folder has several pages
 * (articles/x/index.html -> articles/*), so that one page per type can be checked in depth.
 */
export function pageType(file: string, all: readonly string[]): string {
  const parts = file.split('/');
  if (parts.length < 3) return file;
  const parent = parts.slice(0, -2).join('/');
  const siblings = all.filter((f) => f.startsWith(`${parent}/`) && f.split('/').length === parts.length);
  return siblings.length > 1 ? `${parent}/*` : file;
}

/** One page per type: the largest of each, which has the most to check. */
export function onePagePerType(site: Site): string[] {
  const all = htmlPages(site);
  const byType = new Map<string, string>();
  for (const file of all) {
    const type = pageType(file, all);
    const current = byType.get(type);
    if (!current || statSync(join(site.dir, file)).size > statSync(join(site.dir, current)).size) byType.set(type, file);
  }
  return [...byType.values()].sort();
}
