// The whole pipeline over a corpus: every input file -> articles, plus a report of what was
// done to each file. Pure: takes bytes, returns data. One bad file never stops the others.
import { VFile } from 'vfile';
import { ingest } from './ingest.ts';
import { readDocument, type DocumentArticle, type LeftOutBlock } from './document.ts';
import type { Repair } from './repair.ts';
import type { Figure } from './types.ts';
import { inferPublications, publishedOn, type MetadataEntry, type Publication } from './dates.ts';
import { extractFigures } from './figures.ts';
import { findDirectives, type Directive } from './directives.ts';

export interface InputFile {
  /** Path as given (relative or absolute). */
  path: string;
  bytes: Uint8Array;
}

export interface Article extends DocumentArticle {
  /** Path of the file it came from, as given. */
  file: string;
  fileName: string;
  stem: string;
  published: Publication;
  figures: Figure[];
}

export type FileStatus = 'built' | 'rejected' | 'duplicate' | 'skipped';

export interface FileMessage {
  ruleId: string;
  reason: string;
  severity: 'info' | 'warning' | 'error';
  line?: number;
  column?: number;
  start?: number;
  end?: number;
}

export interface FileReport {
  name: string;
  path: string;
  status: FileStatus;
  encoding?: string;
  bytes: number;
  hash?: string;
  articles: string[];
  repairs: Repair[];
  leftOut: LeftOutBlock[];
  messages: FileMessage[];
}

/** A built file's decoded text, which every offset points into. */
export interface SourceText {
  id: string;
  name: string;
  text: string;
}

export interface Corpus {
  articles: Article[];
  files: FileReport[];
  sources: SourceText[];
  /** Policy directives, each under the article that states it, with echoes across the corpus. */
  directives: Directive[];
}

export const ARTICLE_EXTENSIONS = /\.(txt|md|markdown)$/i;

/** Turns a report's repairs, omissions and errors into vfile messages, for the console. */
export function toVFile(report: FileReport, text?: string): VFile {
  const file = new VFile({ path: report.path, value: text });
  for (const m of report.messages) {
    const place = m.line !== undefined ? { line: m.line, column: m.column ?? 1 } : undefined;
    const msg = file.message(m.reason, { place, ruleId: m.ruleId, source: 'xibu' });
    msg.fatal = m.severity === 'error' ? true : m.severity === 'warning' ? false : undefined;
  }
  return file;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, column: offset - last };
}

function buildFile(
  input: InputFile,
  seen: Map<string, string>,
  stems: Set<string>,
): { report: FileReport; articles: Article[]; source?: SourceText } {
  const name = input.path.split(/[\\/]/).pop() ?? input.path;
  const base: FileReport = { name, path: input.path, status: 'built', bytes: input.bytes.length, articles: [], repairs: [], leftOut: [], messages: [] };
  if (!ARTICLE_EXTENSIONS.test(name)) {
    return {
      report: { ...base, status: 'skipped', messages: [{ ruleId: 'input/not-an-article', severity: 'warning', reason: 'not an article: only .txt and .md files are read' }] },
      articles: [],
    };
  }
  const result = ingest(input.path, input.bytes);
  if (!result.ok) {
    return {
      report: { ...base, status: 'rejected', messages: [{ ruleId: `input/${result.error.ruleId}`, severity: 'error', reason: result.error.reason }] },
      articles: [],
    };
  }
  const file = result.file;
  const original = seen.get(file.hash);
  if (original) {
    return {
      report: {
        ...base,
        status: 'duplicate',
        encoding: file.encoding,
        hash: file.hash,
        messages: [{ ruleId: 'input/duplicate', severity: 'warning', reason: `same content as ${original}: built once, from ${original}` }],
      },
      articles: [],
    };
  }
  seen.set(file.hash, name);
  // Two files may share a stem (a.txt, a.md): the later one takes its extension into its id.
  if (stems.has(file.stem)) file.stem = `${file.stem}-${name.split('.').pop() ?? 'x'}`;
  stems.add(file.stem);
  try {
    const doc = readDocument(file);
    const articles = doc.articles.map((a): Article => ({ ...a, file: input.path, fileName: name, stem: file.stem, published: UNDATED, figures: [] }));
    const at = (offset: number) => lineColumn(file.text, offset);
    const messages: FileMessage[] = [
      ...(file.encoding !== 'utf-8' && file.encoding !== 'utf-8-bom'
        ? [{ ruleId: 'input/encoding', severity: 'info' as const, reason: `decoded as ${file.encoding}` }]
        : []),
      ...doc.repairs.map((r) => ({ ruleId: r.ruleId, severity: 'info' as const, reason: `${r.kind}: ${r.before} → ${r.after}`, start: r.start, end: r.end, ...at(r.start) })),
      ...doc.leftOut.map((l) => ({ ruleId: 'layout/left-out', severity: 'info' as const, reason: `left out “${l.text}”: ${l.reason}`, start: l.start, end: l.end, ...at(l.start) })),
    ];
    if (articles.length === 0) messages.push({ ruleId: 'input/no-article', severity: 'warning', reason: 'no article text found in the file' });
    return {
      report: { ...base, encoding: file.encoding, hash: file.hash, articles: articles.map((a) => a.id), repairs: doc.repairs, leftOut: doc.leftOut, messages },
      articles,
      source: { id: file.stem, name, text: file.text },
    };
  } catch (error) {
    // A bug in a stage must cost this one file, never the build.
    const reason = error instanceof Error ? error.message : String(error);
    return { report: { ...base, status: 'rejected', messages: [{ ruleId: 'pipeline/crash', severity: 'error', reason: `the pipeline failed on this file: ${reason}` }] }, articles: [] };
  }
}

const UNDATED: Publication = { date: null, year: null, month: null, day: null, basis: 'unknown', method: '', source: null, sourceMethod: '' };

const BYLINE_ROLES = new Set(['byline', 'credit']);

/** Dates and sources need the whole corpus: an undated article may share an event with a dated one. */
function datePublications(articles: Article[], metadata: Readonly<Record<string, MetadataEntry>>): Article[] {
  const publications = inferPublications(
    articles.map((a) => ({
      id: a.id,
      file: a.file,
      text: a.blocks.map((b) => b.text).join('\n'),
      bylines: a.blocks.filter((b) => BYLINE_ROLES.has(b.role)).map((b) => b.text),
      keywords: a.keywords,
    })),
    metadata,
  );
  return articles.map((a) => {
    const override = metadata[a.id]?.title;
    return { ...a, ...(override ? { title: override, titleMethod: 'metadata' as const } : {}), published: publications.get(a.id) ?? UNDATED };
  });
}

/** Figures need the publication date, to resolve 今年, 去年, 一季度. */
function withFigures(article: Article): Article {
  const title = [article.kicker, article.title, article.subtitle].filter(Boolean).join(' ');
  return { ...article, figures: extractFigures({ blocks: article.blocks, sentences: article.sentences, title }, publishedOn(article.published)) };
}

export function buildCorpus(
  inputs: readonly InputFile[],
  metadata: Readonly<Record<string, MetadataEntry>> = {},
  unreadable: readonly { path: string; reason: string }[] = [],
): Corpus {
  // Sorted by name so that output order, duplicate choice and ids never depend on the file system.
  const sorted = [...inputs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const seen = new Map<string, string>();
  const stems = new Set<string>();
  const sources: SourceText[] = [];
  const articles: Article[] = [];
  const files: FileReport[] = [];
  for (const input of sorted) {
    const { report, articles: built, source } = buildFile(input, seen, stems);
    if (source) sources.push(source);
    files.push(report);
    articles.push(...built);
  }
  for (const u of unreadable) {
    const name = u.path.split(/[\\/]/).pop() ?? u.path;
    files.push({ name, path: u.path, status: 'rejected', bytes: 0, articles: [], repairs: [], leftOut: [], messages: [{ ruleId: 'input/unreadable', severity: 'error', reason: u.reason }] });
  }
  const built = datePublications(articles, metadata).map(withFigures);
  return { articles: built, files, sources, directives: findDirectives(built) };
}
