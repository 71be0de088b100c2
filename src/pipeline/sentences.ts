// Stage: Chinese sentence splitting. A sentence ends at 。！？； (and ASCII !?;), at an ellipsis
// that is followed by more text, and takes the closing quotes and brackets that follow it.
// Offsets map back to the source through the block's text run.
import { sourceSpan, type TextRun } from './text-run.ts';

export interface SentenceSpan {
  /** [from, to) in the block's text. */
  from: number;
  to: number;
  /** [start, end) in the source text. */
  start: number;
  end: number;
  text: string;
}

const TERMINAL = /[。！？!?；;]+|…{2,}|\.{3,}/gu;
const CLOSERS = /^[”’」』）)》】\]"']+/u;

export function splitSentences(run: TextRun): SentenceSpan[] {
  const text = run.text;
  const out: SentenceSpan[] = [];
  let from = 0;
  const push = (to: number): void => {
    let a = from;
    while (a < to && /\s/.test(text[a]!)) a++;
    let b = to;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push({ from: a, to: b, text: text.slice(a, b), ...sourceSpan(run, a, b) });
    from = to;
  };
  for (const m of text.matchAll(TERMINAL)) {
    let end = m.index + m[0].length;
    const closers = CLOSERS.exec(text.slice(end));
    if (closers) end += closers[0].length;
    if (end <= from) continue;
    // An ellipsis inside a sentence (…… followed by a comma) does not end it.
    if (m[0].startsWith('…') && /^[，、,]/.test(text.slice(end))) continue;
    push(end);
  }
  push(text.length);
  return out;
}
