// Finds telephone numbers written by hand. Numbers may be written only in content/contacts.yaml
// and reach a page only through <ContactNumber> (or [contact:id] in a scenario), which wraps them
// in a `.contact-number` span. This one module serves the build (src/reference/contacts/phone-guard.ts:
// the content and source files at build start, the built pages at build end) and the tests.
//
// Hand-written regular expressions: the guard must flag any number-shaped text, valid or not (a
// mistyped number is still a number written by hand), and a short code only in a phone-like
// context; phone-number libraries parse and validate numbers, which is a different job. The rules
// are tuned against the site's own text and the seed documents (tests/unit/phone.test.ts):
// - A number starting 0 counts whatever its grouping (spaces, hyphens, dots, brackets) when it has
//   10 or 11 digits, or 8 to 10 for an 08xx number (a freephone line); the first group has at
//   least three digits, so "0-18" or a date never starts one.
// - A number starting + or 00 and a country code counts with 8 or more further digits.
// - A tel: address counts.
// - A three-digit short code (999, 112, 111, 101, 105) or a 116 number counts only in a phone-like
//   context: a calling word shortly before it (call, dial, ring, phone, text, helpline …), a
//   service name just before it ("Samaritans on"), or a bracketed service after it ("(police)");
//   the emergency code also with a word of emergency in its clause ("MASH and", "immediate"); never when a
//   count follows it ("112 children"). Years, statistics (36,834), page ranges,
//   section numbers and "48 hours" never match: too few digits, or no leading 0 or +.
import { HTMLElement, parse as parseHtml, TextNode, type Node } from 'node-html-parser';

/** One number found: the text as written, and where (character offset, 1-based line and column). */
export interface PhoneMatch {
  text: string;
  index: number;
  line: number;
  column: number;
}

// Between two digits: one space (also no-break and narrow spaces), hyphen, dash or dot; or a
// bracket around an area code, as in "(0151) 443".
const SEP = String.raw`(?:[ \u00a0\u2009\u202f.\-\u2010\u2011\u2013]|\)[ \u00a0]?|[ \u00a0]?\()?`;
// Not inside a word, a figure, a decimal, a date, a price or a time.
const START = String.raw`(?<![\w.,/:£$+\-\u2013])`;
const END = String.raw`(?!\d|[.,]\d)`;

const NATIONAL = String.raw`\(?0\d{2}(?:${SEP}\d){7,8}`; // 10 or 11 digits from the 0
const FREEPHONE = String.raw`\(?08\d{2}(?:${SEP}\d){4,6}`; // 08xx numbers of 8 to 10 digits
const INTERNATIONAL = String.raw`(?:\+|00)[1-9]\d{0,2}(?:${SEP}\d){8,13}`;
const TEL = String.raw`tel:\s*\+?\d{3}[\d ]*`;

const longNumber = new RegExp(`${TEL}|${START}(?:${INTERNATIONAL}|${NATIONAL}|${FREEPHONE})${END}`, 'gi');
const shortCode = new RegExp(`${START}(?:116[ \\u00a0.\\-]?\\d{3}|999|112|111|101|105)${END}`, 'g');

// A calling word within a few words before the code (line breaks allowed: print layouts break
// "dial" from its number), with no other figure or sentence end between.
const callingWordBefore = /\b(?:call(?:s|ed|ing)?|dial(?:s|led|ed|ling|ing)?|ring(?:s|ing)?|rang|(?:tele)?phon(?:e|es|ed|ing)|tel|text(?:s|ed|ing)?|freephone|helpline|hotline|emergency (?:number|services?|line)s?)\b[^\d.!?;]{0,40}$/i;
// A service named just before the code: "Samaritans on", "Police:", "the police (".
const serviceBefore = /\b(?:police|ambulance|fire service|samaritans|childline|nhs)\s*(?:on|:|-|\u2013|\()?\s*$/i;
// A service in brackets or after a dash just after the code: "<code> (police)".
const serviceAfter = /^\s*[(:\-\u2013\u2014]\s*(?:the\s+)?(?:police|ambulance|fire|emergency|samaritans|childline|nhs)\b/i;
// A count, not a number to call: "<code> children", "<code> times".
const countAfter = /^\s+(?:times|calls|occasions|children|young|people|families|cases|referrals|contacts|incidents|days|hours|pages|per\s?cent)\b/i;

// For the UK's own emergency code alone: a word of emergency anywhere in the same clause
// ("Immediate protection: <code> plus MASH", "MASH and <code>").
const emergencyWord = /\b(?:police|ambulance|fire|emergenc(?:y|ies)|immediate(?:ly)?|danger|urgent(?:ly)?|mash)\b/i;

function inPhoneContext(text: string, index: number, code: string): boolean {
  const before = text.slice(Math.max(0, index - 60), index);
  const after = text.slice(index + code.length, index + code.length + 40);
  if (countAfter.test(after)) return false;
  if (callingWordBefore.test(before) || serviceBefore.test(before) || serviceAfter.test(after)) return true;
  if (code !== '999') return false;
  const clause = `${before.split(/[.!?;\n]\s/).at(-1)} ${after.split(/[.!?;\n]/)[0]}`;
  return emergencyWord.test(clause);
}

function at(text: string, index: number): { index: number; line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) { line++; lineStart = i + 1; }
  return { index, line, column: index - lineStart + 1 };
}

/** Every telephone number written in `text` (source or plain text), in order. */
export function findPhoneNumbers(text: string): PhoneMatch[] {
  const found: PhoneMatch[] = [];
  for (const m of text.matchAll(longNumber)) found.push({ text: m[0].trim(), ...at(text, m.index) });
  for (const m of text.matchAll(shortCode)) {
    if (found.some((f) => m.index >= f.index && m.index < f.index + f.text.length)) continue;
    if (inPhoneContext(text, m.index, m[0])) found.push({ text: m[0], ...at(text, m.index) });
  }
  return found.sort((a, b) => a.index - b.index);
}

// Elements whose text reads as its own block: text on either side of them is not one phrase.
const BLOCKS = new Set('address article aside blockquote br dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr label legend li main nav ol option p pre section summary table tbody td tfoot th thead tr ul'.split(' '));
// Attributes whose text a reader hears or sees.
const TEXT_ATTRIBUTES = ['title', 'alt', 'aria-label', 'aria-description', 'placeholder'];

/**
 * Every telephone number in a built HTML page outside the markup <ContactNumber> emits (the
 * `.contact-number` span), with the line of the page it is on: in the text (read phrase by
 * phrase, so that "Dial <strong><code></strong>" is seen whole), in the attributes people read,
 * in the page description, and any tel: link.
 */
export function findPhoneNumbersInHtml(html: string): PhoneMatch[] {
  // <noscript> and <pre> parsed as markup (by default they are kept as raw text).
  const root = parseHtml(html, { comment: false, blockTextElements: { script: true, style: true } });
  const found: PhoneMatch[] = [];
  // The text read so far as one phrase, with the page offset at which each of its pieces starts.
  let phrase = '';
  let pieces: Array<{ at: number; from: number }> = [];
  const flush = () => {
    for (const m of findPhoneNumbers(phrase)) {
      const piece = pieces.findLast((p) => p.at <= m.index) ?? { at: 0, from: 0 };
      found.push({ text: m.text, ...at(html, piece.from) });
    }
    phrase = '';
    pieces = [];
  };
  const add = (text: string, from: number) => {
    pieces.push({ at: phrase.length, from });
    phrase += text.replace(/\s+/g, ' ');
  };
  const attribute = (el: HTMLElement, name: string) => {
    const value = el.getAttribute(name);
    if (!value) return;
    if (name === 'href' ? /^tel:/i.test(value) : findPhoneNumbers(value).length) found.push({ text: `${name}="${value}"`, ...at(html, el.range[0]) });
  };
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child instanceof TextNode) { add(child.text, child.range[0]); continue; }
      if (!(child instanceof HTMLElement)) continue;
      const el = child;
      const tag = el.rawTagName?.toLowerCase() ?? '';
      if (tag === 'script' || tag === 'style' || tag === 'template') continue;
      if (el.classList.contains('contact-number')) { add(' ', el.range[0]); continue; }
      for (const name of TEXT_ATTRIBUTES) attribute(el, name);
      if (tag === 'a') attribute(el, 'href');
      if (tag === 'meta' && /description$/i.test(el.getAttribute('name') ?? el.getAttribute('property') ?? '')) attribute(el, 'content');
      const block = BLOCKS.has(tag);
      if (block) flush();
      walk(el);
      if (block) flush();
    }
  };
  walk(root);
  flush();
  return found.sort((a, b) => a.index - b.index);
}
