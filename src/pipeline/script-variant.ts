// Traditional characters (Hong Kong, Taiwan, older mainland prints): detect them, and give the
// pipeline a simplified copy to match its lexicons against, while pages show the text as written.
// Every offset of the pipeline points into the file's text, so the copy must be aligned with it
// character for character: OpenCC's t2s is, for nearly every phrase; where a phrase conversion
// would change a length, that line (or at worst that character) is left as written.
import { Converter } from 'opencc-js/t2cn';
import type { Piece } from './text-run.ts';

export type Script = 'simplified' | 'traditional';

/** How the simplified copy was made: whole text by phrases, line by line, character by character. */
export type ConversionMethod = 'none' | 'phrases' | 'lines' | 'characters';

export interface MatchingText {
  script: Script;
  /** Same length as the input, aligned character for character; the input itself when simplified. */
  text: string;
  method: ConversionMethod;
  /** Share of ideographs the conversion changed, in the sample read for detection. */
  changedShare: number;
}

/**
 * Share of ideographs that t2s changes above which a text is traditional. Simplified news text
 * scores ~0 (a stray 乾 or 著); traditional text 0.15–0.3, since its most frequent characters
 * (們, 會, 發, 國, 經, 區) all change.
 */
export const TRADITIONAL_SHARE = 0.05;
/** Fewest changed ideographs for a verdict: a title's worth of 臺灣 or 香港 names is not a script. */
const MIN_CHANGED = 4;
/** Characters read to decide: enough for a page, cheap for a megabyte. */
const DETECTION_SAMPLE = 20_000;

let convertOnce: ((text: string) => string) | undefined;
/** Hong Kong and Taiwan variants differ (衞/衛, 着/著); both are folded into mainland forms. */
function t2s(text: string): string {
  if (!convertOnce) {
    const fromHongKong = Converter({ from: 'hk', to: 'cn' });
    const fromTaiwan = Converter({ from: 'tw', to: 'cn' });
    convertOnce = (t) => fromTaiwan(fromHongKong(t));
  }
  return convertOnce(text);
}

const isIdeographUnit = (code: number): boolean =>
  (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xd800 && code <= 0xdfff);

/** True when `converted` differs from `text` only in ideographs (and non-ASCII punctuation), position for position. */
function aligned(text: string, converted: string): boolean {
  if (text.length !== converted.length) return false;
  for (let i = 0; i < text.length; i++) {
    const a = text.charCodeAt(i);
    const b = converted.charCodeAt(i);
    if (a === b) continue;
    // Structure (ASCII, digits, line ends, spaces) must never move.
    if (a < 0x80 || b < 0x80 || /\s/.test(text[i]!) || /\s/.test(converted[i]!)) return false;
    if (isIdeographUnit(a) !== isIdeographUnit(b)) return false;
  }
  return true;
}

function changedIdeographs(text: string, converted: string): { ideographs: number; changed: number } {
  let ideographs = 0;
  let changed = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x3400 || code > 0x9fff) continue;
    ideographs++;
    if (converted.charCodeAt(i) !== code) changed++;
  }
  return { ideographs, changed };
}

/** Converts one character; keeps it when its conversion is not one character (a surrogate pair stays a pair). */
function convertCharacters(text: string): string {
  let out = '';
  for (const char of text) {
    const converted = t2s(char);
    out += converted.length === char.length ? converted : char;
  }
  return out;
}

/** A simplified copy of `text` the same length as it, by phrases where that keeps alignment. */
export function alignedSimplified(text: string): { text: string; method: Exclude<ConversionMethod, 'none'> } {
  const whole = t2s(text);
  if (aligned(text, whole)) return { text: whole, method: 'phrases' };
  let method: 'lines' | 'characters' = 'lines';
  const lines = text.split(/(?<=\n)/);
  const out = lines.map((line) => {
    const converted = t2s(line);
    if (aligned(line, converted)) return converted;
    method = 'characters';
    const byCharacter = convertCharacters(line);
    return aligned(line, byCharacter) ? byCharacter : line;
  });
  return { text: out.join(''), method };
}

export function detectScript(text: string): { script: Script; changedShare: number } {
  // Cut the sample at a line end, so that no phrase is cut in half.
  const cut = text.length <= DETECTION_SAMPLE ? text.length : Math.max(text.lastIndexOf('\n', DETECTION_SAMPLE), DETECTION_SAMPLE);
  const sample = text.slice(0, cut);
  const converted = t2s(sample);
  const counted = aligned(sample, converted) ? converted : convertCharacters(sample);
  const { ideographs, changed } = changedIdeographs(sample, counted);
  const changedShare = ideographs === 0 ? 0 : changed / ideographs;
  return { script: changed >= MIN_CHANGED && changedShare > TRADITIONAL_SHARE ? 'traditional' : 'simplified', changedShare };
}

/** The text to match lexicons against: a simplified copy of a traditional text, else the text itself. */
export function matchingText(text: string): MatchingText {
  const { script, changedShare } = detectScript(text);
  if (script === 'simplified') return { script, text, method: 'none', changedShare };
  const copy = alignedSimplified(text);
  return { script, text: copy.text, method: copy.method, changedShare };
}

const AMBIGUOUS = '';

/**
 * Gives back the text as written for strings the pipeline made from the simplified copy.
 * `written` and `simplified` are the two aligned texts (line ends normalised alike).
 */
export interface WrittenText {
  /** A block's text, by its offset map: exact. */
  block(text: string, pieces: readonly Piece[]): string;
  /** A string at known source offsets [start, end): exact when it is that slice. */
  span(text: string, start: number, end: number): string;
  /** Any other string: where it occurs in the copy, else character by character where unambiguous. */
  free(text: string): string;
}

export function writtenText(written: string, simplified: string): WrittenText {
  if (written === simplified || written.length !== simplified.length) {
    const same = (text: string): string => text;
    return { block: same, span: same, free: same };
  }
  // Simplified character -> the one character it stands for in this file ('' when several: 后 for 後 and 后).
  const characters = new Map<string, string>();
  const asWritten = new Set<string>();
  for (let i = 0; i < written.length; i++) {
    const s = simplified[i]!;
    const w = written[i]!;
    if (s === w || isSurrogate(s) || isSurrogate(w)) {
      asWritten.add(s);
      if (characters.has(s)) characters.set(s, AMBIGUOUS);
      continue;
    }
    const known = characters.get(s);
    if (asWritten.has(s) || (known !== undefined && known !== w)) characters.set(s, AMBIGUOUS);
    else characters.set(s, w);
  }
  const byCharacter = (text: string): string => {
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      const w = characters.get(c);
      out += w ? w : c;
    }
    return out;
  };
  const span = (text: string, start: number, end: number): string =>
    start >= 0 && end <= simplified.length && simplified.slice(start, end) === text ? written.slice(start, end) : byCharacter(text);
  return {
    block(text, pieces) {
      let out = '';
      let at = 0;
      for (const p of pieces) {
        if (p.at > at) out += byCharacter(text.slice(at, p.at));
        const part = text.slice(p.at, p.at + p.length);
        out += span(part, p.start, p.start + p.length);
        at = p.at + p.length;
      }
      if (at < text.length) out += byCharacter(text.slice(at));
      // The offset map must account for every character; anything else is a bug upstream, so read it by character.
      return out.length === text.length ? out : byCharacter(text);
    },
    span,
    free(text) {
      if (text === '') return text;
      const at = simplified.indexOf(text);
      return at === -1 ? byCharacter(text) : written.slice(at, at + text.length);
    },
  };
}

function isSurrogate(char: string): boolean {
  const code = char.charCodeAt(0);
  return code >= 0xd800 && code <= 0xdfff;
}
