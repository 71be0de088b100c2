// The word format of the search index, shared by the indexer (scripts/postbuild.ts) and the
// search page. The index holds each page's text as the pipeline's words separated by spaces;
// these marks let the search page turn an excerpt back into the text as written.

/** Stands for a space that was in the page (every other space separates two words). */
export const ORIGINAL_SPACE = '\u2060';
/** Prefixes a word found inside the word before it (陆海新通道 in 西部陆海新通道). */
export const SUB_WORD = '\u00AD';
/** Results the search page shows (it loads each one's excerpt); the count covers them all. */
export const SHOWN_RESULTS = 50;

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/**
 * An excerpt's words (space-separated, matches wrapped in <mark>) as the page reads: word
 * separators dropped, original spaces restored, sub-words left out with their highlight moved
 * to the word they came from. Text stays as Pagefind escaped it.
 */
export function readableExcerpt(excerpt: string): ExcerptPart[] {
  const words: ExcerptPart[] = [];
  for (const raw of excerpt.split(' ')) {
    if (!raw) continue;
    const m = /^<mark>([\s\S]*)<\/mark>$/.exec(raw);
    const text = m ? m[1]! : raw;
    const marked = Boolean(m);
    if (text.startsWith(SUB_WORD)) {
      const parent = words.findLast((w) => w.text !== ' ');
      if (marked && parent) parent.marked = true;
      continue;
    }
    words.push({ text: text === ORIGINAL_SPACE ? ' ' : text.replaceAll(ORIGINAL_SPACE, ' '), marked });
  }
  const parts: ExcerptPart[] = [];
  for (const w of words) {
    const last = parts[parts.length - 1];
    if (last && last.marked === w.marked) last.text += w.text;
    else parts.push({ ...w });
  }
  return parts;
}

const QUERY_PIECES = /\p{Script=Han}+|[\p{L}\p{N}][\p{L}\p{N}.%]*/gu;
const HAN_RUN = /^\p{Script=Han}+$/u;

/**
 * Cuts a query into the index's words. A run of Chinese characters becomes the fewest words
 * of the site's vocabulary that spell it (unknown characters kept together); a run that only
 * begins a word (陆海新 while typing) stays whole, since Pagefind matches word beginnings.
 */
export function cutQuery(query: string, vocabulary: ReadonlySet<string>, prefixes: ReadonlySet<string>): string[] {
  const terms: string[] = [];
  for (const [piece] of query.matchAll(QUERY_PIECES)) {
    if (!HAN_RUN.test(piece) || vocabulary.has(piece) || prefixes.has(piece)) {
      terms.push(piece);
      continue;
    }
    // best[i]: fewest words spelling piece[0, i); a lone unknown character counts a little more.
    const best: { cost: number; from: number; known: boolean }[] = [{ cost: 0, from: 0, known: true }];
    for (let i = 1; i <= piece.length; i++) {
      best[i] = { cost: best[i - 1]!.cost + 1.1, from: i - 1, known: false };
      for (let j = 0; j < i - 1; j++) {
        if (vocabulary.has(piece.slice(j, i)) && best[j]!.cost + 1 < best[i]!.cost) best[i] = { cost: best[j]!.cost + 1, from: j, known: true };
      }
    }
    const words: { text: string; known: boolean }[] = [];
    for (let i = piece.length; i > 0; i = best[i]!.from) words.unshift({ text: piece.slice(best[i]!.from, i), known: best[i]!.known });
    // Unknown characters next to each other stay one term.
    words.forEach((w, i) => {
      if (!w.known && i > 0 && !words[i - 1]!.known) terms[terms.length - 1] += w.text;
      else terms.push(w.text);
    });
  }
  return terms;
}

/** Every beginning (two characters or more) of every word: what a typed-so-far query may be. */
export function wordPrefixes(vocabulary: Iterable<string>): Set<string> {
  const prefixes = new Set<string>();
  for (const word of vocabulary) for (let n = 2; n < word.length; n++) prefixes.add(word.slice(0, n));
  return prefixes;
}
