import { describe, expect, it } from 'vitest';
import { contactSchema } from '../../../src/reference/contacts/schema';
import { guidanceSchema } from '../../../src/reference/guidance/schema';

const mash = {
  id: 'mash',
  name: 'MASH',
  shortName: 'MASH',
  number: '0151 443 2600',
  keypad: [1, 1],
  whenToUse: 'A child may be in immediate need of protection.',
  sources: [{ source: 'hct-2020' }],
  status: 'current',
};

describe('contact schema', () => {
  it('accepts a well-formed contact', () => {
    expect(contactSchema.parse(mash).keypad).toEqual([1, 1]);
  });
  it('rejects a badly written number, naming the field', () => {
    const r = contactSchema.safeParse({ ...mash, number: '01514432600' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['number']);
  });
  it('rejects a superseded contact with no note saying what replaced it', () => {
    const r = contactSchema.safeParse({ ...mash, status: 'superseded' });
    expect(r.error?.issues[0]?.path).toEqual(['supersededNote']);
  });
  it('rejects a source that is not one of the seed documents', () => {
    const r = contactSchema.safeParse({ ...mash, sources: [{ source: 'wikipedia' }] });
    expect(r.success).toBe(false);
  });
  it('rejects unknown fields', () => {
    expect(contactSchema.safeParse({ ...mash, fax: '1' }).success).toBe(false);
  });
});

describe('guidance schema', () => {
  it('requires at least one source', () => {
    const r = guidanceSchema.safeParse({ title: 'T', description: 'D', order: 1, sources: [] });
    expect(r.error?.issues[0]?.path).toEqual(['sources']);
  });
});
