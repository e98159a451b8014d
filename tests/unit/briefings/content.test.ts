import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { briefingSchema } from '../../../src/briefings/schema';
import { outlineBriefing, PART_WORDS } from '../../../src/briefings/format';
import { findPhoneNumbers } from '../../../src/reference/contacts/phone-numbers';

// Every briefing in content/briefings: valid frontmatter, the seven-part format, parts of about
// 60 to 120 words, no hand-written phone numbers, and a label wherever 2016 guidance is used.
const dir = join(process.cwd(), 'content/briefings');
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
