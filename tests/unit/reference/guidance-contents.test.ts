// Every section in the printed contents list of Helping Children Thrive 2020 has a guidance page
// that cites the printed page it starts on, in the document's order.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

/** The printed contents list (seed 000, lines 17-37): section, printed page, and our page. */
const contents: Array<[section: string, page: number | null, slug: string]> = [
  ['Who is this document for?', 4, 'who-is-this-for'],
  ['Working Better Together in Knowsley', 6, 'working-better-together'],
  ['Working with children and their families', 8, 'working-with-children-and-families'],
  ['Our approach to safety and support', 10, 'safety-and-support'],
  ['Our practice model: Signs of Safety framework', 12, 'signs-of-safety'],
  ["What's working well? What are we worried about?", 14, 'signs-of-safety'],
  ['What needs to happen?', null, 'signs-of-safety'],
  ['Scaling questions', 16, 'scaling-questions'],
  ['What do we mean by support?', 18, 'what-we-mean-by-support'],
  ['Universal Services', 19, 'universal-services'],
  ['Early Help', 20, 'early-help'],
  ['Targeted Early Help', 21, 'targeted-early-help'],
  ['Safeguarding', 22, 'safeguarding'],
  ['Assessments', 24, 'assessment'],
  ['Early Help Assessments, Social Care Assessments', 26, 'assessment'],
  ['Family network', 28, 'family-network'],
  ['Information sharing', 30, 'information-sharing'],
  ['How to make a referral for support', 32, 'making-a-referral'],
  ['Still worried?', 34, 'still-worried'],
  ['Recording what we do and the decisions we take', 36, 'recording'],
  ['Top tips', 37, 'recording'],
  ['Good practice examples', 38, 'good-practice-examples'],
];

interface Front { order: number; sources: Array<{ source: string; section?: string; pages?: string }> }
const front = (slug: string): Front => {
  const text = readFileSync(`content/guidance/${slug}.mdx`, 'utf8');
  return parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Front;
};
/** "24-25" covers 24 and 25; "38 onwards" covers 38 and after. */
const covers = (pages: string | undefined, page: number) => {
  if (!pages) return false;
  const m = /^(\d+)(?:\s*-\s*(\d+)|\s+onwards)?$/.exec(pages.trim());
  if (!m) return false;
  const from = Number(m[1]);
  const to = pages.includes('onwards') ? Infinity : Number(m[2] ?? m[1]);
  return page >= from && page <= to;
};

describe.each(contents)('"%s" (printed page %s)', (section, page, slug) => {
  it(`has a guidance page (${slug}) that cites the current guidance${page ? ` at page ${page}` : ''}`, () => {
    expect(existsSync(`content/guidance/${slug}.mdx`), `content/guidance/${slug}.mdx`).toBe(true);
    const citations = front(slug).sources.filter((s) => s.source === 'hct-2020');
    expect(citations.length).toBeGreaterThan(0);
    if (page) expect(citations.some((c) => covers(c.pages, page)), `no citation of page ${page}`).toBe(true);
  });
});

it('the guidance pages follow the printed order', () => {
  const orders = [...new Set(contents.map(([, , slug]) => slug))].map((slug) => front(slug).order);
  expect(orders).toEqual([...orders].sort((a, b) => a - b));
});
