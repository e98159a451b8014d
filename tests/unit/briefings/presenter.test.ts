import { describe, expect, it } from 'vitest';
import { applyAction, clampPart, formatClock, keyAction, pace, partFromHash, Stopwatch } from '../../../src/briefings/presenter';

describe('presenter keys', () => {
  it('moves on with right arrow, Page Down and space, back with left arrow and Page Up', () => {
    for (const key of ['ArrowRight', 'PageDown', ' ']) expect(keyAction(key, 7)).toEqual({ type: 'next' });
    for (const key of ['ArrowLeft', 'PageUp']) expect(keyAction(key, 7)).toEqual({ type: 'prev' });
  });
  it('leaves space to a focused button or link', () => {
    expect(keyAction(' ', 7, true)).toBeNull();
    expect(keyAction('ArrowRight', 7, true)).toEqual({ type: 'next' });
  });
  it('jumps with Home, End and the part numbers, and toggles the timer with T', () => {
    expect(keyAction('Home', 7)).toEqual({ type: 'go', part: 1 });
    expect(keyAction('End', 7)).toEqual({ type: 'go', part: 7 });
    expect(keyAction('4', 7)).toEqual({ type: 'go', part: 4 });
    expect(keyAction('8', 7)).toBeNull();
    expect(keyAction('t', 7)).toEqual({ type: 'toggle-timer' });
    expect(keyAction('h', 7)).toEqual({ type: 'toggle-controls' });
    expect(keyAction('F', 7)).toEqual({ type: 'toggle-fullscreen' });
  });
  it('leaves other keys, including up and down arrows for scrolling', () => {
    expect(keyAction('ArrowDown', 7)).toBeNull();
    expect(keyAction('a', 7)).toBeNull();
  });
});

describe('moving between parts', () => {
  it('stays within the first and last part', () => {
    expect(applyAction(7, { type: 'next' }, 7)).toBe(7);
    expect(applyAction(1, { type: 'prev' }, 7)).toBe(1);
    expect(applyAction(3, { type: 'next' }, 7)).toBe(4);
    expect(applyAction(3, { type: 'go', part: 99 }, 7)).toBe(7);
    expect(clampPart(Number.NaN, 7)).toBe(1);
  });
  it('reads the part from the URL hash', () => {
    expect(partFromHash('#part-3', 7)).toBe(3);
    expect(partFromHash('#part-12', 7)).toBe(7);
    expect(partFromHash('#part-0', 7)).toBe(1);
    expect(partFromHash('', 7)).toBe(1);
    expect(partFromHash('#1-background', 7)).toBe(1);
  });
});

describe('seven-minute pace', () => {
  it('formats the clock', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(65_400)).toBe('1:05');
    expect(formatClock(420_000)).toBe('7:00');
  });
  it('is on time when the part on screen is the part due', () => {
    expect(pace(30_000, 1, 7)).toMatchObject({ due: 1, state: 'on-time' });
    expect(pace(61_000, 2, 7)).toMatchObject({ due: 2, state: 'on-time' });
  });
  it('is behind when the room is still on an earlier part', () => {
    expect(pace(125_000, 1, 7)).toEqual({ due: 3, state: 'behind', message: 'Behind by 2 parts: part 3 is due now.' });
  });
  it('is ahead when the room has moved on early', () => {
    expect(pace(10_000, 2, 7)).toEqual({ due: 1, state: 'ahead', message: 'Ahead by 1 part: part 1 is due now.' });
  });
  it('says when the seven minutes are up', () => {
    expect(pace(420_000, 7, 7)).toMatchObject({ due: 7, state: 'over', message: 'Time is up (7:00).' });
  });
});

describe('stopwatch', () => {
  it('counts while running, holds when paused, and resets', () => {
    let now = 1_000;
    const watch = new Stopwatch(() => now);
    expect(watch.elapsed()).toBe(0);
    watch.start();
    now += 5_000;
    expect(watch.elapsed()).toBe(5_000);
    watch.pause();
    now += 10_000;
    expect(watch.elapsed()).toBe(5_000);
    watch.start();
    now += 1_000;
    expect(watch.elapsed()).toBe(6_000);
    expect(watch.running).toBe(true);
    watch.reset();
    expect(watch.elapsed()).toBe(0);
    expect(watch.running).toBe(false);
  });
});
