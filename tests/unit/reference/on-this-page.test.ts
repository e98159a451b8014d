import { describe, expect, it } from 'vitest';
import { currentSection } from '../../../src/reference/guidance/on-this-page';

describe('"On this page": the section being read', () => {
  it('is the last heading that has reached the reading line', () => {
    expect(currentSection([-500, -20, 90, 400], 120)).toBe(2);
    expect(currentSection([-500, -20, 130, 400], 120)).toBe(1);
  });

  it('is none while the first heading is still below the line', () => {
    expect(currentSection([300, 900], 120)).toBe(-1);
    expect(currentSection([], 120)).toBe(-1);
  });
});
