// The whole pipeline over a corpus: every input file -> articles, plus a report of what was
// done to each file. Pure: takes bytes, returns data. One bad file never stops the others.
import { VFile } from 'vfile';
import { ARTICLE_EXTENSIONS, MAX_FILE_BYTES, ingest, normaliseLineEnds } from './ingest.ts';
import { tableCells } from './table-text.ts';
import { articleId, readDocument, type DocumentArticle, type LeftOutBlock } from './document.ts';
import { matchingText, writtenText, type MatchingText, type WrittenText } from './script-variant.ts';
import { articleAsWritten, directiveAsWritten } from './as-written.ts';
import type { Repair } from './repair.ts';
import type { Figure, SourceFile } from './types.ts';
import { estimateDate, inferPublications, publishedOn, type Estimate, type MetadataEntry, type Publication } from './dates.ts';
import { extractFigures } from './figures.ts';
import { findDirectives, readArticleDirectives, type Directive } from './directives.ts';

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

export { ARTICLE_EXTENSIONS };

/** A file the folder reader did not read (see read-folder.ts), with its reason. */
export interface UnreadableFile {
  path: string;
  reason: string;
  /** Rule of the build report; `input/unreadable` when not given. */
  ruleId?: string;
  /** Size on disk, when known. */
  bytes?: number;
  /** `skipped` for what is not an article (a folder, a large non-text file); else `rejected`. */
  status?: 'rejected' | 'skipped';
}

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

/** What a reader of the build report needs to know of a table: it is shown, its numbers are not figures. */
function tableNotice(text: string): string {
  const rows = tableCells(text);
  const numbers = rows.slice(1).flat().filter((cell) => /[0-9０-９]/.test(cell)).length;
  return `table of ${rows.length - 1} rows × ${rows[0]?.length ?? 0} columns shown as written: ${numbers === 0 ? 'it holds no numbers' : `its ${numbers} cells with numbers are not read as figures`}`;
}

/** Line and column (1-based) of offsets in text; the line ends are found once for all of a file's messages. */
function lineColumns(text: string): (offset: number) => { line: number; column: number } {
  let ends: number[] | undefined;
  return (offset) => {
    if (!ends) {
      ends = [];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) ends.push(i);
    }
    // Line ends before the offset: their count gives the line, the last of them the column.
    let low = 0;
    let high = ends.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (ends[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    return { line: low + 1, column: offset - (low > 0 ? ends[low - 1]! : -1) };
  };
}

/** What the files built so far have taken: content (by hash), stems and article ids. */
interface BuildState {
  seen: Map<string, string>;
  stems: Set<string>;
  ids: Set<string>;
}

/** A stem none of whose article ids is taken: a.txt and a.md, or a-2.txt beside a two-article a.txt, must not overwrite each other's pages. */
function uniqueStem(stem: string, name: string, parts: readonly number[], state: BuildState): string {
  const free = (s: string): boolean => !state.stems.has(s) && parts.every((p) => !state.ids.has(articleId(s, p)));
  if (free(stem)) return stem;
  const extension = name.split('.').pop() ?? 'x';
  let candidate = `${stem}-${extension}`;
  for (let n = 2; !free(candidate); n++) candidate = `${stem}-${extension}${n}`;
  return candidate;
}

function buildFile(
  input: InputFile,
  state: BuildState,
  stages: CorpusStages = DEFAULT_STAGES,
  maxFileBytes: number = MAX_FILE_BYTES,
): { report: FileReport; articles: Article[]; source?: SourceText; written?: WrittenText } {
  const name = input.path.split(/[\\/]/).pop() ?? input.path;
  const base: FileReport = { name, path: input.path, status: 'built', bytes: input.bytes.length, articles: [], repairs: [], leftOut: [], messages: [] };
  if (!ARTICLE_EXTENSIONS.test(name)) {
    return {
      report: { ...base, status: 'skipped', messages: [{ ruleId: 'input/not-an-article', severity: 'warning', reason: 'not an article: only .txt and .md files are read' }] },
      articles: [],
    };
  }
  const result = stages.ingest(input.path, input.bytes, maxFileBytes);
  if (!result.ok) {
    return {
      report: { ...base, status: 'rejected', messages: [{ ruleId: `input/${result.error.ruleId}`, severity: 'error', reason: result.error.reason }] },
      articles: [],
    };
  }
  const file = result.file;
  const original = state.seen.get(file.hash) ?? state.seen.get(file.textHash);
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
  state.seen.set(file.hash, name);
  state.seen.set(file.textHash, name);
  try {
    // Traditional text is matched as simplified, aligned character for character, and shown as written.
    const variant = stages.matchingText(file);
    const written = variant.script === 'traditional' ? writtenText(normaliseLineEnds(file.text), normaliseLineEnds(variant.text)) : undefined;
    const doc = stages.readDocument(written ? { ...file, text: variant.text } : file);
    // Two files may share a stem (a.txt, a.md; a-2.txt beside a two-article a.txt): the later one is renamed.
    const given = file.stem;
    file.stem = uniqueStem(file.stem, name, doc.articles.map((a) => a.part), state);
    state.stems.add(file.stem);
    const articles = doc.articles.map((a): Article => {
      const id = articleId(file.stem, a.part);
      state.ids.add(id);
      return { ...a, id, file: input.path, fileName: name, stem: file.stem, published: UNDATED, figures: [] };
    });
    const repairs = written ? doc.repairs.map((r) => ({ ...r, before: written.free(r.before), after: written.free(r.after) })) : doc.repairs;
    const leftOut = written ? doc.leftOut.map((l) => ({ ...l, text: written.free(l.text) })) : doc.leftOut;
    const at = lineColumns(file.text);
    const messages: FileMessage[] = [
      ...(file.encoding !== 'utf-8' && file.encoding !== 'utf-8-bom'
        ? [{ ruleId: 'input/encoding', severity: 'info' as const, reason: `decoded as ${file.encoding}` }]
        : []),
      ...(variant.script === 'traditional'
        ? [{ ruleId: 'input/traditional', severity: 'info' as const, reason: `traditional characters (${Math.round(variant.changedShare * 100)}% of ideographs differ from simplified): matched as simplified (OpenCC, by ${variant.method}), shown as written` }]
        : []),
      ...(file.stem !== given ? [{ ruleId: 'input/renamed', severity: 'warning' as const, reason: `id “${file.stem}”: “${given}” was taken by another file` }] : []),
      ...repairs.map((r) => ({ ruleId: r.ruleId, severity: 'info' as const, reason: `${r.kind}: ${r.before} → ${r.after}`, start: r.start, end: r.end, ...at(r.start) })),
      ...doc.articles.flatMap((a) => a.blocks.filter((b) => b.role === 'table')).map((b) => ({ ruleId: 'layout/table', severity: 'warning' as const, reason: tableNotice(b.text), start: b.start, end: b.end, ...at(b.start) })),
      ...leftOut.map((l) => ({ ruleId: 'layout/left-out', severity: 'info' as const, reason: `left out “${l.text}”: ${l.reason}`, start: l.start, end: l.end, ...at(l.start) })),
    ];
    if (articles.length === 0) messages.push({ ruleId: 'input/no-article', severity: 'warning', reason: 'no article text found in the file' });
    return {
      report: { ...base, encoding: file.encoding, hash: file.hash, articles: articles.map((a) => a.id), repairs, leftOut, messages },
      articles,
      source: { id: file.stem, name, text: file.text },
      ...(written ? { written } : {}),
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
function datePublications(articles: Article[], metadata: Readonly<Record<string, MetadataEntry>>, stages: CorpusStages): Article[] {
  const publications = inferPublications(
    articles.map((a) => ({
      id: a.id,
      file: a.file,
      text: a.blocks.map((b) => b.text).join('\n'),
      bylines: a.blocks.filter((b) => BYLINE_ROLES.has(b.role)).map((b) => b.text),
      keywords: a.keywords,
    })),
    metadata,
    stages.estimateDate,
  );
  return articles.map((a) => {
    const override = metadata[a.id]?.title;
    return { ...a, ...(override ? { title: override, titleMethod: 'metadata' as const } : {}), published: publications.get(a.id) ?? UNDATED };
  });
}

/** Figures need the publication date, to resolve 今年, 去年, 一季度. */
function withFigures(article: Article, stages: CorpusStages = DEFAULT_STAGES): Article {
  const title = [article.kicker, article.title, article.subtitle].filter(Boolean).join(' ');
  return { ...article, figures: stages.extractFigures({ blocks: article.blocks, sentences: article.sentences, title }, publishedOn(article.published)) };
}

/**
 * The expensive stages, which a caller may supply in another form (the build cache, results from
 * worker threads: see parallel.ts). Each must return exactly what the stage it stands for returns.
 */
export interface CorpusStages {
  ingest: typeof ingest;
  /** The file's text to match lexicons against (see script-variant.ts). */
  matchingText(file: SourceFile): MatchingText;
  readDocument: typeof readDocument;
  /** What a file's text (its articles' texts, joined) says of its date: see estimateDate. */
  estimateDate(file: string, text: string): Estimate;
  extractFigures: typeof extractFigures;
  readDirectives: typeof readArticleDirectives;
  findDirectives: typeof findDirectives;
}

export const DEFAULT_STAGES: CorpusStages = {
  ingest,
  matchingText: (file) => matchingText(file.text),
  readDocument,
  estimateDate: (_file, text) => estimateDate(text),
  extractFigures,
  readDirectives: readArticleDirectives,
  findDirectives,
};

export function buildCorpus(
  inputs: readonly InputFile[],
  metadata: Readonly<Record<string, MetadataEntry>> = {},
  unreadable: readonly UnreadableFile[] = [],
  stages: CorpusStages = DEFAULT_STAGES,
  limits: { maxFileBytes?: number } = {},
): Corpus {
  // Sorted by name so that output order, duplicate choice and ids never depend on the file system.
  const sorted = [...inputs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const state: BuildState = { seen: new Map(), stems: new Set(), ids: new Set() };
  const sources: SourceText[] = [];
  const articles: Article[] = [];
  const files: FileReport[] = [];
  const writtenOf = new Map<string, WrittenText>();
  for (const input of sorted) {
    const { report, articles: built, source, written } = buildFile(input, state, stages, limits.maxFileBytes);
    if (source) sources.push(source);
    files.push(report);
    articles.push(...built);
    if (written) for (const a of built) writtenOf.set(a.id, written);
  }
  for (const u of unreadable) {
    const name = u.path.split(/[\\/]/).pop() ?? u.path;
    const status = u.status ?? 'rejected';
    const severity = status === 'skipped' ? 'warning' : 'error';
    files.push({ name, path: u.path, status, bytes: u.bytes ?? 0, articles: [], repairs: [], leftOut: [], messages: [{ ruleId: u.ruleId ?? 'input/unreadable', severity, reason: u.reason }] });
  }
  // Dates, figures and directives are matched on the simplified copy of a traditional text; pages get it as written.
  const built = datePublications(articles, metadata, stages).map((a) => withFigures(a, stages));
  const directives = stages.findDirectives(built, built.map((a) => stages.readDirectives(a)));
  if (writtenOf.size === 0) return { articles: built, files, sources, directives };
  return {
    articles: built.map((a) => {
      const written = writtenOf.get(a.id);
      return written ? articleAsWritten(a, written) : a;
    }),
    files,
    sources,
    directives: directives.map((d) => directiveAsWritten(d, writtenOf)),
  };
}
