// Clauses: the stretches of a sentence between its commas, semicolons and colons, where the words
// that qualify a figure are looked for.
export const CLAUSE_MARK = /[，,；;：:。！？]/u;

/** Where the clause holding position `at` starts. */
export function clauseStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (CLAUSE_MARK.test(text[i]!)) return i + 1;
  return 0;
}

/** Where the clause holding position `at` ends (at its mark, or the end of the text). */
export function clauseEnd(text: string, at: number): number {
  for (let i = at; i < text.length; i++) if (CLAUSE_MARK.test(text[i]!)) return i;
  return text.length;
}
