import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryFileProblem, globEntryProblems, readYamlList } from '../../src/shared/content-files';

const root = join(import.meta.dirname, '..', '..');
const fixtures = 'tests/unit/fixtures/content-files';
const read = (name: string) => () => readYamlList(join(root, fixtures, name), name.includes('glossary') ? ['id', 'term'] : undefined);

describe('a YAML data file (contacts, glossary, sources, thresholds, changes)', () => {
  it('fails when two entries have the same id, naming the file, the field, the id and both lines', () => {
    expect(read('duplicate-contact.yaml')).toThrow(/duplicate-contact\.yaml: id "mash" is used twice: line 2 and line 8/);
  });

  it('fails when two glossary entries have the same term', () => {
    expect(read('duplicate-glossary-term.yaml')).toThrow(/duplicate-glossary-term\.yaml: term "MASH" is used twice: line 1 and line 4/);
  });

  it('fails when the file is empty or holds only comments, naming the file', () => {
    expect(read('empty.yaml')).toThrow(/empty\.yaml is empty/);
    expect(read('comments-only.yaml')).toThrow(/comments-only\.yaml is empty/);
  });

  it('fails when the file is not a list of mappings, or repeats a key in an entry', () => {
    expect(read('mapping.yaml')).toThrow(/mapping\.yaml must be a list of entries/);
    expect(read('not-a-mapping.yaml')).toThrow(/not-a-mapping\.yaml: the entry at line 2 must be a mapping/);
    expect(read('duplicate-key.yaml')).toThrow(/duplicate-key\.yaml is not valid YAML: .*unique/);
  });

  it('reads a good file', () => {
    expect(readYamlList(join(root, fixtures, 'good.yaml'), ['id', 'term'])).toEqual([{ id: 'mash', term: 'MASH' }, { id: 'marf', term: 'MARF' }]);
  });

  it.each([
    ['content/contacts.yaml', ['id']],
    ['content/glossary.yaml', ['id', 'term']],
    ['content/sources.yaml', ['id']],
    ['content/changes.yaml', ['id']],
    ['content/thresholds/levels.yaml', ['id']],
    ['content/thresholds/indicators.yaml', ['id']],
    ['content/thresholds/disability-matrix.yaml', ['id']],
    ['content/thresholds/disability-allocation.yaml', ['id']],
  ])('the real %s passes', (file, unique) => {
    expect(readYamlList(join(root, file), unique).length).toBeGreaterThan(0);
  });
});

describe('a content entry file (guidance, briefing, case, scenario)', () => {
  it('fails when it is empty or blank, or a YAML entry has no data or is a list, naming each file', () => {
    expect(globEntryProblems(root, { pattern: '*', base: `${fixtures}/entries` })).toEqual([
      `${fixtures}/entries/blank-case.yaml is empty`,
      `${fixtures}/entries/comments-only-scenario.yaml has no data (only comments)`,
      `${fixtures}/entries/empty-guidance.mdx is empty`,
      `${fixtures}/entries/list-case.yaml must be one mapping of fields ("title: …"), not a list`,
    ]);
  });

  it('accepts a file with content', () => {
    expect(entryFileProblem('---\ntitle: Fine\n---\n', 'x.mdx')).toBeUndefined();
    expect(entryFileProblem('title: Fine\n', 'x.yaml')).toBeUndefined();
  });

  it.each(['guidance', 'briefings', 'cases', 'scenarios'])('the real content/%s passes', (dir) => {
    expect(globEntryProblems(root, { pattern: '*.{mdx,yaml}', base: `content/${dir}` })).toEqual([]);
  });

  it('is checked for every collection: content.config.ts uses only the checked loaders', () => {
    const config = readFileSync(join(root, 'src/content.config.ts'), 'utf8');
    const loaders = [...config.matchAll(/loader:\s*(\w+)\(/g)].map((m) => m[1]);
    expect(loaders.length).toBeGreaterThan(0);
    expect(loaders.filter((l) => l !== 'checkedGlob' && l !== 'yamlListFile')).toEqual([]);
  });
});
