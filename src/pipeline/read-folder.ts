// The only file-system part of the pipeline: a folder (or files) -> InputFile[].
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { InputFile } from './corpus.ts';
import type { MetadataEntry } from './dates.ts';

/** Largest corpus read in one build, in bytes. */
export const MAX_CORPUS_BYTES = 2 * 1024 * 1024 * 1024;

/** Files of a folder (not recursive; dot-files and the metadata file are not inputs), or the given files. */
export interface ReadResult {
  inputs: InputFile[];
  errors: { path: string; reason: string }[];
  /** Overrides from the folder's meta.json, keyed by article id or file stem. */
  metadata: Record<string, MetadataEntry>;
}

export function readInputs(paths: readonly string[]): ReadResult {
  const inputs: InputFile[] = [];
  const errors: { path: string; reason: string }[] = [];
  const metadata: Record<string, MetadataEntry> = {};
  let total = 0;
  const add = (path: string): void => {
    try {
      const size = statSync(path).size;
      if (total + size > MAX_CORPUS_BYTES) {
        errors.push({ path, reason: `the corpus is larger than the limit of ${MAX_CORPUS_BYTES} bytes; this file was not read` });
        return;
      }
      total += size;
      inputs.push({ path, bytes: readFileSync(path) });
    } catch (error) {
      errors.push({ path, reason: `cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` });
    }
  };
  for (const path of paths) {
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch (error) {
      errors.push({ path, reason: `cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` });
      continue;
    }
    if (!isDir) {
      add(path);
      continue;
    }
    readMetadata(join(path, METADATA_FILE), metadata, errors);
    for (const name of readdirSync(path).sort()) {
      if (name.startsWith('.') || name === METADATA_FILE) continue;
      const full = join(path, name);
      if (statSync(full).isFile()) add(full);
    }
  }
  return { inputs, errors, metadata };
}

function readMetadata(path: string, into: Record<string, MetadataEntry>, errors: ReadResult['errors']): void {
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
