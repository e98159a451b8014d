// Marks up acronyms in plain text from the glossary data, so that a page built from data (case
// examples, threshold tables) gives each acronym's expansion at its first use.
import { escapeRegExp, isAcronym } from '../../shared/text';

/** What the abbreviator needs from a glossary entry. */
export interface AbbreviationTerm {
  /** Glossary id (anchor on /glossary/). */
  id: string;
  /** The acronym as written ("MASH"). */
  term: string;
  /** The expansion, or null when no source document expands it. */
  expansion: string | null;
  /** Other spellings ("Cafcass"); acronym-like ones are matched too. */
  aliases?: readonly string[];
}

/** A run of plain text, or one acronym with its glossary entry. */
export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'abbr'; text: string; id: string; expansion: string | null };


/**
 * Returns a function that splits text into segments, marking the first use of each acronym.
 * The function remembers what it has marked, so use one abbreviator per page: later uses of an
 * acronym on the same page stay plain text.
 */
export function createAbbreviator(terms: readonly AbbreviationTerm[]): (text: string) => Segment[] {
  const byWritten = new Map<string, AbbreviationTerm>();
  for (const t of terms) {
    for (const written of [t.term, ...(t.aliases ?? [])]) {
      if (isAcronym(written) && !byWritten.has(written)) byWritten.set(written, t);
    }
  }
  const seen = new Set<string>();
  if (byWritten.size === 0) return (text) => [{ kind: 'text', text }];
  // Longest first, so that "MACSE" is not read as "MACE"-plus-something; whole words only.
  const alternatives = [...byWritten.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![A-Za-z0-9&])(?:${alternatives.join('|')})(?![A-Za-z0-9&])`, 'g');

  return (text: string): Segment[] => {
    const out: Segment[] = [];
    let last = 0;
    for (const m of text.matchAll(pattern)) {
      const entry = byWritten.get(m[0])!;
      if (seen.has(entry.id)) continue;
      seen.add(entry.id);
      if (m.index > last) out.push({ kind: 'text', text: text.slice(last, m.index) });
      out.push({ kind: 'abbr', text: m[0], id: entry.id, expansion: entry.expansion });
      last = m.index + m[0].length;
    }
    if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
    return out;
  };
}
