/**
 * "Did you mean …?" for searches that find nothing. The vocabulary is a short list of words from
 * page titles, headings and the glossary, written at build time; a misspelt word is replaced by
 * the closest vocabulary word within a small edit distance.
 */

/** Where the vocabulary is written at build time (integration.ts), relative to the site root. */
export const VOCABULARY_PATH = 'search/words.json';

/** Edit distance counting insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  if (m === 0) return n;
  if (n === 0) return m;
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) => Array.from({ length: n + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[m]![n]!;
}

/** How many edits a word of this length may need to still count as a misspelling. */
const allowance = (length: number) => (length <= 3 ? 0 : length <= 5 ? 1 : 2);

/** The closest vocabulary word to `word`, or null when it is already a word or nothing is close. */
export function closestWord(word: string, vocabulary: readonly string[]): string | null {
  const w = word.toLowerCase();
  if (vocabulary.some((v) => v.toLowerCase() === w)) return null;
  let best: string | null = null;
  let bestDistance = allowance(w.length) + 1;
  for (const v of vocabulary) {
    if (Math.abs(v.length - w.length) >= bestDistance) continue;
    const dist = editDistance(w, v.toLowerCase());
    if (dist < bestDistance) {
      best = v;
      bestDistance = dist;
    }
  }
  return best;
}

/** The query with each misspelt word corrected, or null when nothing would change. */
export function suggestSpelling(query: string, vocabulary: readonly string[]): string | null {
  const words = query.trim().split(/\s+/).filter(Boolean);
  let changed = false;
  const out = words.map((word) => {
    const fix = closestWord(word, vocabulary);
    if (fix === null) return word;
    changed = true;
    return fix;
  });
  return changed ? out.join(' ') : null;
}

/** Distinct words (three letters or more) in a text, for the vocabulary. Acronyms keep their case. */
export function vocabularyWords(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/[\p{L}][\p{L}'’-]*[\p{L}]/gu)) {
    for (const part of m[0].split(/[-'’]/)) {
      if (part.length < 3) continue;
      out.add(/^\p{Lu}+$/u.test(part) ? part : part.toLowerCase());
    }
  }
  return [...out];
}
