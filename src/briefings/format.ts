// The 7-minute briefing format, checked on the MDX body (Zod only sees the frontmatter):
// exactly seven parts, each an h2 beginning with its number; part 6 ("Where to get help") starts
// with the guidance's emergency line and gives contacts through <ContactNumber />; part 7 ends with
// three questions for the team. The body is read as a Markdown tree (mdast-util-from-markdown with
// MDX), not with regular expressions. No Astro here.
import type { Heading, RootContent } from 'mdast';
import type {} from 'mdast-util-mdx'; // MDX's JSX in the Markdown tree's types
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { mdxBody, parseMdx } from '../shared/content-index';
import { ContentError } from '../shared/errors';

import { PART_COUNT } from './parts';

export { PART_COUNT, partId } from './parts';

/** A measured reading-aloud pace for a team meeting, used for the estimated reading time. */
export const READ_ALOUD_WORDS_PER_MINUTE = 120;

/** The words a part should have, so that seven parts read aloud in about seven minutes. */
export const PART_WORDS = { min: 60, max: 120 } as const;

/**
 * How part 6 ("Where to get help") begins in every briefing: the guidance's own callout, "In an
 * emergency always dial" the police emergency number (Helping Children Thrive 2020, page 33), with
 * the number from content/contacts.yaml.
 */
export const EMERGENCY_OPENING = 'In an emergency always dial <ContactNumber id="police-emergency" />.';

/** Words a phone number takes to read aloud (three groups of digits), counted for each <ContactNumber />. */
const WORDS_PER_CONTACT = 3;

/** One numbered part of a briefing, as written in the MDX body. */
export interface BriefingPartOutline {
  /** 1 to 7. */
  number: number;
  /** Heading text after the number ("Background"). */
  title: string;
  /** The part's MDX source below its heading. */
  source: string;
  /** Words read aloud (markup and components not counted). */
  words: number;
}

const numberedTitle = /^([1-9]\d*)\.?\s+(\S.*)$/;
const isPartHeading = (node: RootContent): node is Heading => node.type === 'heading' && node.depth === 2;
const isContact = (node: { type: string; name?: string | null }) =>
  (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'ContactNumber';

/** The root-level h2 headings of a body, each with the nodes that follow it up to the next one. */
function sections(nodes: readonly RootContent[]): { preamble: RootContent[]; parts: Array<{ heading: Heading; body: RootContent[] }> } {
  const preamble: RootContent[] = [];
  const parts: Array<{ heading: Heading; body: RootContent[] }> = [];
  for (const node of nodes) {
    if (isPartHeading(node)) parts.push({ heading: node, body: [] });
    else (parts.at(-1)?.body ?? preamble).push(node);
  }
  return { preamble, parts };
}

/** Splits a briefing body into its h2 parts and lists everything wrong with its format. */
export function outlineBriefing(body: string): { parts: BriefingPartOutline[]; problems: string[] } {
  const problems: string[] = [];
  const text = mdxBody(body);
  const { preamble, parts: sectioned } = sections(parseMdx(text).children);
  const sourceOf = (nodes: readonly RootContent[]) => text.slice(nodes[0]?.position?.start.offset ?? 0, nodes.at(-1)?.position?.end.offset ?? 0).trim();
  if (preamble.some((n) => n.type !== 'mdxjsEsm')) problems.push('text before part 1: put it in a part, or in the summary in the frontmatter');

  const parts: Array<BriefingPartOutline & { body: RootContent[] }> = [];
  for (const { heading, body: nodes } of sectioned) {
    const headed = toString(heading).trim();
    const m = numberedTitle.exec(headed);
    if (!m) {
      problems.push(`h2 "${headed}" must begin with its part number (1 to ${PART_COUNT})`);
      continue;
    }
    parts.push({ number: Number(m[1]), title: m[2]!.trim(), source: sourceOf(nodes), words: wordsIn(nodes), body: nodes });
  }

  if (parts.length !== PART_COUNT) {
    problems.push(`expected ${PART_COUNT} numbered parts (h2 "1 …" to "${PART_COUNT} …"), found ${parts.length}`);
  }
  parts.forEach((part, i) => {
    if (part.number !== i + 1) problems.push(`part ${i + 1} is headed "${part.number} ${part.title}": number the parts 1 to ${PART_COUNT} in order`);
    if (part.body.length === 0) problems.push(`part ${part.number} ("${part.title}") is empty`);
  });

  const help = parts.find((p) => p.number === 6);
  if (help && !opensWithEmergencyLine(help.body)) {
    problems.push(`part 6 must start with "${EMERGENCY_OPENING}"`);
  }
  const reflect = parts.find((p) => p.number === PART_COUNT);
  if (reflect) {
    const last = reflect.body.at(-1);
    const questions = last?.type === 'list' ? last.children.map((item) => toString(item).trim()) : [];
    if (questions.length !== 3 || !questions.every((q) => /\?$/.test(q))) {
      problems.push(`part ${PART_COUNT} must end with a list of three questions (found ${questions.length} list items at its end)`);
    } else if (!questions.some((q) => /\bteam\b/i.test(q))) {
      problems.push(`one of the three questions in part ${PART_COUNT} must ask how the team will use the learning`);
    }
  }
  return { parts: parts.map(({ number, title, source, words }) => ({ number, title, source, words })), problems };
}

/** The briefing's parts; throws ContentError naming `file` if the format is broken. */
export function checkBriefingBody(body: string | undefined, file: string): BriefingPartOutline[] {
  const { parts, problems } = outlineBriefing(body ?? '');
  if (problems.length > 0) throw new ContentError(file, problems);
  return parts;
}

/** True when a part's first paragraph begins with EMERGENCY_OPENING, as written (text, component, full stop). */
function opensWithEmergencyLine(nodes: readonly RootContent[]): boolean {
  const first = nodes[0];
  if (first?.type !== 'paragraph') return false;
  const [text, contact, after] = first.children;
  const attributes = contact?.type === 'mdxJsxTextElement' && contact.name === 'ContactNumber' ? contact.attributes : [];
  const [id] = attributes;
  return text?.type === 'text' && text.value === 'In an emergency always dial '
    && attributes.length === 1 && id?.type === 'mdxJsxAttribute' && id.name === 'id' && id.value === 'police-emergency'
    && after?.type === 'text' && after.value.startsWith('.');
}

/** Words a reader says aloud in some Markdown nodes: their text, and WORDS_PER_CONTACT for each <ContactNumber />. */
function wordsIn(nodes: readonly RootContent[]): number {
  const text: string[] = [];
  let contacts = 0;
  for (const node of nodes) {
    visit(node, (n) => {
      if (n.type === 'text' || n.type === 'inlineCode') text.push(n.value);
      else if (isContact(n)) contacts++;
    });
  }
  return text.join(' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length + contacts * WORDS_PER_CONTACT;
}

/** Words a reader says aloud in a piece of MDX (markup, link targets and components' attributes not counted). */
export function countWords(markdown: string): number {
  return wordsIn(parseMdx(markdown).children);
}

/** Whole minutes to read `words` aloud at READ_ALOUD_WORDS_PER_MINUTE (at least 1). */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / READ_ALOUD_WORDS_PER_MINUTE));
}

