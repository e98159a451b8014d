// Scenario text may name a contact as [contact:mash]; the player renders it as the contact's
// tap-to-call number, so that numbers are still written only in content/contacts.yaml.
export const contactToken = /\[contact:([a-z0-9-]+)\]/g;

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

/** Contact ids named anywhere in a value (a step, a whole scenario). */
export function contactIdsIn(value: unknown): string[] {
  return [...JSON.stringify(value).matchAll(contactToken)].map((m) => m[1]!);
}
