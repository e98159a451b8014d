/** Turns a UK number as printed ("0151 443 2600") into a tel: link in international form. */
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

/**
 * Matches a UK phone number written out in text: 999, or an 01/02/03/07/08 number with or
 * without spaces. Used by the tests that forbid hand-written numbers outside the contacts data.
 */
export const phoneNumberPattern = /(?<![\d,.£])(?:0\d{3}\s?\d{3}\s?\d{4}|0\d{4}\s?\d{6}|999)(?![\d])/g;
