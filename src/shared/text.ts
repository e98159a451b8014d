// Small text rules that several features share: the glossary's abbreviation markup and search's
// glossary terms both need to know what counts as an acronym and to build regular expressions
// from glossary words.

/** `text` with every character that is special in a regular expression escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * True for a word written as an acronym: capitals, digits and "&" only, at least two capitals, and
 * perhaps a plural "s" ("MASH", "A&E", "GCP2", "SCRs"); not "Cafcass", "S47" or "Level 1".
 */
export function isAcronym(term: string): boolean {
  return /^[\p{Lu}\p{N}&]+s?$/u.test(term) && (term.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}
