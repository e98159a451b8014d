/**
 * Acronyms and their expansions for search. Pagefind has no synonyms, so at build time each page
 * that mentions a glossary acronym or its expansion is given both (as hidden keyword metadata), so
 * that "MARF" finds a page that only says "Multi-Agency Referral Form" and the other way round.
 */
import { escapeRegExp, isAcronym } from '../shared/text';

export interface SearchTerm {
  /** The acronym as written ("MASH"). */
  term: string;
  /** Its expansion as the seeds give it, or null when no seed expands it. */
  expansion: string | null;
  /** Other spellings that should find it. */
  aliases?: readonly string[];
}

/** Lower case, hyphens and dashes as spaces, curly apostrophes straightened, single spaces. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[-\u2010-\u2015]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}


/** An acronym as a whole word, case-sensitive, allowing a plural "s" ("MARFs"). */
function acronymPattern(term: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(term)}s?(?![\\p{L}\\p{N}-])`, 'u');
}

/** A phrase inside normalised text, on word boundaries. */
function phraseIn(normalisedText: string, phrase: string): boolean {
  const p = normalise(phrase);
  if (!p) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(p)}(?![\\p{L}\\p{N}])`, 'u').test(normalisedText);
}

// An alias written as an acronym ("LAC", "YOTs") is matched like one; any other like an expansion.

/**
 * The entries a text mentions: by acronym (exact case), or by expansion or alias (any case,
 * hyphens or spaces; an alias in capitals in exact case).
 */
export function mentionedTerms<T extends SearchTerm>(text: string, entries: readonly T[]): T[] {
  const flat = normalise(text);
  return entries.filter((e) =>
    acronymPattern(e.term).test(text)
    || (e.expansion !== null && phraseIn(flat, e.expansion))
    || (e.aliases ?? []).some((a) => (isAcronym(a) ? acronymPattern(a).test(text) : phraseIn(flat, a))));
}

/**
 * The keyword text to attach to a page: for each entry the text mentions, the acronym, its
 * expansion and its aliases. Empty when the text mentions none.
 */
export function keywordText(text: string, entries: readonly SearchTerm[]): string {
  const words: string[] = [];
  for (const e of mentionedTerms(text, entries)) {
    words.push(e.term);
    if (e.expansion) words.push(e.expansion);
    words.push(...(e.aliases ?? []));
  }
  return [...new Set(words)].join('; ');
}
