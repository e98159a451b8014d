// Scenario text: [contact:id] tokens (rendered as the contact's tap-to-call number, so that numbers
// are still written only in content/contacts.yaml) and passages shown only when flags hold.
import { conditionHolds } from './model';
import type { Condition, Passage, VariableText } from './schema';

/** Anything written as a contact token; validate.ts checks that the id is exactly a current contact's. */
export const contactToken = /\[contact:([^\]]*)\]/g;

export type TextPart = string | { contact: string };

export function splitContactTokens(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(contactToken)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push({ contact: m[1]! });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** Contact ids named in a piece of text. */
export const contactIdsIn = (text: string): string[] => [...text.matchAll(contactToken)].map((m) => m[1]!);

/** The passages of a variable text in one shape. */
export function passagesOf(text: VariableText | undefined): Array<{ when?: Condition; text: string }> {
  if (text === undefined) return [];
  return typeof text === 'string' ? [{ text }] : text.map((p) => (typeof p === 'string' ? { text: p } : p));
}

/** The passages of a list (debrief takeaways) shown under these flags. */
export function shownPassages(list: ReadonlyArray<string | Passage>, flags: readonly string[]): string[] {
  return list.flatMap((p) => (typeof p === 'string' ? [p] : conditionHolds(p.when, flags) ? [p.text] : []));
}

/** A variable text as shown under these flags: its passages joined as paragraphs ('' when none hold). */
export function resolveText(text: VariableText | undefined, flags: readonly string[]): string {
  return passagesOf(text).filter((p) => conditionHolds(p.when, flags)).map((p) => p.text).join('\n\n');
}
