/** Turns a UK number as printed in content/contacts.yaml (spaced 4-3-4) into a tel: link in international form. */
export function telHref(number: string): string {
  const digits = number.replace(/\D/g, '');
  if (digits.length <= 4) return `tel:${digits}`; // short codes such as 999 are dialled as they are
  if (!digits.startsWith('0')) throw new Error(`telHref: expected a UK number starting 0, got "${number}"`);
  return `tel:+44${digits.slice(1)}`;
}

/** "then option 1, then option 1" for keypad choices [1, 1]; empty when there are none. */
export function keypadText(keypad: readonly number[]): string {
  return keypad.map((k) => `then option ${k}`).join(', ');
}
