// Reproducible builds: a second build of the same corpus, into another folder, in another time
// zone and locale, gives a byte-identical site (no build timestamps, random ids or unordered
// output). The first build is dist/, made by `npm run build` before the browser tests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { buildSite, type BuildRun } from './build-corpus.ts';

const FIRST = resolve(process.env.XIBU_OUT_DIR || 'dist');
let work: string;
let second: string;
let run: BuildRun;

/** sha256 of every file under `dir`, by its path relative to `dir`. */
function digests(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    out.set(name.split(sep).join('/'), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return out;
}

beforeAll(() => {
  if (!existsSync(join(FIRST, 'index.html'))) throw new Error(`${FIRST} is not built: run npm run build first`);
  work = mkdtempSync(join(tmpdir(), 'xibu-repro-'));
  second = join(work, 'dist');
  // Another clock, zone and locale than the first build's: none of them may reach the output.
  run = buildSite(second, { TZ: 'Pacific/Kiritimati', LANG: 'C', LC_ALL: 'C' });
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('reproducible builds', () => {
  it('give byte-identical trees for the same corpus', () => {
    expect(run.status, run.output.slice(-3000)).toBe(0);
    const a = digests(FIRST);
    const b = digests(second);
    expect(a.size).toBeGreaterThan(20);
    const onlyFirst = [...a.keys()].filter((k) => !b.has(k));
    const onlySecond = [...b.keys()].filter((k) => !a.has(k));
    const differ = [...a.keys()].filter((k) => b.has(k) && a.get(k) !== b.get(k));
    expect({ onlyFirst, onlySecond, differ }).toEqual({ onlyFirst: [], onlySecond: [], differ: [] });
  });

  it('take the search index input of unchanged pages from the cache, and the site does not change', () => {
    // The first build filled the search cache (.cache/xibu/search): every page of the second is a
    // hit, so the byte-for-byte comparison above also compares cut pages with cached ones.
    const line = /search (\d+) pages \((\d+) cut in an earlier build, (\d+) cut now\)/.exec(run.output);
    expect(line, run.output.slice(-2000)).not.toBeNull();
    // Every page came from the cache (none cut again), and there were pages to come from it.
    expect(Number(line![3])).toBe(0);
    expect(Number(line![2])).toBeGreaterThanOrEqual(Number(line![1]));
    expect(Number(line![1])).toBeGreaterThan(0);
  });
});
