import { describe, expect, it } from 'vitest';
import { caseBodyProblems } from '../../../src/reference/cases/format';

const part = (name: string, text = `Text of ${name}.`) => `<CasePart part="${name}">\n\n${text}\n\n</CasePart>`;
const all = ['worried', 'goingWell', 'needsToHappen', 'nextSteps', 'threeMonthsLater'];
const body = (names = all) => names.map((n) => part(n)).join('\n\n');
const data = { caption: 'Example of a family', edition2016: { caption: null, level: 1, differences: [] } };

describe('the body of a case example', () => {
  it('accepts the five parts, once each and in order', () => {
    expect(caseBodyProblems(body(), data)).toEqual([]);
  });
  it('rejects a missing, repeated, unknown or out-of-order part', () => {
    expect(caseBodyProblems(body(all.slice(0, 4)), data)).toEqual(['the parts must be worried, goingWell, needsToHappen, nextSteps, threeMonthsLater, once each and in that order (found worried, goingWell, needsToHappen, nextSteps)']);
    expect(caseBodyProblems(body([...all, 'worried']), data)).toContain('<CasePart part="worried"> is there twice');
    expect(caseBodyProblems(body([...all, 'hopes']), data)[0]).toMatch(/^<CasePart part="hopes">: part must be one of worried/);
    expect(caseBodyProblems(body(['goingWell', 'worried', ...all.slice(2)]), data)[0]).toMatch(/in that order \(found goingWell, worried/);
  });
  it('rejects text outside the parts, and an empty part', () => {
    expect(caseBodyProblems(`Intro.\n\n${body()}`, data)).toEqual(['line 1: write the case inside <CasePart part="…"> components']);
    expect(caseBodyProblems(body().replace('Text of nextSteps.', ''), data)).toContain('<CasePart part="nextSteps"> is empty');
  });
  it('checks that each difference from 2016 quotes wording that is in the part it names', () => {
    const differences = [{ part: 'nextSteps' as const, hct2020: 'Text of   nextSteps', threshold2016: 'Old text' }];
    expect(caseBodyProblems(body(), { ...data, edition2016: { ...data.edition2016, differences } })).toEqual([]);
    const wrongPart = [{ part: 'worried' as const, hct2020: 'Text of nextSteps', threshold2016: 'Old text' }];
    expect(caseBodyProblems(body(), { ...data, edition2016: { ...data.edition2016, differences: wrongPart } })).toEqual(['edition2016.differences: "Text of nextSteps" is not in worried']);
    const caption = [{ part: 'caption' as const, hct2020: 'a family', threshold2016: 'a household' }];
    expect(caseBodyProblems(body(), { ...data, edition2016: { ...data.edition2016, differences: caption } })).toEqual([]);
  });
});
