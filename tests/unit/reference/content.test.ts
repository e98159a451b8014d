import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { caseBodyProblems } from '../../../src/reference/cases/format';
import { caseSchema } from '../../../src/reference/cases/schema';
import { typesOfSupport } from '../../../src/shared/support';
import { changeSchema } from '../../../src/reference/about/changes-schema';
import { glossarySchema } from '../../../src/reference/glossary/schema';
import {
  disabilityAllocationSchema,
  disabilityOutcomeSchema,
  thresholdIndicatorRowSchema,
  thresholdLevelDefinitionSchema,
} from '../../../src/reference/thresholds/schema';
import { isAcronym } from '../../../src/shared/text';

// Checks across the reference content (cases, thresholds, glossary, change log) that a schema
// alone cannot make: cross-references, the agreed slugs, and glossary coverage.
const root = join(import.meta.dirname, '..', '..', '..', 'content');
const load = (path: string): unknown => parse(readFileSync(join(root, path), 'utf8'));

const caseFiles = readdirSync(join(root, 'cases')).filter((f) => f.endsWith('.mdx'));
const caseFile = (f: string) => /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(join(root, 'cases', f), 'utf8'))!;
const cases = new Map(caseFiles.map((f) => [f.replace(/\.mdx$/, ''), caseSchema.parse(parse(caseFile(f)[1]!))]));
const caseBodies = new Map(caseFiles.map((f) => [f.replace(/\.mdx$/, ''), caseFile(f)[2]!]));
const levels = (load('thresholds/levels.yaml') as unknown[]).map((l) => thresholdLevelDefinitionSchema.parse(l));
const indicators = (load('thresholds/indicators.yaml') as unknown[]).map((r) => thresholdIndicatorRowSchema.parse(r));
const matrix = (load('thresholds/disability-matrix.yaml') as unknown[]).map((r) => disabilityOutcomeSchema.parse(r));
const allocation = (load('thresholds/disability-allocation.yaml') as unknown[]).map((r) => disabilityAllocationSchema.parse(r));
const glossary = (load('glossary.yaml') as unknown[]).map((g) => glossarySchema.parse(g));
const changes = (load('changes.yaml') as unknown[]).map((c) => changeSchema.parse(c));

describe('case examples', () => {
  it('are the four agreed cases, one per type of support, in order', () => {
    const ordered = [...cases.entries()].sort(([, a], [, b]) => a.order - b.order);
    expect(ordered.map(([slug]) => slug)).toEqual(['sean', 'kyle-zak-and-kieran', 'luke-erin-callum-and-daisy', 'leah-ben-and-bobby']);
    expect(ordered.map(([, c]) => c.typeOfSupport)).toEqual([...typesOfSupport]);
  });
  it('each tell the case in its five parts, in order, and quote the 2020 wording of each difference from 2016', () => {
    for (const [slug, c] of cases) expect(caseBodyProblems(caseBodies.get(slug)!, c), slug).toEqual([]);
  });
  it('each cite the 2020 guidance first', () => {
    for (const [slug, c] of cases) expect(c.sources[0]?.source, slug).toBe('hct-2020');
  });
});

describe('2016 levels and the four types of support', () => {
  it('cover Levels 1 to 4 once each', () => {
    expect(levels.map((l) => l.level).sort()).toEqual([1, 2, 3, 4]);
  });
  it('rest on a case that illustrates the same level in 2016 and the same type of support in 2020', () => {
    for (const l of levels) {
      const c = cases.get(l.caseSlug);
      expect(c, `${l.id} names case ${l.caseSlug}`).toBeDefined();
      expect(c!.typeOfSupport, l.id).toBe(l.typeOfSupport);
      expect(c!.edition2016.level, l.id).toBe(l.level);
    }
  });
});

describe('threshold indicators (Appendix 2)', () => {
  it('has the five child domains and nine parent and carer rows, with unique ids', () => {
    expect(indicators.filter((r) => r.group === 'child')).toHaveLength(5);
    expect(indicators.filter((r) => r.group === 'parents-and-carers')).toHaveLength(9);
    expect(new Set(indicators.map((r) => r.id)).size).toBe(indicators.length);
  });
  it('gives a qualifier to every domain name printed twice in the same table', () => {
    for (const group of ['child', 'parents-and-carers'] as const) {
      const rows = indicators.filter((r) => r.group === group);
      const names = rows.map((r) => `${r.domain} ${r.qualifier ?? ''}`);
      expect(new Set(names).size, group).toBe(rows.length);
    }
  });
  it('explains every item it placed itself in a layout note on the row', () => {
    for (const r of indicators) {
      const placed = Object.values(r.levels).flat().some((i) => typeof i !== 'string' && /placed/i.test(i.note));
      if (placed) expect(r.layoutNote, r.id).toBeTruthy();
    }
  });
});

describe('disability needs matrix (Appendix 3)', () => {
  it('explains every outcome with rows we placed', () => {
    for (const m of matrix) if (m.rows.some((r) => r.placed)) expect(m.layoutNote, m.id).toBeTruthy();
  });
  it('keeps "Child Protection Register" only as a quotation with a note', () => {
    const all = matrix.flatMap((m) => m.rows.flatMap((r) => [r.low, r.moderate, r.high]));
    const register = all.filter((i) => (typeof i === 'string' ? i : i.text).includes('Child Protection Register'));
    expect(register.length).toBeGreaterThan(0);
    for (const i of register) expect(typeof i === 'string' ? undefined : i.note).toMatch(/historical/);
  });
  it('lists low, moderate and high allocation of resources', () => {
    expect(allocation.map((a) => a.id)).toEqual(['low', 'moderate', 'high']);
  });
});

describe('glossary', () => {
  const ids = glossary.map((g) => g.id);
  const written = new Set(glossary.flatMap((g) => [g.term, ...g.aliases]));
  it('has unique ids and keeps the mash and marf entries', () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['mash', 'marf']));
  });
  it('says so when a document does not expand an acronym, instead of leaving it blank', () => {
    for (const g of glossary.filter((e) => e.expansion === null && isAcronym(e.term))) {
      expect(g.definition, g.id).toMatch(/^(Not expanded in the source documents|No single expansion)\./);
    }
  });
  it('cites every document that a definition names or quotes', () => {
    // A definition that says what a document says must list that document in its sources.
    const named: Array<[RegExp, string]> = [
      [/Helping Children Thrive 2020/, 'hct-2020'],
      [/annual report/i, 'annual-report-2019-20'],
      [/Early Help Strategy 2017/, 'early-help-strategy-2017'],
      [/\b2016\b/, 'threshold-2016'],
      [/\b2014\b/, 'early-help-strategy-2014'],
    ];
    const missing = glossary.flatMap((g) => named
      .filter(([pattern, source]) => pattern.test(g.definition ?? '') && !g.sources.some((s) => s.source === source))
      .map(([, source]) => `${g.id}: names ${source} but does not cite it`));
    expect(missing).toEqual([]);
  });
  it('has an entry for every acronym in the case examples and threshold tables', () => {
    const text = JSON.stringify([...cases.values(), ...caseBodies.values(), levels, indicators, matrix, allocation]);
    // Words in capitals that are not acronyms: the matrix's level labels.
    const notAcronyms = new Set(['LOW', 'MODERATE', 'HIGH', 'NB']);
    const found = new Set([...text.matchAll(/(?<![A-Za-z0-9&])[A-Z][A-Z0-9&]*[A-Z0-9](?![A-Za-z0-9&])/g)].map((m) => m[0]));
    const missing = [...found].filter((w) => isAcronym(w) && !notAcronyms.has(w) && !written.has(w));
    expect(missing).toEqual([]);
  });
});

describe('change log', () => {
  it('has unique ids that start with their date', () => {
    expect(new Set(changes.map((c) => c.id)).size).toBe(changes.length);
    for (const c of changes) expect(c.id.startsWith(c.date), c.id).toBe(true);
  });
});
