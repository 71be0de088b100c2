// The only file-system part of the pipeline: a folder (or files) -> InputFile[].
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { InputFile } from './corpus.ts';

/** Largest corpus read in one build, in bytes. */
export const MAX_CORPUS_BYTES = 2 * 1024 * 1024 * 1024;

/** Files of a folder (not recursive; dot-files and the metadata file are not inputs), or the given files. */
export function readInputs(paths: readonly string[]): { inputs: InputFile[]; errors: { path: string; reason: string }[] } {
  const inputs: InputFile[] = [];
  const errors: { path: string; reason: string }[] = [];
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
    for (const name of readdirSync(path).sort()) {
      if (name.startsWith('.') || name === METADATA_FILE) continue;
      const full = join(path, name);
      if (statSync(full).isFile()) add(full);
    }
  }
  return { inputs, errors };
}

/** Per-article overrides (date, source, title) kept beside the seeds. */
export const METADATA_FILE = 'meta.json';
