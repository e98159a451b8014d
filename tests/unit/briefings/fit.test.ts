import { describe, expect, it } from 'vitest';
import { largestFitting, typeRange } from '../../../src/briefings/fit';

describe('fitting a part to its box', () => {
  it('finds the largest size that fits, to within the precision', () => {
    const tried: number[] = [];
    const size = largestFitting(10, 60, (s) => (tried.push(s), s <= 23.3));
    expect(size).toBeLessThanOrEqual(23.3);
    expect(size).toBeGreaterThan(23.3 - 0.5);
    // A binary search: a handful of layouts, not one per pixel.
    expect(tried.length).toBeLessThanOrEqual(8);
  });
  it('takes the largest size when everything fits, and the smallest when nothing does', () => {
    expect(largestFitting(10, 60, () => true)).toBe(60);
    expect(largestFitting(10, 60, () => false)).toBe(10);
    expect(largestFitting(10, 10, () => false)).toBe(10);
  });
  it('keeps the type between 0.6875rem and 4rem, and at most an eighth of the box', () => {
    expect(typeRange(1000, 16)).toEqual({ min: 11, max: 64 });
    expect(typeRange(240, 16)).toEqual({ min: 11, max: 30 });
    expect(typeRange(40, 16)).toEqual({ min: 11, max: 11 });
  });
});
