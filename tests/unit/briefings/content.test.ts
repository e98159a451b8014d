import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { briefingSchema } from '../../../src/briefings/schema';
import { EMERGENCY_OPENING, outlineBriefing, PART_WORDS } from '../../../src/briefings/format';
import { findPhoneNumbers } from '../../../src/reference/contacts/phone-numbers';
import { loadGuidanceIndex } from '../../../src/shared/content-index';
import { guidanceRefProblem } from '../../../src/shared/guidance-links';

// Every briefing in content/briefings: valid frontmatter with links to guidance that resolve, the
// seven-part format, parts of about 60 to 120 words, no hand-written phone numbers, a label
// wherever 2016 guidance is used, and the guidance's emergency line at the head of "Where to get
// help"; then the corrections of issue 9 that rest on particular seed lines.
const dir = join(process.cwd(), 'content/briefings');
const guidance = loadGuidanceIndex();
const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));

function read(file: string) {
  const text = readFileSync(join(dir, file), 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${file}: no frontmatter`);
  return { data: parse(m[1]!), body: m[2]! };
}

describe('the briefings library', () => {
  it('has at least twelve briefings', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  for (const file of files) {
    describe(file, () => {
      const { data, body } = read(file);
      const { parts, problems } = outlineBriefing(body);

      it('has valid frontmatter', () => {
        const r = briefingSchema.safeParse(data);
        expect(r.success, JSON.stringify(r.error?.issues)).toBe(true);
        const broken = (r.data?.guidance ?? []).map((ref) => guidanceRefProblem(ref, guidance)).filter(Boolean);
        expect(broken).toEqual([]);
      });

      it('has the seven-part format', () => {
        expect(problems).toEqual([]);
      });

      it(`has ${PART_WORDS.min} to ${PART_WORDS.max} words in each part`, () => {
        const off = parts.filter((p) => p.words < PART_WORDS.min || p.words > PART_WORDS.max).map((p) => `part ${p.number}: ${p.words} words`);
        expect(off).toEqual([]);
      });

      it('writes no phone number by hand', () => {
        expect(findPhoneNumbers(body).map((m) => `line ${m.line}: ${m.text}`)).toEqual([]);
      });

      it('opens "Where to get help" with the guidance\'s emergency line, and cites the section it comes from', () => {
        const help = parts.find((p) => p.number === 6);
        expect(help?.title).toBe('Where to get help');
        expect(help?.source.startsWith(EMERGENCY_OPENING)).toBe(true);
        const sources = data.sources as Array<{ source: string; section?: string }>;
        expect(sources.some((s) => s.source === 'hct-2020' && s.section === 'How to make a referral for support')).toBe(true);
      });

      it('gives the police and MASH together, and the MARF within 48 hours, wherever it speaks of immediate protection', () => {
        for (const part of parts.filter((p) => /immediate need of protection/.test(p.source) && /<ContactNumber id="mash"/.test(p.source))) {
          expect(part.source, `part ${part.number}`).toMatch(/<ContactNumber id="police-emergency" \/>/);
        }
        if (/immediate need of protection/.test(body)) expect(body).toMatch(/MARF\)? within 48 hours/);
      });

      it('names the 2016 guidance wherever it uses it, and is marked when it rests on it', () => {
        const uses2016 = (data.sources as Array<{ source: string }>).some((s) => s.source === 'threshold-2016');
        if (uses2016) expect(body).toMatch(/2016 guidance|Guidance 2016/);
        if (data.restsOnSuperseded) {
          expect(uses2016).toBe(true);
          expect(body).toMatch(/superseded/);
        }
      });
    });
  }
});

/**
 * The corrections of issue 9, each with the seed lines it rests on (000 = Helping Children Thrive
 * 2020, 001 = Early Help Strategy 2017-2020, 002 = annual report 2019/20, 003 = 2016 guidance).
 */
const corrections: Record<string, Array<[part: number, pattern: RegExp, why: string]>> = {
  'four-types-of-support.mdx': [
    [4, /\(\/cases\/kyle-zak-and-kieran\/\)/, 'the Early Help worked example (000:521-527)'],
    [4, /\(\/cases\/luke-erin-callum-and-daisy\/\)/, 'the Targeted Early Help worked example (000:529-535)'],
  ],
  'early-help-assessment-and-taf.mdx': [
    [4, /suffering or likely to suffer harm, share the information with children's social care now/, '000:415'],
    [4, /does not agree to an Early Help Assessment[\s\S]*2016 guidance[\s\S]*safeguarding lead/, '003:98, labelled 2016'],
    [5, /with families' consent/, '001:276'],
  ],
  'learning-from-child-y.mdx': [
    [1, /^Content note:.*suicide/, 'the themes, named before the briefing starts (002:496, 520-521)'],
    [5, /direct opportunity to express their views/, 'what a practitioner does (002:514)'],
    [6, /CAMHS Response Team/, '002:531'],
    [6, /Knowsley CAMHS Team/, '002:533'],
  ],
  'managing-allegations.mdx': [[5, /referred to the LADO/, '002:1082-1089']],
  'mash-and-making-a-referral.mdx': [
    [4, /advice and information provided/i, '000:333'],
    [6, /safeguarding lead[\s\S]*designated safeguarding officers[\s\S]*2016 guidance/, '002:1570; 003:272, labelled 2016'],
  ],
  'still-worried.mdx': [[6, /safeguarding lead[\s\S]*designated safeguarding officers[\s\S]*2016 guidance/, '002:1570; 003:272, labelled 2016']],
  'contextual-safeguarding.mdx': [
    [5, /medium or high risk of exploitation/, 'MACE (002:389)'],
    [6, /Shield team offers consultations to front-line practitioners/, '002:393'],
  ],
};

describe('corrections from the review of the briefings (issue 9)', () => {
  for (const [file, checks] of Object.entries(corrections)) {
    const { parts } = outlineBriefing(read(file).body);
    for (const [n, pattern, why] of checks) {
      it(`${file} part ${n}: ${why}`, () => {
        expect(parts.find((p) => p.number === n)?.source).toMatch(pattern);
      });
    }
  }
});
