// The 7-minute briefing format, checked on the MDX body (Zod only sees the frontmatter):
// exactly seven parts, each an h2 beginning with its number; part 6 gives contacts through
// <ContactNumber />; part 7 ends with three questions for the team. Pure functions, no Astro.

/** Number of parts in every briefing. */
export const PART_COUNT = 7;

/** A measured reading-aloud pace for a team meeting, used for the estimated reading time. */
export const READ_ALOUD_WORDS_PER_MINUTE = 120;

/** The words a part should have, so that seven parts read aloud in about seven minutes. */
export const PART_WORDS = { min: 60, max: 120 } as const;

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

/** Thrown when a briefing's body breaks the format; the message names the file and the problem. */
export class BriefingFormatError extends Error {
  override name = 'BriefingFormatError';
}

const h2Line = /^##\s+(.*?)\s*#*\s*$/;
const numberedTitle = /^([1-9]\d*)\.?\s+(\S.*)$/;
const listItem = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/;

/** Splits a briefing body into its h2 parts and lists everything wrong with its format. */
export function outlineBriefing(body: string): { parts: BriefingPartOutline[]; problems: string[] } {
  const problems: string[] = [];
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const sections: Array<{ heading: string; lines: string[] }> = [];
  const preamble: string[] = [];
  let inFence = false;
  for (const line of lines) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const h2 = inFence ? null : h2Line.exec(line);
    if (h2) sections.push({ heading: h2[1]!, lines: [] });
    else if (sections.length > 0) sections.at(-1)!.lines.push(line);
    else preamble.push(line);
  }

  const intro = preamble.filter((l) => l.trim() !== '' && !/^\s*(import|export)\s/.test(l));
  if (intro.length > 0) problems.push('text before part 1: put it in a part, or in the summary in the frontmatter');

  const parts: BriefingPartOutline[] = [];
  for (const section of sections) {
    const m = numberedTitle.exec(section.heading);
    if (!m) {
      problems.push(`h2 "${section.heading}" must begin with its part number (1 to ${PART_COUNT})`);
      continue;
    }
    const source = section.lines.join('\n').trim();
    parts.push({ number: Number(m[1]), title: m[2]!.trim(), source, words: countWords(source) });
  }

  if (parts.length !== PART_COUNT) {
    problems.push(`expected ${PART_COUNT} numbered parts (h2 "1 …" to "${PART_COUNT} …"), found ${parts.length}`);
  }
  parts.forEach((part, i) => {
    if (part.number !== i + 1) problems.push(`part ${i + 1} is headed "${part.number} ${part.title}": number the parts 1 to ${PART_COUNT} in order`);
    if (part.source === '') problems.push(`part ${part.number} ("${part.title}") is empty`);
  });

  const help = parts.find((p) => p.number === 6);
  if (help && !/<ContactNumber\b/.test(help.source)) {
    problems.push('part 6 must give contacts through <ContactNumber id="…" />');
  }
  const reflect = parts.find((p) => p.number === PART_COUNT);
  if (reflect) {
    const questions = closingList(reflect.source);
    if (questions.length !== 3 || !questions.every((q) => /\?\s*$/.test(q))) {
      problems.push(`part ${PART_COUNT} must end with a list of three questions (found ${questions.length} list items at its end)`);
    } else if (!questions.some((q) => /\bteam\b/i.test(q))) {
      problems.push(`one of the three questions in part ${PART_COUNT} must ask how the team will use the learning`);
    }
  }
  return { parts, problems };
}

/** The briefing's parts; throws BriefingFormatError naming `file` if the format is broken. */
export function checkBriefingBody(body: string | undefined, file: string): BriefingPartOutline[] {
  const { parts, problems } = outlineBriefing(body ?? '');
  if (problems.length > 0) throw new BriefingFormatError(`${file}: ${problems.join('; ')}`);
  return parts;
}

/** The items of the list that ends a block of Markdown (empty if it does not end with a list). */
function closingList(source: string): string[] {
  const lines = source.split('\n');
  while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop();
  const items: string[] = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = listItem.exec(lines[i]!);
    if (!m) break;
    items.unshift(m[1]!.trim());
  }
  return items;
}

/** Words a phone number takes to read aloud (three groups of digits), counted for each <ContactNumber />. */
const WORDS_PER_CONTACT = 3;

/**
 * Words a reader says aloud. Tags, link targets and Markdown markers are not counted; each
 * <ContactNumber /> counts as WORDS_PER_CONTACT words.
 */
export function countWords(markdown: string): number {
  const contacts = (markdown.match(/<ContactNumber\b[^>]*>/g) ?? []).length;
  const text = markdown
    .replace(/<[^>]*>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(?:[-*+]|\d+[.)]|>|#+)\s+/gm, ' ')
    .replace(/[*_`]/g, '');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length + contacts * WORDS_PER_CONTACT;
}

/** Whole minutes to read `words` aloud at READ_ALOUD_WORDS_PER_MINUTE (at least 1). */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / READ_ALOUD_WORDS_PER_MINUTE));
}

/** "22 November 2026" for an ISO date ("2026-11-22"), independent of the build machine's time zone. */
export function formatWrittenDate(iso: string): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** Id of the section that holds part `n` on the reading and presenter pages. */
export function partId(n: number): string {
  return `part-${n}`;
}

/**
 * Wraps each h2 part of a rendered briefing in <section id="part-N" class="briefing-part">, so
 * that parts can be printed as a grid and presented one at a time without JavaScript having to
 * restructure the page. Throws if the HTML does not hold exactly PART_COUNT h2 headings.
 */
export function wrapRenderedParts(html: string, file: string): string {
  const first = html.search(/<h2[\s>]/);
  const before = first < 0 ? html : html.slice(0, first);
  const chunks = first < 0 ? [] : html.slice(first).split(/(?=<h2[\s>])/);
  if (chunks.length !== PART_COUNT) {
    throw new BriefingFormatError(`${file}: rendered ${chunks.length} h2 parts, expected ${PART_COUNT}`);
  }
  if (before.trim() !== '') throw new BriefingFormatError(`${file}: rendered content before part 1`);
  return chunks
    .map((chunk, i) => {
      const headingId = /^<h2[^>]*\sid="([^"]+)"/.exec(chunk)?.[1];
      const labelled = headingId ? ` aria-labelledby="${headingId}"` : '';
      return `<section class="briefing-part" id="${partId(i + 1)}"${labelled} data-part="${i + 1}">${chunk}</section>`;
    })
    .join('');
}
