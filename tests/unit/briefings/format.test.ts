import { describe, expect, it } from 'vitest';
import { briefingSchema } from '../../../src/briefings/schema';
import {
  checkBriefingBody,
  countWords,
  EMERGENCY_OPENING,
  outlineBriefing,
  readingMinutes,
} from '../../../src/briefings/format';
import { ContentError } from '../../../src/shared/errors';
import { matchesTopic } from '../../../src/briefings/topic-filter';

const file = 'content/briefings/example.mdx';

/** A well-formed body with `n` parts (default seven). */
function body(n = 7, overrides: Record<number, string> = {}): string {
  const parts: string[] = [];
  for (let i = 1; i <= n; i++) {
    let text = overrides[i] ?? `Some words for part ${i}.`;
    if (!(i in overrides) && i === 6) text = `${EMERGENCY_OPENING}\n\nCall MASH on <ContactNumber id="mash" />.`;
    if (!(i in overrides) && i === 7) text = 'Talk as a team:\n\n- What worked?\n- What got in the way?\n- How will our team use this?';
    parts.push(`## ${i} Part ${i}\n\n${text}\n`);
  }
  return parts.join('\n');
}

const frontmatter = {
  title: 'Example',
  summary: 'An example briefing.',
  topics: ['recording'],
  audience: 'Everyone',
  written: '2026-11-22',
  guidance: [{ page: 'recording', anchor: 'top-tips', label: 'Recording: top tips' }],
  sources: [{ source: 'hct-2020', section: 'Recording what we do and the decisions we take', pages: '36' }],
};

describe('briefing frontmatter schema', () => {
  it('accepts a well-formed briefing', () => {
    const r = briefingSchema.parse(frontmatter);
    expect(r.written).toBe('2026-11-22');
    expect(r.restsOnSuperseded).toBe(false);
  });
  it('keeps a YAML date as an ISO date string', () => {
    expect(briefingSchema.parse({ ...frontmatter, written: new Date('2026-11-22T00:00:00Z') }).written).toBe('2026-11-22');
  });
  it('rejects a briefing with no sources, naming the field', () => {
    const r = briefingSchema.safeParse({ ...frontmatter, sources: [] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['sources']);
  });
  it('rejects a briefing with the sources field missing', () => {
    const { sources: _omit, ...rest } = frontmatter;
    const r = briefingSchema.safeParse(rest);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toContain('sources');
  });
  it('rejects a source that is not one of the seed documents', () => {
    expect(briefingSchema.safeParse({ ...frontmatter, sources: [{ source: 'wikipedia' }] }).success).toBe(false);
  });
  it('rejects an unknown topic', () => {
    expect(briefingSchema.safeParse({ ...frontmatter, topics: ['cooking'] }).success).toBe(false);
  });
  it('takes links to guidance as { page, anchor, label }, and nothing else', () => {
    expect(briefingSchema.safeParse({ ...frontmatter, guidance: [{ page: 'recording', label: 'x' }] }).success).toBe(true);
    const oldForm = briefingSchema.safeParse({ ...frontmatter, guidance: [{ page: 'recording', section: 'top-tips', label: 'x' }] });
    expect(oldForm.success).toBe(false);
    const notASlug = briefingSchema.safeParse({ ...frontmatter, guidance: [{ page: 'recording', anchor: '#Top tips', label: 'x' }] });
    expect(notASlug.error?.issues[0]?.path).toEqual(['guidance', 0, 'anchor']);
  });
  it('rejects a malformed date and unknown fields', () => {
    expect(briefingSchema.safeParse({ ...frontmatter, written: '22/11/2026' }).success).toBe(false);
    expect(briefingSchema.safeParse({ ...frontmatter, author: 'me' }).success).toBe(false);
  });
});

describe('briefing body validator', () => {
  it('accepts seven numbered parts and outlines them', () => {
    const parts = checkBriefingBody(body(), file);
    expect(parts.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(parts[0]).toMatchObject({ title: 'Part 1', words: 5 });
  });
  it('rejects six parts, naming the file and the count', () => {
    expect(() => checkBriefingBody(body(6), file)).toThrow(ContentError);
    expect(() => checkBriefingBody(body(6), file)).toThrow(
      'content/briefings/example.mdx: expected 7 numbered parts (h2 "1 …" to "7 …"), found 6',
    );
  });
  it('rejects eight parts', () => {
    expect(outlineBriefing(body(8)).problems).toContain('expected 7 numbered parts (h2 "1 …" to "7 …"), found 8');
  });
  it('rejects an h2 that does not begin with its number', () => {
    const b = body().replace('## 3 Part 3', '## Key facts');
    const { problems } = outlineBriefing(b);
    expect(problems).toContain('h2 "Key facts" must begin with its part number (1 to 7)');
    expect(problems).toContain('expected 7 numbered parts (h2 "1 …" to "7 …"), found 6');
  });
  it('rejects parts out of order', () => {
    const b = body().replace('## 2 Part 2', '## 3 Part 2').replace('## 3 Part 3', '## 2 Part 3');
    expect(outlineBriefing(b).problems[0]).toMatch(/^part 2 is headed "3 Part 2"/);
  });
  it('rejects text before part 1, but allows imports', () => {
    expect(outlineBriefing(`Intro.\n\n${body()}`).problems[0]).toMatch(/^text before part 1/);
    expect(outlineBriefing(`import X from './x';\n\n${body()}`).problems).toEqual([]);
  });
  it('ignores h3 headings and ## inside code fences', () => {
    expect(outlineBriefing(body(7, { 2: '### A sub-heading\n\nText.\n\n```\n## not a heading\n```' })).problems).toEqual([]);
  });
  it('requires part 6 to start with the emergency line, its number through ContactNumber', () => {
    const problem = 'part 6 must start with "In an emergency always dial <ContactNumber id="police-emergency" />."';
    expect(outlineBriefing(body(7, { 6: 'Ring your manager.' })).problems).toEqual([problem]);
    expect(outlineBriefing(body(7, { 6: 'In an emergency always dial 999.' })).problems).toEqual([problem]);
    expect(outlineBriefing(body(7, { 6: `Ring your manager.\n\n${EMERGENCY_OPENING}` })).problems).toEqual([problem]);
    expect(outlineBriefing(body(7, { 6: 'In an emergency always dial <ContactNumber id="mash" />.' })).problems).toEqual([problem]);
    expect(outlineBriefing(body(7, { 6: `${EMERGENCY_OPENING} Then ring your manager.` })).problems).toEqual([]);
  });
  it('requires part 7 to end with three questions, one about the team', () => {
    const two = body(7, { 7: '- What worked?\n- How will our team use this?' });
    expect(outlineBriefing(two).problems[0]).toMatch(/^part 7 must end with a list of three questions \(found 2/);
    const notQuestions = body(7, { 7: '- One.\n- Two.\n- Three.' });
    expect(outlineBriefing(notQuestions).problems[0]).toMatch(/^part 7 must end with a list of three questions/);
    const noTeam = body(7, { 7: '- One?\n- Two?\n- Three?' });
    expect(outlineBriefing(noTeam).problems).toEqual(['one of the three questions in part 7 must ask how the team will use the learning']);
    const trailing = body(7, { 7: '- One?\n- Two?\n- How will our team use it?\n\nA closing paragraph.' });
    expect(outlineBriefing(trailing).problems[0]).toMatch(/found 0 list items/);
  });
  it('rejects an empty part', () => {
    expect(outlineBriefing(body(7, { 4: '' })).problems).toContain('part 4 ("Part 4") is empty');
  });
  it('reports every problem in one error', () => {
    expect(() => checkBriefingBody(body(6, { 6: 'No contacts.' }), file)).toThrow(/found 6; part 6 must start with "In an emergency always dial/);
  });
});

describe('word count and reading time', () => {
  it('counts words read aloud, not markup', () => {
    expect(countWords('**Bold** words, a [link](/x/) and\n\n- a list item')).toBe(8);
    expect(countWords('Call <ContactNumber id="mash" /> now.')).toBe(5);
  });
  it('estimates whole minutes at a reading-aloud pace', () => {
    expect(readingMinutes(840)).toBe(7);
    expect(readingMinutes(10)).toBe(1);
  });
});

describe('topic filter', () => {
  it('matches a topic among space-separated ids, and everything for no topic', () => {
    expect(matchesTopic('recording early-help', 'early-help')).toBe(true);
    expect(matchesTopic('recording early-help', 'early')).toBe(false);
    expect(matchesTopic('recording', '')).toBe(true);
  });
});
