// A run of text that remembers, for every character, where it came from in the source file.
// Joins, cuts and splits keep the map, so any later extraction points back at exact characters.

export interface TextRun {
  text: string;
  /** offsets[i] is the source offset of text[i]. */
  offsets: number[];
}

/** A compact form of the offset map for storage: consecutive characters map to consecutive offsets. */
export interface Piece {
  /** Index in the text. */
  at: number;
  /** Source offset of text[at]. */
  start: number;
  length: number;
}

export function runFromSource(source: string, start: number, end: number): TextRun {
  const offsets = new Array<number>(end - start);
  for (let i = 0; i < offsets.length; i++) offsets[i] = start + i;
  return { text: source.slice(start, end), offsets };
}

export function concatRuns(runs: readonly TextRun[]): TextRun {
  return { text: runs.map((r) => r.text).join(''), offsets: runs.flatMap((r) => r.offsets) };
}

export function sliceRun(run: TextRun, from: number, to = run.text.length): TextRun {
  return { text: run.text.slice(from, to), offsets: run.offsets.slice(from, to) };
}

/** Removes leading and trailing whitespace (ASCII, ideographic and no-break spaces). */
export function trimRun(run: TextRun): TextRun {
  const m = /^[\s\u3000\u00a0]*/.exec(run.text);
  const from = m ? m[0].length : 0;
  const tail = /[\s\u3000\u00a0]*$/.exec(run.text.slice(from));
  const to = run.text.length - (tail ? tail[0].length : 0);
  return sliceRun(run, from, Math.max(from, to));
}

/** Splits a run at every match of `separator` (the separator characters are dropped). */
export function splitRun(run: TextRun, separator: RegExp): TextRun[] {
  const out: TextRun[] = [];
  const re = new RegExp(separator.source, separator.flags.includes('g') ? separator.flags : separator.flags + 'g');
  let last = 0;
  for (const m of run.text.matchAll(re)) {
    out.push(sliceRun(run, last, m.index));
    last = m.index + m[0].length;
  }
  out.push(sliceRun(run, last));
  return out;
}

export function toPieces(offsets: readonly number[]): Piece[] {
  const pieces: Piece[] = [];
  for (let i = 0; i < offsets.length; i++) {
    const off = offsets[i]!;
    const prev = pieces[pieces.length - 1];
    if (prev && prev.start + prev.length === off && prev.at + prev.length === i) prev.length++;
    else pieces.push({ at: i, start: off, length: 1 });
  }
  return pieces;
}

/** Source span [start, end) of text[from, to) of a run. */
export function sourceSpan(run: TextRun, from: number, to: number): { start: number; end: number } {
  if (run.offsets.length === 0) return { start: 0, end: 0 };
  const a = Math.min(Math.max(from, 0), run.offsets.length - 1);
  const b = Math.min(Math.max(to - 1, a), run.offsets.length - 1);
  return { start: run.offsets[a]!, end: run.offsets[b]! + 1 };
}

/** Source offset of character `i` of a text stored as pieces. */
export function offsetAt(pieces: readonly Piece[], i: number): number {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid]!.at <= i) lo = mid;
    else hi = mid - 1;
  }
  const p = pieces[lo];
  return p ? p.start + Math.min(i - p.at, p.length - 1) + (i - p.at >= p.length ? 1 : 0) : 0;
}
