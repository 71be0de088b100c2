// The only file-system part of the pipeline: a folder (or files) -> InputFile[].
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { InputFile, UnreadableFile } from './corpus.ts';
import type { MetadataEntry } from './dates.ts';
import { ARTICLE_EXTENSIONS, MAX_FILE_BYTES, formatBytes, tooLargeReason } from './ingest.ts';

/**
 * Largest corpus read in one build, in bytes of article files: 40 MiB, some 11,000 articles of
 * 1,300 characters. The build holds the whole corpus in memory: the benchmark's 10,000 articles
 * (36.8 MB) peak at 2.56 GB, within the 3 GB the build is planned for. Files past it (in name
 * order) are not read, and named.
 */
export const MAX_CORPUS_BYTES = 40 * 1024 * 1024;

export interface ReadLimits {
  /** Largest article file read (see ingest.ts). */
  maxFileBytes: number;
  /** Largest sum of article file sizes read. */
  maxCorpusBytes: number;
}

export const DEFAULT_LIMITS: ReadLimits = { maxFileBytes: MAX_FILE_BYTES, maxCorpusBytes: MAX_CORPUS_BYTES };

/** Files of a folder (not recursive; dot-files and the metadata file are not inputs), or the given files. */
export interface ReadResult {
  inputs: InputFile[];
  /** Files not read, each with its reason (and rule, for the build report). */
  errors: UnreadableFile[];
  /** Overrides from the folder's meta.json, keyed by article id or file stem. */
  metadata: Record<string, MetadataEntry>;
}

const errorCode = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? String(error);

export function readInputs(paths: readonly string[], limits: Partial<ReadLimits> = {}): ReadResult {
  const { maxFileBytes, maxCorpusBytes } = { ...DEFAULT_LIMITS, ...limits };
  const inputs: InputFile[] = [];
  const errors: UnreadableFile[] = [];
  const metadata: Record<string, MetadataEntry> = {};
  let total = 0;
  const add = (path: string, size: number): void => {
    const isArticle = ARTICLE_EXTENSIONS.test(path);
    // Sizes are checked before reading, so that a stray 2 GB file costs nothing.
    if (size > maxFileBytes) {
      errors.push(
        isArticle
          ? { path, bytes: size, ruleId: 'input/too-large', reason: tooLargeReason(size, maxFileBytes) }
          : { path, bytes: size, ruleId: 'input/not-an-article', status: 'skipped', reason: 'not an article: only .txt and .md files are read' },
      );
      return;
    }
    if (isArticle && total + size > maxCorpusBytes) {
      errors.push({
        path,
        bytes: size,
        ruleId: 'input/corpus-too-large',
        reason: `not read: with this file the corpus would have ${total + size} bytes, more than the limit of ${maxCorpusBytes} bytes (${formatBytes(maxCorpusBytes)}) for one build (MAX_CORPUS_BYTES); files are read in name order`,
      });
      return;
    }
    try {
      const bytes = readFileSync(path);
      if (isArticle) total += bytes.length;
      inputs.push({ path, bytes });
    } catch (error) {
      errors.push({ path, reason: `cannot be read: ${errorCode(error)}` });
    }
  };
  for (const path of paths) {
    let isDir = false;
    let size = 0;
    try {
      const stat = statSync(path);
      isDir = stat.isDirectory();
      size = stat.size;
    } catch (error) {
      errors.push({ path, reason: `cannot be read: ${errorCode(error)}` });
      continue;
    }
    if (!isDir) {
      add(path, size);
      continue;
    }
    readMetadata(join(path, METADATA_FILE), metadata, errors);
    let names: string[];
    try {
      names = readdirSync(path).sort();
    } catch (error) {
      errors.push({ path, reason: `the folder cannot be read: ${errorCode(error)}` });
      continue;
    }
    for (const name of names) {
      if (name.startsWith('.') || name === METADATA_FILE) continue;
      const full = join(path, name);
      try {
        const stat = statSync(full);
        if (stat.isFile()) add(full, stat.size);
        else if (stat.isDirectory()) errors.push({ path: full, ruleId: 'input/folder', status: 'skipped', reason: 'a folder: the corpus folder is read flat, not recursively' });
      } catch (error) {
        // A dangling link or a file removed while the folder is read: that file only.
        errors.push({ path: full, reason: `cannot be read: ${errorCode(error)}` });
      }
    }
  }
  return { inputs, errors, metadata };
}

function readMetadata(path: string, into: Record<string, MetadataEntry>, errors: UnreadableFile[]): void {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return; // no metadata file: nothing to override
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('expected an object keyed by article id or file stem');
    for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
      if (key.startsWith('$')) continue;
      if (!value || typeof value !== 'object') throw new Error(`entry “${key}” is not an object`);
      const v = value as Record<string, unknown>;
      const entry: MetadataEntry = {};
      if (typeof v.date === 'string') entry.date = v.date;
      if (typeof v.source === 'string') entry.source = v.source;
      if (typeof v.title === 'string') entry.title = v.title;
      into[key] = entry;
    }
  } catch (error) {
    errors.push({ path, reason: `metadata file not used: ${(error as Error).message}` });
  }
}

/** Per-article overrides (date, source, title) kept beside the seeds. */
export const METADATA_FILE = 'meta.json';
