// The search step of an incremental build: a page whose figures changed is cut again with what
// segmenting the pages looked up in the build before (src/lib/search-cache.ts), without jieba, and
// the index it writes is the one a build with no cache writes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postbuildSite, type BuildRun } from './build-corpus.ts';
import { ROOT_DIR } from './site.ts';

let work: string;
const runs: BuildRun[] = [];
let edited: string;
let fresh: string;

const summary = (run: BuildRun) => /search (\d+) pages \((\d+) cut in an earlier build, (\d+) cut now\) in \d+ index parts? \/ \d+ words, (\d+) segmenting lookups/.exec(run.output);

/** Every file of the search index (Pagefind's folders and the vocabulary), by path. */
function searchFiles(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    if (!/^(pagefind[^/]*|search)\//.test(name) || !/\.[a-z0-9]+$/.test(name)) continue;
    out.set(name, readFileSync(join(dir, name)).toString('base64'));
  }
  return out;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'xibu-search-memo-'));
  const cache = join(work, 'cache');
  edited = join(work, 'edited');
  fresh = join(work, 'fresh');
  cpSync(ROOT_DIR, edited, { recursive: true });
  runs.push(postbuildSite(edited, { XIBU_CACHE_DIR: cache }));
  // A corrected figure: the first number of the first reading page's text changes.
  const page = readdirSync(join(edited, 'articles'), { recursive: true, encoding: 'utf8' }).sort().find((n) => /^[^/]+\/index\.html$/.test(n))!;
  const file = join(edited, 'articles', page);
  const html = readFileSync(file, 'utf8');
  const main = html.indexOf('<main');
  const digit = html.slice(main).search(/>[^<]*?[1-8][^<]*</);
  const at = main + digit + html.slice(main + digit).search(/[1-8]/);
  writeFileSync(file, html.slice(0, at) + String(Number(html[at]) + 1) + html.slice(at + 1));
  cpSync(edited, fresh, { recursive: true });
  runs.push(postbuildSite(edited, { XIBU_CACHE_DIR: cache }));
  runs.push(postbuildSite(fresh, { XIBU_CACHE: 'off' }));
}, 180_000);
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('search step after a corrected figure', () => {
  it('cuts only the changed page, with no lookup outside the memo', () => {
    for (const run of runs) expect(run.status, run.output.slice(-2000)).toBe(0);
    const [cold, again] = runs.map(summary);
    expect(cold, runs[0]!.output).not.toBeNull();
    expect(Number(cold![4])).toBeGreaterThan(0);
    expect(again, runs[1]!.output).not.toBeNull();
    expect(Number(again![3])).toBe(1);
    expect(Number(again![4])).toBe(0);
  });

  it('writes the index a build without the cache writes', () => {
    const a = searchFiles(edited);
    const b = searchFiles(fresh);
    expect(a.size).toBeGreaterThan(5);
    expect([...a.keys()]).toEqual([...b.keys()]);
    expect([...a].filter(([k, v]) => b.get(k) !== v).map(([k]) => k)).toEqual([]);
  });
});
