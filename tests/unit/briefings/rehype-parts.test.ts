import type { ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { rehypeBriefingParts } from '../../../src/briefings/rehype-parts';
import { ContentError } from '../../../src/shared/errors';

const briefing = { path: '/site/content/briefings/example.mdx', cwd: '/site' };
const el = (tagName: string, text: string, properties = {}): ElementContent => ({ type: 'element', tagName, properties, children: [{ type: 'text', value: text }] });
const nl: ElementContent = { type: 'text', value: '\n' };
/** A rendered briefing body with `n` parts: an h2 and a paragraph each. */
const tree = (n = 7, before: ElementContent[] = []): Root => ({
  type: 'root',
  children: [...before, nl, ...Array.from({ length: n }, (_, i) => [el('h2', `${i + 1} Part ${i + 1}`), nl, el('p', `Text ${i + 1}`), nl]).flat()],
});
const run = (t: Root, file = briefing) => {
  rehypeBriefingParts()(t, file);
  return toHtml(t);
};

describe('rehypeBriefingParts', () => {
  it('wraps each h2 and what follows it in a section with a stable id, labelled by its heading', () => {
    const html = run(tree());
    expect(html.match(/<section /g)).toHaveLength(7);
    expect(html).toMatch(/^<section class="briefing-part" id="part-1" aria-labelledby="1-part-1" data-part="1"><h2 id="1-part-1">1 Part 1<\/h2>\n<p>Text 1<\/p>\n<\/section>/);
    expect(html).toContain('<section class="briefing-part" id="part-7" aria-labelledby="7-part-7" data-part="7">');
  });
  it('keeps a heading id that is already set', () => {
    const t = tree();
    const first = t.children[1];
    if (first?.type === 'element') first.properties.id = 'background';
    expect(run(t)).toContain('id="part-1" aria-labelledby="background"');
  });
  it('leaves pages that are not briefings alone', () => {
    const t = tree(3);
    const before = toHtml(t);
    expect(run(t, { path: '/site/content/guidance/mash.mdx', cwd: '/site' })).toBe(before);
  });
  it('fails the build, naming the file, for the wrong number of parts or content before part 1', () => {
    expect(() => run(tree(6))).toThrow(ContentError);
    expect(() => run(tree(6))).toThrow('content/briefings/example.mdx: rendered 6 h2 parts, expected 7');
    expect(() => run(tree(7, [el('p', 'Intro')]))).toThrow(/content\/briefings\/example.mdx: rendered content before part 1/);
  });
});
