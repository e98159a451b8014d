// Fitting a briefing part to the screen in the presenter view: the largest type size at which the
// part fits its box without scrolling.
//
// Hand-written on purpose, after looking at the alternatives:
// - reveal.js's layout() lays a slide out at a fixed design size (say 960x700) and scales the whole
//   slide with a CSS transform or zoom to fit the window. The text never reflows, so a long part
//   would have to be designed for the smallest screen, and a short part could not use a wide one;
//   a scaled slide also ignores the reader's own zoom, which is what 150 % and 200 % are for.
// - fitty fits one line of text to a width; textfit rewrites the element's HTML (it wraps it in a
//   span) and has not been released since 2018.
// Here the text keeps reflowing in its box and only the font size changes, found by a binary
// search on a measurement the browser already makes (the box's scroll size), so each step is one
// layout of one part.

/**
 * The largest size between `min` and `max` (to within `precision`) for which `fits(size)` holds,
 * assuming that what fits at one size fits at every smaller one. `min` when nothing fits (the
 * caller then lets the part scroll rather than shrink it past readability).
 */
export function largestFitting(min: number, max: number, fits: (size: number) => boolean, precision = 0.5): number {
  if (!(max > min)) return min;
  if (fits(max)) return max;
  let low = min;
  let high = max;
  while (high - low > precision) {
    const mid = (low + high) / 2;
    if (fits(mid)) low = mid;
    else high = mid;
  }
  return low;
}

/** The sizes the part's type may take in a box of this height, in CSS pixels. */
export function typeRange(boxHeight: number, rootFontSize: number): { min: number; max: number } {
  // Never below 11px at the reader's zoom (22 screen pixels at 200 %): below that the part scrolls
  // instead. At most 4rem, and at most an eighth of the box, so that a one-line part stays a part
  // and not a poster.
  const min = 0.6875 * rootFontSize;
  return { min, max: Math.max(min, Math.min(4 * rootFontSize, boxHeight / 8)) };
}
