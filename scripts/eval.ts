// npm run eval -- <gold-folder> [--seeds <folder>] [--json]
// Runs `extract` on the articles the gold annotation names and prints precision and recall of
// figures and the accuracy of their labels, listing misses and false alarms.
// Matching (../shared/eval/README.md): same article, units of one family, values within 0.5%.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import indicatorLexicon from '../src/pipeline/lexicon/indicators.json' with { type: 'json' };
import type { ContractArticle, ContractFigure } from '../src/pipeline/contract.ts';

interface GoldFigure {
  surface: string;
  cue: string;
  sentence: string;
  value: number;
  unit: string;
  measure: string;
  indicator: string | null;
  region: string | string[] | null;
  period: string | string[] | null;
  approx: string | null;
  core: boolean;
}
interface Gold {
  article: string;
  figures: GoldFigure[];
  traps: { surface: string }[];
}

const args = process.argv.slice(2);
const goldDir = args.find((a) => !a.startsWith('--'));
const seedsArg = args.indexOf('--seeds');
const seeds = seedsArg >= 0 ? args[seedsArg + 1]! : process.env.XIBU_SEEDS || 'seeds';
if (!goldDir) {
  process.stderr.write('usage: npm run eval -- <gold-folder> [--seeds <folder>]\n');
  process.exit(2);
}

const HEADLINE = new Set(indicatorLexicon.indicators.filter((i) => 'headline' in i && i.headline).map((i) => i.slug));
const COUNT_FAMILY = new Set(['person', 'enterprise', 'item', 'other']);
const family = (unit: string) => (COUNT_FAMILY.has(unit) ? 'count' : unit);
const closeEnough = (a: number, b: number) => (a === b ? true : Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b)));
const bareRegion = (r: string) => r.replace(/(维吾尔|壮族|回族)?(自治区|自治州|省|市)$/u, '');
const accepts = (gold: string | string[] | null, predicted: string | null, normalise = (s: string) => s) => {
  const options = Array.isArray(gold) ? gold : [gold];
  return options.some((g) => (g === null ? predicted === null : predicted !== null && normalise(g) === normalise(predicted)));
};

const golds: Gold[] = readdirSync(goldDir)
  .filter((n) => n.endsWith('.json'))
  .sort()
  .map((n) => JSON.parse(readFileSync(join(goldDir, n), 'utf8')) as Gold);

const files = golds.map((g) => ['.txt', '.md'].map((ext) => join(seeds, g.article + ext)).find((p) => existsSync(p)));
const missing = golds.filter((_, i) => !files[i]).map((g) => g.article);
if (missing.length) process.stderr.write(`no seed file for: ${missing.join(', ')}\n`);

// Run the real command-line extract, as a user of the data contract would.
const out = execFileSync(process.execPath, ['scripts/extract.ts', ...files.filter((f): f is string => Boolean(f))], {
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
  stdio: ['ignore', 'pipe', 'inherit'],
});
const extracted = (JSON.parse(out) as { articles: ContractArticle[] }).articles;

let predicted = 0;
let matched = 0;
let core = 0;
let matchedCore = 0;
const labels: Record<'indicator' | 'region' | 'period' | 'measure', { ok: number; n: number }> = {
  indicator: { ok: 0, n: 0 },
  region: { ok: 0, n: 0 },
  period: { ok: 0, n: 0 },
  measure: { ok: 0, n: 0 },
};
const misses: string[] = [];
const falseAlarms: string[] = [];
const mislabels: string[] = [];

for (const [i, gold] of golds.entries()) {
  const file = files[i];
  if (!file) continue;
  const predictions: ContractFigure[] = extracted.filter((a) => a.file === file).flatMap((a) => a.figures);
  predicted += predictions.length;
  const used = new Set<number>();
  // Best pairs first: a prediction whose sentence holds the gold cue and whose surface is the gold's.
  const pairs: { g: number; p: number; score: number }[] = [];
  gold.figures.forEach((g, gi) =>
    predictions.forEach((p, pi) => {
      if (family(p.unit) !== family(g.unit) || !closeEnough(p.value, g.value)) return;
      const score = (p.sentence.includes(g.cue) ? 2 : 0) + (p.surface === g.surface ? 1 : 0) + (g.sentence.includes(p.sentence.slice(0, 12)) ? 1 : 0);
      pairs.push({ g: gi, p: pi, score });
    }),
  );
  pairs.sort((a, b) => b.score - a.score || a.p - b.p);
  const goldTaken = new Map<number, number>();
  for (const pair of pairs) {
    if (goldTaken.has(pair.g) || used.has(pair.p)) continue;
    goldTaken.set(pair.g, pair.p);
    used.add(pair.p);
  }
  matched += goldTaken.size;
  gold.figures.forEach((g, gi) => {
    if (!g.core) return;
    core++;
    const pi = goldTaken.get(gi);
    if (pi === undefined) {
      misses.push(`${gold.article}: ${g.surface} (${g.cue}) ${g.value} ${g.unit}`);
      return;
    }
    matchedCore++;
    const p = predictions[pi]!;
    const check = (name: keyof typeof labels, ok: boolean, show: string) => {
      labels[name].n++;
      if (ok) labels[name].ok++;
      else mislabels.push(`${gold.article}: ${g.surface} ${name}: expected ${show}`);
    };
    if ((g.indicator && HEADLINE.has(g.indicator)) || (p.indicator && HEADLINE.has(p.indicator))) {
      check('indicator', g.indicator === p.indicator, `${g.indicator}, got ${p.indicator}`);
    }
    check('region', accepts(g.region, p.region, bareRegion), `${JSON.stringify(g.region)}, got ${p.region}`);
    check('period', accepts(g.period, p.period), `${JSON.stringify(g.period)}, got ${p.period}`);
    check('measure', g.measure === p.measure, `${g.measure}, got ${p.measure}`);
  });
  predictions.forEach((p, pi) => {
    if (!used.has(pi)) {
      const trap = gold.traps.some((t) => p.surface.includes(t.surface) || t.surface.includes(p.surface));
      falseAlarms.push(`${gold.article}: ${p.surface} = ${p.value} ${p.unit}${trap ? ' (a trap)' : ''} in “${p.sentence.slice(0, 40)}”`);
    }
  });
}

const ratio = (a: number, b: number) => (b === 0 ? 'n/a' : (a / b).toFixed(3));
const lines = [
  `articles: ${golds.length - missing.length}   predicted: ${predicted}   matched: ${matched}   core figures: ${core}`,
  `precision: ${ratio(matched, predicted)}   recall (core): ${ratio(matchedCore, core)}`,
  ...Object.entries(labels).map(([name, { ok, n }]) => `${name.padEnd(9)} accuracy: ${ratio(ok, n)} (${ok}/${n})`),
  '',
  `misses (${misses.length}):`,
  ...misses.map((m) => `  ${m}`),
  `false alarms (${falseAlarms.length}):`,
  ...falseAlarms.map((m) => `  ${m}`),
  `wrong labels (${mislabels.length}):`,
  ...mislabels.map((m) => `  ${m}`),
];
process.stdout.write(`${lines.join('\n')}\n`);
