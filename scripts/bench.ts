// npm run bench [-- --quick]
// Builds synthetic corpora of 1, 100, 1,000 and 10,000 articles (--quick stops at 1,000) made from
// the seeds' paragraphs with numbers and places varied, and prints per size the pipeline time, the
// build time, peak memory, pages per second and the heaviest page; then the budgets as PASS/FAIL lines: the pipeline
// against raw nodejieba, the build against a bare Astro build of as many plain pages, growth from
// 1,000 to 10,000, memory, the incremental rebuild, and page weight and Lighthouse on the seeds.
//
// Every build runs `npm run build`'s command in a child process, in a snapshot of this project under
// /tmp (node_modules linked): Astro keeps build state in <root>/.astro, and builds of other corpora
// running in the working copy at the same time must not share it.
//   --sizes=1,100             build these sizes instead
//   --no-lighthouse           skip page weight and Lighthouse
//   --generate <n> <folder>   only write a synthetic corpus of n articles
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import regions from '../src/pipeline/lexicon/regions.json' with { type: 'json' };
import { buildCorpus } from '../src/pipeline/corpus.ts';
import { readInputs } from '../src/pipeline/read-folder.ts';
import { DOMAIN_DICTIONARY } from '../src/pipeline/segment.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const workRoot = process.env.XIBU_BENCH_DIR || '/tmp/xibu-bench';

// ---------------------------------------------------------------------------------------------
// Synthetic corpora

/** Deterministic PRNG (mulberry32), so a size always gives the same corpus. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Pool {
  titles: string[];
  subtitles: string[];
  headings: string[];
  paragraphs: string[];
  bylines: string[];
}

/** The seeds' blocks by role, as the pipeline reads them. */
function seedPool(): Pool {
  const { inputs, metadata } = readInputs([join(projectRoot, 'seeds')]);
  const corpus = buildCorpus(inputs, metadata);
  const pool: Pool = { titles: [], subtitles: [], headings: [], paragraphs: [], bylines: [] };
  for (const article of corpus.articles) {
    for (const block of article.blocks) {
      const text = block.text.replace(/\s*\n\s*/g, '');
      if (block.role === 'title') pool.titles.push(text);
      else if (block.role === 'subtitle') pool.subtitles.push(text);
      else if (block.role === 'heading') pool.headings.push(text);
      else if (block.role === 'byline' && text.length < 30) pool.bylines.push(text);
      else if (block.role === 'paragraph' && text.length >= 20) pool.paragraphs.push(text);
    }
  }
  return pool;
}

const PROVINCE_ENTRIES = regions.filter((r) => r.western && ['province', 'autonomous_region', 'municipality'].includes(r.kind));
const PROVINCES = PROVINCE_ENTRIES.map((r) => r.name);
const CITIES = regions.filter((r) => r.western && r.kind === 'city').map((r) => r.name);
/** Full names (新疆维吾尔自治区) -> short names, so that a full name is swapped as a whole. */
const FULL_NAMES = new Map(PROVINCE_ENTRIES.flatMap((r) => r.aliases.map((alias) => [alias, r.name] as const)));
const FULL_NAME_OF = new Map(PROVINCE_ENTRIES.map((r) => [r.name, r.aliases[0] ?? r.name]));
const PLACE = new RegExp([...FULL_NAMES.keys(), ...PROVINCES, ...CITIES].sort((a, b) => b.length - a.length).join('|'), 'gu');
const NUMBER = /(?<![A-Za-z0-9.])\d+(?:\.\d+)?(?=(年|月|日|[^年月日]|$))/gu;

/** One article's text: places swapped (consistently within it) and numbers varied. */
function vary(text: string, rand: () => number, places: Map<string, string>, yearShift: number): string {
  const withPlaces = text.replace(PLACE, (written) => {
    const name = FULL_NAMES.get(written) ?? written;
    let other = places.get(name);
    if (!other) {
      const list = PROVINCES.includes(name) ? PROVINCES : CITIES;
      other = list[Math.floor(rand() * list.length)] ?? name;
      places.set(name, other);
    }
    return FULL_NAMES.has(written) ? (FULL_NAME_OF.get(other) ?? other) : other;
  });
  return withPlaces.replace(NUMBER, (digits, next: string) => {
    const value = Number(digits);
    if (next === '年' && value >= 1949 && value <= 2035 && !digits.includes('.')) return String(Math.min(2025, value + yearShift));
    if (next === '月') return String(1 + Math.floor(rand() * 12));
    if (next === '日') return String(1 + Math.floor(rand() * 28));
    const decimals = digits.split('.')[1]?.length ?? 0;
    const varied = value * (0.5 + rand());
    return decimals > 0 ? varied.toFixed(decimals) : String(Math.max(1, Math.round(varied)));
  });
}

function pick<T>(list: readonly T[], rand: () => number): T {
  const item = list[Math.floor(rand() * list.length)];
  if (item === undefined) throw new Error('empty pool');
  return item;
}

/** A newspaper-like article file: title, maybe a subtitle and byline, sections of paragraphs. */
function syntheticArticle(pool: Pool, index: number): string {
  const rand = random(index * 7919 + 17);
  const places = new Map<string, string>();
  const yearShift = Math.floor(rand() * 4) - 2;
  const v = (text: string) => vary(text, rand, places, yearShift);
  const lines: string[] = [v(pick(pool.titles, rand))];
  if (rand() < 0.4) lines.push(v(pick(pool.subtitles, rand)));
  if (rand() < 0.5) lines.push(pick(pool.bylines, rand));
  const sections = 1 + Math.floor(rand() * 3);
  for (let s = 0; s < sections; s++) {
    if (s > 0 || rand() < 0.3) lines.push(v(pick(pool.headings, rand)));
    const paragraphs = 3 + Math.floor(rand() * 4);
    for (let p = 0; p < paragraphs; p++) lines.push(v(pick(pool.paragraphs, rand)));
  }
  return `${lines.join('\n\n')}\n`;
}

/** Writes n distinct article files into folder (emptied first); returns their characters. */
export function writeCorpus(n: number, folder: string): number {
  const pool = seedPool();
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const seen = new Set<string>();
  let characters = 0;
  for (let i = 0, attempt = 0; i < n; attempt++) {
    const text = syntheticArticle(pool, attempt);
    const hash = createHash('sha256').update(text).digest('hex');
    // Identical files would be built once (duplicates): every article must count.
    if (seen.has(hash)) continue;
    seen.add(hash);
    writeFileSync(join(folder, `a${String(i).padStart(5, '0')}.txt`), text);
    characters += text.length;
    i++;
  }
  return characters;
}


// ---------------------------------------------------------------------------------------------
// Builds in a child process, with wall time and the peak memory of its process tree

interface StepTime {
  command: string;
  ms: number;
  /** User + system CPU time of the step's processes (from /usr/bin/time), or NaN. */
  cpuMs: number;
  peakBytes: number;
  /** Highest resident memory (VmHWM) of each program the step ran, by process name: which one sets the peak. */
  programs: Record<string, number>;
}

interface BuildRun {
  wallMs: number;
  cpuMs: number;
  steps: StepTime[];
  /** Highest sum of resident memory over the build's processes, sampled every 100 ms, or the highest single process peak (VmHWM) if larger. */
  peakBytes: number;
  /** From the loader's `pipeline … ms: n of m files through the per-file stages` line. */
  pipelineMs: number | null;
  processed: number | null;
  files: number | null;
  log: string;
}

function parentOf(pid: string): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

function memoryOf(pid: number): { name: string; rss: number; hwm: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { name: /^Name:\s+(.*)$/m.exec(status)?.[1] ?? '?', rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return { name: '?', rss: 0, hwm: 0 };
  }
}

function treeOf(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const parent = parentOf(name);
    if (parent === null) continue;
    const list = children.get(parent) ?? [];
    list.push(Number(name));
    children.set(parent, list);
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []));
  return tree;
}

/** Runs one shell command, sampling its process tree's memory. */
function runMeasured(
  command: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<{ ms: number; cpuMs: number; peakBytes: number; programs: Record<string, number>; output: string; code: number }> {
  return new Promise((resolve) => {
    const started = performance.now();
    // CPU time too: on a shared machine, wall time alone says little.
    const timed = existsSync('/usr/bin/time');
    const argv = timed ? ['/usr/bin/time', '-f', 'XIBU_BENCH_CPU %U %S', 'sh', '-c', command] : ['sh', '-c', command];
    const child = spawn(argv[0]!, argv.slice(1), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    let peakBytes = 0;
    const programs: Record<string, number> = {};
    const sample = () => {
      if (child.pid === undefined) return;
      let sum = 0;
      for (const pid of treeOf(child.pid)) {
        const { name, rss, hwm } = memoryOf(pid);
        sum += rss;
        peakBytes = Math.max(peakBytes, hwm);
        programs[name] = Math.max(programs[name] ?? 0, hwm);
      }
      peakBytes = Math.max(peakBytes, sum);
    };
    const timer = setInterval(sample, 100);
    child.on('close', (code) => {
      clearInterval(timer);
      const cpu = /XIBU_BENCH_CPU ([\d.]+) ([\d.]+)/.exec(output);
      const cpuMs = cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : NaN;
      resolve({ ms: performance.now() - started, cpuMs, peakBytes, programs, output, code: code ?? 1 });
    });
  });
}

const PIPELINE_LINE = /pipeline (\d+) ms: (\d+) of (\d+) files through the per-file stages/;

/** `npm run build`'s command, step by step (`a && b`), so that each step is timed. */
async function build(project: string, env: Record<string, string>, logName: string): Promise<BuildRun> {
  const scripts = (JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const commands = (scripts.build ?? 'astro build').split('&&').map((c) => c.trim());
  const fullEnv = { ...process.env, ...env, PATH: `${join(project, 'node_modules/.bin')}:${process.env.PATH ?? ''}` };
  const steps: StepTime[] = [];
  let peakBytes = 0;
  let log = '';
  for (const command of commands) {
    const run = await runMeasured(command, project, fullEnv);
    steps.push({ command, ms: run.ms, cpuMs: run.cpuMs, peakBytes: run.peakBytes, programs: run.programs });
    peakBytes = Math.max(peakBytes, run.peakBytes);
    log += `$ ${command}\n${run.output}\n`;
    if (run.code !== 0) {
      writeFileSync(join(workRoot, logName), log);
      throw new Error(`build failed (${command}); log in ${join(workRoot, logName)}`);
    }
  }
  writeFileSync(join(workRoot, logName), log);
  const line = PIPELINE_LINE.exec(log);
  return {
    wallMs: steps.reduce((sum, s) => sum + s.ms, 0),
    cpuMs: steps.reduce((sum, s) => sum + s.cpuMs, 0),
    steps,
    peakBytes,
    pipelineMs: line ? Number(line[1]) : null,
    processed: line ? Number(line[2]) : null,
    files: line ? Number(line[3]) : null,
    log,
  };
}

// ---------------------------------------------------------------------------------------------
// Projects under /tmp: a snapshot of this one, and a bare Astro site of plain pages

const NOT_COPIED = new Set(['node_modules', 'dist', '.astro', '.cache', '.git', 'test-results']);

/**
 * A copy of the project (node_modules linked), whose Astro caches stay in the copy: a build with an
 * outDir outside the project root puts its prerender chunks in <root>/.astro/, and its data
 * store in cacheDir, where other builds of the working copy would overwrite them.
 */
function snapshotProject(): string {
  const project = join(workRoot, 'project');
  rmSync(project, { recursive: true, force: true });
  mkdirSync(project, { recursive: true });
  for (const name of readdirSync(projectRoot)) {
    if (NOT_COPIED.has(name)) continue;
    cpSync(join(projectRoot, name), join(project, name), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(project, 'node_modules'));
  cpSync(join(project, 'astro.config.mjs'), join(project, 'astro.config.project.mjs'));
  writeFileSync(
    join(project, 'astro.config.mjs'),
    "// The benchmark's copy: the project's config, with Astro's cache inside the copy.\nimport config from './astro.config.project.mjs';\nexport default { ...config, cacheDir: './.astro-cache/' };\n",
  );
  return project;
}

function bareProject(pages: number): string {
  const project = join(workRoot, `bare-${pages}`);
  rmSync(project, { recursive: true, force: true });
  mkdirSync(join(project, 'src/pages'), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(project, 'node_modules'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'bare', type: 'module', private: true, scripts: { build: 'astro build' } }));
  writeFileSync(
    join(project, 'astro.config.mjs'),
    "export default { outDir: './dist', cacheDir: './.astro-cache/', build: { format: 'directory' }, devToolbar: { enabled: false } };\n",
  );
  writeFileSync(
    join(project, 'src/pages/[id].astro'),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { id: \`p\${i}\` } }));
}
const { id } = Astro.params;
---
<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><title>Page {id}</title></head>
<body><main><h1>Page {id}</h1><p>A plain page.</p></main></body></html>
`,
  );
  return project;
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(join(folder, name)).isFile());
}

// ---------------------------------------------------------------------------------------------
// Raw nodejieba over the same text

function rawJiebaCharsPerSecond(folder: string): { chars: number; perSecond: number; loadMs: number } {
  const jieba = createRequire(join(projectRoot, 'package.json'))('nodejieba') as {
    load(o: { userDict: string }): void;
    cut(text: string, hmm: boolean): string[];
  };
  // Every process that cuts pays this, an incremental build's included: its floor.
  const loading = performance.now();
  jieba.load({ userDict: DOMAIN_DICTIONARY });
  const loadMs = performance.now() - loading;
  const texts = readdirSync(folder).sort().map((name) => readFileSync(join(folder, name), 'utf8'));
  const chars = texts.reduce((sum, t) => sum + t.length, 0);
  // Measured once, as the pipeline is, over every file's text (the dictionary load excluded).
  const started = performance.now();
  for (const text of texts) jieba.cut(text, true);
  return { chars, perSecond: chars / ((performance.now() - started) / 1000), loadMs };
}

// ---------------------------------------------------------------------------------------------
// Page weight and Lighthouse, on the seeds site

/**
 * JavaScript a built page loads without interaction, gzip bytes: its scripts, their static imports,
 * and the modules they import by a fixed name (the chart, loaded after the first paint). An import
 * whose name is computed (Pagefind's, on a search) is listed as on demand, not counted.
 */
function pageScripts(outDir: string, htmlFile: string): { gzip: number; files: string[]; dynamic: string[] } {
  const html = readFileSync(join(outDir, htmlFile), 'utf8');
  const seen = new Set<string>();
  const dynamic = new Set<string>();
  let gzip = 0;
  const visitImports = (code: string, dir: string): void => {
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)) visit(join(dir, m[1]!));
    for (const m of code.matchAll(/\bimport\(\s*(["'`])([^"'`]+?\.js)\1\s*\)/g)) {
      if (m[2]!.includes('${')) dynamic.add(m[2]!);
      else visit(join(dir, m[2]!));
    }
  };
  const visit = (file: string): void => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    gzip += gzipSync(code).length;
    visitImports(code, join(file, '..'));
  };
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attributes = m[1] ?? '';
    const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
    if (src) {
      visit(join(outDir, src.replace(/^\//, '')));
    } else if (!/type="application\/(ld\+)?json"/.test(attributes) && (m[2] ?? '').trim() !== '') {
      gzip += gzipSync(m[2]!).length;
      seen.add('(inline)');
      visitImports(m[2]!.replace(/(["'`])\//g, '$1'), outDir);
    }
  }
  return { gzip, files: [...seen].map((f) => (f === '(inline)' ? f : relative(outDir, f))), dynamic: [...dynamic] };
}

interface PageAudit {
  page: string;
  url: string;
  scores: Record<string, number>;
  /** gzip bytes of the JavaScript the browser fetched, by Lighthouse's network record. */
  loadedJsGzip: number;
  failing: string[];
  /** Lab metrics of the median run (mobile, simulated throttling: Lighthouse's defaults). */
  metrics: string;
  performanceRuns: number[];
}

const LIGHTHOUSE_RUNS = 3;

async function lighthouseAudits(outDir: string, pages: { page: string; path: string }[]): Promise<PageAudit[]> {
  const { serveStatic } = await import('../tests/browser/static-server.ts');
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  // Compressed as most static hosts serve text; Lighthouse's simulated network counts bytes sent.
  const server = await serveStatic(outDir, '/', { gzip: true });
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const audits: PageAudit[] = [];
  try {
    for (const { page, path } of pages) {
      const url = new URL(path, server.url).href;
      // Three runs, the median by performance (Lighthouse's own advice: scores vary run to run).
      const runs = [];
      for (let run = 0; run < LIGHTHOUSE_RUNS; run++) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        if (!result) throw new Error(`lighthouse gave no result for ${url}`);
        runs.push(result.lhr);
      }
      runs.sort((x, y) => (x.categories.performance?.score ?? 0) - (y.categories.performance?.score ?? 0));
      const lhr = runs[Math.floor(runs.length / 2)]!;
      const scores = Object.fromEntries(Object.entries(lhr.categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)]));
      const requests = (lhr.audits['network-requests']?.details as { items?: { url: string; resourceType?: string }[] } | undefined)?.items ?? [];
      let loadedJsGzip = 0;
      for (const r of requests) {
        if (r.resourceType !== 'Script') continue;
        const file = join(outDir, decodeURIComponent(new URL(r.url).pathname).replace(/^\//, ''));
        if (existsSync(file)) loadedJsGzip += gzipSync(readFileSync(file)).length;
      }
      const failing = Object.values(lhr.categories)
        .filter((c) => (c.score ?? 0) < 1)
        .flatMap((c) => c.auditRefs.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => `${c.id}/${ref.id}`));
      const metric = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? NaN);
      const metrics = `FCP ${metric('first-contentful-paint')} ms, LCP ${metric('largest-contentful-paint')} ms, TBT ${metric('total-blocking-time')} ms, CLS ${(lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)}`;
      const performanceRuns = runs.map((r) => Math.round((r.categories.performance?.score ?? 0) * 100));
      audits.push({ page, url: path, scores, loadedJsGzip, failing, metrics, performanceRuns });
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  return audits;
}

// ---------------------------------------------------------------------------------------------
// The run

interface SizeResult {
  articles: number;
  characters: number;
  cold: BuildRun;
  htmlPages: number;
  /** The heaviest HTML page: lists that grow with the corpus are paged, so it should not grow. */
  largestPage: { file: string; bytes: number };
  bare: BuildRun;
  jiebaPerSecond: number;
  /** nodejieba's dictionary load, measured beside its throughput. */
  jiebaLoadMs: number;
  incremental?: BuildRun;
  /** The machine's load average when the build started: other work slows every figure. */
  load: string;
}

const MB = 1024 * 1024;
const s = (ms: number) => (ms / 1000).toFixed(1);
const verdict = (ok: boolean, line: string) => console.log(`${ok ? 'PASS' : 'FAIL'}  ${line}`);
/** Each step's largest programs by peak memory (`astro build: node 4449 MB; …`), the small ones (sh, time) left out. */
function programPeaks(run: BuildRun): string {
  return run.steps
    .map((step) => {
      const big = Object.entries(step.programs).filter(([, bytes]) => bytes >= 64 * MB).sort((a, b) => b[1] - a[1]);
      return `${step.command}: ${big.map(([name, bytes]) => `${name} ${Math.round(bytes / MB)} MB`).join(' + ') || '-'}`;
    })
    .join('; ');
}
const perFileAndCorpus = (log: string) => /per-file (\d+) ms \(cache reads (\d+) ms\), corpus (\d+) ms/.exec(log);

async function measureSize(project: string, n: number, incremental: boolean): Promise<SizeResult> {
  const corpus = join(workRoot, `corpus-${n}`);
  const characters = writeCorpus(n, corpus);
  const outDir = join(project, `out-${n}`);
  const cacheDir = join(workRoot, `cache-${n}`);
  rmSync(cacheDir, { recursive: true, force: true });
  // The folder reader's 40 MiB corpus limit (~11,000 articles) is raised, so that larger sizes can be tried.
  const env = { XIBU_SEEDS: corpus, XIBU_OUT_DIR: outDir, XIBU_CACHE_DIR: cacheDir, XIBU_MAX_CORPUS_BYTES: String(1024 * MB) };
  process.stdout.write(`  ${n} articles: build… `);
  const load = loadAverage().split(' ')[0] ?? '';
  const cold = await build(project, env, `build-${n}.log`);
  const html = filesUnder(outDir).filter((f) => f.endsWith('.html'));
  const htmlPages = html.length;
  const largestPage = html.map((file) => ({ file, bytes: statSync(join(outDir, file)).size })).reduce((a, b) => (b.bytes > a.bytes ? b : a), { file: '', bytes: 0 });
  process.stdout.write(`${s(cold.wallMs)} s; nodejieba… `);
  const jieba = rawJiebaCharsPerSecond(corpus);
  process.stdout.write(`bare Astro (${htmlPages} pages)… `);
  const bareDir = bareProject(htmlPages);
  const bare = await build(bareDir, {}, `bare-${n}.log`);
  process.stdout.write(`${s(bare.wallMs)} s`);
  const result: SizeResult = { articles: n, characters, cold, htmlPages, largestPage, bare, jiebaPerSecond: jieba.perSecond, jiebaLoadMs: jieba.loadMs, load };
  if (incremental) {
    // One article changes: one figure of it, as an editor's correction would.
    const changed = join(corpus, `a${String(Math.floor(n / 2)).padStart(5, '0')}.txt`);
    const text = readFileSync(changed, 'utf8');
    writeFileSync(changed, text.replace(/\d+/, (digits) => String(Number(digits) + 1)));
    process.stdout.write('; one article changed, build again… ');
    result.incremental = await build(project, env, `build-${n}-incremental.log`);
    process.stdout.write(`${s(result.incremental.wallMs)} s`);
  }
  process.stdout.write('\n');
  rmSync(outDir, { recursive: true, force: true });
  rmSync(join(bareDir, 'dist'), { recursive: true, force: true });
  return result;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const generate = args.indexOf('--generate');
  if (generate >= 0) {
    const n = Number(args[generate + 1]);
    const folder = args[generate + 2];
    if (!Number.isInteger(n) || !folder) throw new Error('usage: --generate <n> <folder>');
    const characters = writeCorpus(n, folder);
    console.log(`${n} articles, ${characters} characters in ${folder}`);
    return;
  }
  const quick = args.includes('--quick');
  const sizesArg = args.find((a) => a.startsWith('--sizes='));
  const sizes = sizesArg ? sizesArg.slice(8).split(',').filter(Boolean).map(Number) : quick ? [1, 100, 1000] : [1, 100, 1000, 10000];
  const lighthouseWanted = !args.includes('--no-lighthouse');

  mkdirSync(workRoot, { recursive: true });
  console.log(`xibu bench: sizes ${sizes.join(', ')}; work in ${workRoot}; ${process.versions.node}, ${availableCores()} cores, load ${loadAverage()}`);
  const project = snapshotProject();
  const results: SizeResult[] = [];
  for (const n of sizes) results.push(await measureSize(project, n, n === 1000));

  const header = ['articles', 'chars', 'pipeline s', 'per-file/corpus s', 'pipeline chars/s', 'jieba chars/s', 'ratio', 'build s', 'astro+post s', 'build CPU s', 'bare s', 'build/bare', 'peak MB', 'astro/post MB', 'pages', 'pages/s', 'largest page KB', 'load'];
  const rows = results.map((r) => {
    const pipelineMs = r.cold.pipelineMs ?? NaN;
    const perSecond = r.characters / (pipelineMs / 1000);
    const parts = perFileAndCorpus(r.cold.log);
    const astro = r.cold.steps[0]?.ms ?? 0;
    return [
      r.articles,
      r.characters,
      s(pipelineMs),
      parts ? `${s(Number(parts[1]))}/${s(Number(parts[3]))}` : '-',
      Math.round(perSecond),
      Math.round(r.jiebaPerSecond),
      (perSecond / r.jiebaPerSecond).toFixed(2),
      s(r.cold.wallMs),
      `${s(astro)}+${s(r.cold.wallMs - astro)}`,
      s(r.cold.cpuMs),
      s(r.bare.wallMs),
      (r.cold.wallMs / r.bare.wallMs).toFixed(2),
      Math.round(r.cold.peakBytes / MB),
      r.cold.steps.map((step) => Math.round(step.peakBytes / MB)).join('/'),
      r.htmlPages,
      (r.htmlPages / (r.cold.wallMs / 1000)).toFixed(1),
      `${Math.round(r.largestPage.bytes / 1024)} (${r.largestPage.file.replace(/index\.html$/, '')})`,
      r.load,
    ].map(String);
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  console.log('');
  for (const row of [header, ...rows]) console.log(row.map((cell, i) => cell.padStart(widths[i]!)).join('  '));
  console.log('\nPeak memory by program (VmHWM)');
  for (const r of results) console.log(`  ${r.articles} articles: ${programPeaks(r.cold)}`);

  console.log('\nBudgets');
  const largest = results[results.length - 1];
  if (largest) budgets(results, largest);
  if (lighthouseWanted) await pageBudgets(project);
}

function budgets(results: SizeResult[], largest: SizeResult): void {
  const pipelineRatio = largest.characters / ((largest.cold.pipelineMs ?? NaN) / 1000) / largest.jiebaPerSecond;
  verdict(pipelineRatio >= 0.5, `pipeline throughput ≥ 0.5× raw nodejieba.cut (${largest.articles} articles): ${pipelineRatio.toFixed(2)}×`);
  for (const r of results) {
    const ratio = r.cold.wallMs / r.bare.wallMs;
    verdict(ratio <= 1.5, `build ≤ 1.5× a bare Astro build of as many pages (${r.articles} articles, ${r.htmlPages} pages): ${ratio.toFixed(2)}× (${s(r.cold.wallMs)} s vs ${s(r.bare.wallMs)} s)`);
  }
  const thousand = results.find((r) => r.articles === 1000);
  const tenThousand = results.find((r) => r.articles === 10000);
  if (thousand && tenThousand) {
    const growth = tenThousand.cold.wallMs / thousand.cold.wallMs;
    verdict(growth <= 11, `1,000 → 10,000 articles ≤ 11× the build time: ${growth.toFixed(1)}× (pipeline ${((tenThousand.cold.pipelineMs ?? NaN) / (thousand.cold.pipelineMs ?? NaN)).toFixed(1)}×)`);
  } else {
    console.log('skip  growth from 1,000 to 10,000 articles (needs both sizes)');
  }
  if (tenThousand) {
    verdict(
      tenThousand.cold.peakBytes <= 3 * 1024 * MB,
      `peak memory ≤ 3 GB at 10,000 articles: ${(tenThousand.cold.peakBytes / 1024 / MB).toFixed(2)} GB [${programPeaks(tenThousand.cold)}]`,
    );
  } else {
    console.log('skip  memory at 10,000 articles (not measured)');
  }
  const incremental = thousand?.incremental;
  if (thousand && incremental) {
    const share = (incremental.pipelineMs ?? NaN) / (thousand.cold.pipelineMs ?? NaN);
    const parts = perFileAndCorpus(incremental.log);
    verdict(
      incremental.processed === 1 && share <= 0.05,
      `one article of 1,000 changed: ${incremental.processed} file(s) through the per-file stages; pipeline ${incremental.pipelineMs} ms = ${(share * 100).toFixed(1)}% of the cold ${thousand.cold.pipelineMs} ms (≤ 5%)` +
        (parts ? ` [per-file ${parts[1]} ms, of which cache reads ${parts[2]} ms; corpus stages ${parts[3]} ms]` : '') +
        `; loading nodejieba alone takes ${Math.round(thousand.jiebaLoadMs)} ms = ${((thousand.jiebaLoadMs / (thousand.cold.pipelineMs ?? NaN)) * 100).toFixed(1)}%`,
    );
  }
}

async function pageBudgets(project: string): Promise<void> {
  console.log('\nPage weight and Lighthouse (the seeds site)');
  const seedsOut = join(project, 'out-seeds');
  await build(project, { XIBU_SEEDS: join(project, 'seeds'), XIBU_OUT_DIR: seedsOut, XIBU_CACHE: 'off' }, 'build-seeds.log');
  const html = filesUnder(seedsOut).filter((f) => f.endsWith('.html')).sort();
  // Of each type, the heaviest page: the worst case a reader meets.
  const largest = (pattern: RegExp) =>
    html.filter((f) => pattern.test(f)).sort((a, b) => statSync(join(seedsOut, b)).size - statSync(join(seedsOut, a)).size)[0];
  const types: [string, string | undefined][] = [
    ['home', 'index.html'],
    ['reading page', largest(/^articles\/[^/]+\/index\.html$/)],
    ['indicator page', largest(/^indicators\/[^/]+\/index\.html$/)],
    ['directive page', largest(/^directives\/[^/]+\/index\.html$/)],
    ['region page', largest(/^regions\/[^/]+\/index\.html$/)],
  ];
  const weights = new Map<string, number>();
  for (const [type, file] of types) {
    if (!file) continue;
    const js = pageScripts(seedsOut, file);
    weights.set(type, js.gzip);
    console.log(`  ${type.padEnd(15)} ${(js.gzip / 1024).toFixed(1).padStart(6)} KB gzip JS  ${js.files.join(' ') || '(none)'}${js.dynamic.length ? `; on demand: ${js.dynamic.join(' ')}` : ''}`);
  }
  const reading = weights.get('reading page') ?? 0;
  verdict(reading <= 10 * 1024, `reading page: only a small share/search script (≤ 10 KB gzip): ${(reading / 1024).toFixed(1)} KB`);
  const indicator = weights.get('indicator page') ?? 0;
  verdict(indicator <= 80 * 1024, `indicator page ≤ 80 KB gzip of JavaScript, chart.js included: ${(indicator / 1024).toFixed(1)} KB`);

  if (chineseFonts() === 0) {
    console.log(
      '  note: no Chinese font is installed (fc-list :lang=zh). Chromium then searches its fallback fonts for every line of\n' +
        '        Chinese text, layout work no reader\'s device does; install one (apt-get install -y fonts-noto-cjk) for figures like the README\'s.',
    );
  }
  const audited = types.filter(([type]) => ['home', 'reading page', 'indicator page'].includes(type)) as [string, string][];
  const audits = await lighthouseAudits(
    seedsOut,
    audited.map(([page, file]) => ({ page, path: file.replace(/index\.html$/, '') })),
  );
  for (const a of audits) {
    const sc = a.scores;
    const ok = (sc.performance ?? 0) >= 95 && sc.accessibility === 100 && sc['best-practices'] === 100 && sc.seo === 100;
    verdict(
      ok,
      `Lighthouse ${a.page} (/${a.url}): performance ${sc.performance} (runs ${a.performanceRuns.join(', ')}), accessibility ${sc.accessibility}, best practices ${sc['best-practices']}, SEO ${sc.seo}; ` +
        `${a.metrics}; ${(a.loadedJsGzip / 1024).toFixed(1)} KB gzip JS loaded${a.failing.length ? `; audits below 1: ${a.failing.join(', ')}` : ''}`,
    );
  }
}

/** Fonts that cover Chinese, as fontconfig lists them (0 when fc-list is missing). */
function chineseFonts(): number {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).split('\n').filter(Boolean).length;
  } catch {
    return 0;
  }
}

function availableCores(): number {
  return readFileSync('/proc/cpuinfo', 'utf8').split('\n').filter((l) => l.startsWith('processor')).length;
}

function loadAverage(): string {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}

await main();
