// Stage 1: bytes of one file -> decoded text, or a reason it cannot be read.
import { hash as oneShotHash } from 'node:crypto';
import { Buffer, isUtf8 } from 'node:buffer';
import type { SourceFile } from './types.ts';

export interface IngestError {
  path: string;
  name: string;
  reason: string;
  ruleId: 'empty' | 'blank' | 'binary' | 'encoding' | 'too-large' | 'unreadable';
}

export type IngestResult = { ok: true; file: SourceFile } | { ok: false; error: IngestError };

/**
 * Largest article file accepted, in bytes: 1 MiB, some 350,000 characters, twenty times a long
 * newspaper page (~50 KB). Past it a file is rejected, not read: a 1 MiB page dense with figures
 * already costs the build ~40 s and 1.5 GB, and a 5 MB one minutes and >3 GB.
 */
export const MAX_FILE_BYTES = 1024 * 1024;

/** A byte count as people read it: 1048576 -> "1 MiB", 5242880 -> "5 MiB", 1500 -> "1500 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}

/** The reason given for a file past the limit, by ingest and by the folder reader alike. */
export function tooLargeReason(bytes: number, maxFileBytes: number): string {
  return `the file has ${bytes} bytes (${formatBytes(bytes)}), more than the limit of ${maxFileBytes} bytes (${formatBytes(maxFileBytes)}) for one article file; split it into articles or raise MAX_FILE_BYTES`;
}

/** Names of the files read as articles; any other file in the folder is reported and skipped. */
export const ARTICLE_EXTENSIONS = /\.(txt|md|markdown)$/i;

/** File stem made safe for a URL path segment (spaces and reserved characters become '-'). */
export function stemOf(name: string): string {
  return name
    .replace(/\.(txt|md|markdown)$/i, '')
    .replace(/[\s\/\\?#%"'<>|*:&+;=,]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'article';
}

/** Share of C0 control characters (other than tab and line ends) above which bytes are not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  let controls = 0;
  // An indexed loop: an iterator over every byte of every file costs a warm build several ms.
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  }
  return controls > sample.length * 0.01;
}

/** Decodes bytes in an encoding decode gave them before. */
function decodeAs(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'utf-8') return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  // TextDecoder drops the BOM of UTF-8 and UTF-16.
  return new TextDecoder(encoding === 'utf-8-bom' ? 'utf-8' : encoding).decode(bytes);
}

/** Decodes UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030 (which covers GBK and GB2312). */
export function decode(bytes: Uint8Array): { text: string; encoding: string } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decodeAs(bytes, 'utf-8-bom'), encoding: 'utf-8-bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeAs(bytes, 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeAs(bytes, 'utf-16be'), encoding: 'utf-16be' };
  // Validated first (isUtf8), then decoded without a check per character; not UTF-8: Chinese
  // text of that age is most often GBK, which GB18030 contains.
  if (isUtf8(bytes)) return { text: decodeAs(bytes, 'utf-8'), encoding: 'utf-8' };
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    // A GB18030 decode of random bytes yields rare characters; real Chinese text is mostly common hanzi.
    const hanzi = text.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
    const rare = text.match(/[\u3400-\u4dbf\ue000-\uf8ff]/g)?.length ?? 0;
    if (hanzi > 0 && rare / hanzi < 0.05) return { text, encoding: 'gb18030' };
  } catch {
    // fall through
  }
  return null;
}

/**
 * Every line end ends in '\n', without changing the text's length (a lone '\r', as old Mac files
 * have, becomes '\n'), so offsets into the normalised text are offsets into the decoded file text.
 * '\r\n' stays: markdown reads it as one line end and keeps it in text nodes, so each character
 * still maps to its place; a ' \n' there would be dropped from the text and shift every later
 * offset of the paragraph. The '\r' left at a line's end is trimmed with the other whitespace.
 */
export function normaliseLineEnds(text: string): string {
  return text.replace(/\r(?!\n)/g, '\n');
}

/** Hash of the text as read: the same article saved with a BOM, CRLF or in GBK is the same article. */
function textHash(text: string): string {
  const normal = text.replace(/\r\n?/g, '\n').replace(/[ \t\u3000]+$/gm, '').trim();
  return oneShotHash('sha256', normal, 'hex');
}

/** What reading a file's bytes found, which the same bytes always give again (see ingest's known). */
export type KnownText = Pick<SourceFile, 'hash' | 'encoding' | 'textHash'>;

/**
 * Reads a file's bytes as text. `known`, from reading these very bytes before (the build cache):
 * they are decoded in the encoding found then, without the checks they passed then and without
 * hashing them again; only the size limit, which is the caller's, is applied again.
 */
export function ingest(path: string, bytes: Uint8Array, maxFileBytes: number = MAX_FILE_BYTES, known?: KnownText): IngestResult {
  const name = path.split(/[\\/]/).pop() ?? path;
  const fail = (ruleId: IngestError['ruleId'], reason: string): IngestResult => ({
    ok: false,
    error: { path, name, ruleId, reason },
  });
  if (bytes.length === 0) return fail('empty', 'the file is empty');
  if (bytes.length > maxFileBytes) return fail('too-large', tooLargeReason(bytes.length, maxFileBytes));
  const read = (text: string, found: KnownText): IngestResult => ({
    ok: true,
    file: { path, name, stem: stemOf(name), text, encoding: found.encoding, bytes: bytes.length, hash: found.hash, textHash: found.textHash },
  });
  if (known) return read(decodeAs(bytes, known.encoding), known);
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && looksBinary(bytes)) return fail('binary', 'the file holds binary data, not text');
  const decoded = decode(bytes);
  if (!decoded) return fail('encoding', 'the file is neither UTF-8 nor GB18030/GBK text');
  if (decoded.text.trim() === '') return fail('blank', 'the file holds only whitespace');
  return read(decoded.text, { encoding: decoded.encoding, hash: oneShotHash('sha256', bytes, 'hex'), textHash: textHash(decoded.text) });
}
