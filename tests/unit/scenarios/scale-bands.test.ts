// Every scale step in the content: its bands (what room mode votes on and the pack lists) cover the
// scores 0 to 10 once each, and every score in a band is rated by the player (rateSubmission) with
// the band's rating, fit and flags. Room mode answers a scale step by band (a score in it), so a
// band that disagreed with any of its scores would tell the room something a learner is not told.
import { describe, expect, it } from 'vitest';
import { loadScenarioFiles } from '../../../src/scenarios/build/load';
import { rateSubmission, scaleBand, scaleBands } from '../../../src/scenarios/rating';

const files = loadScenarioFiles();
const scales = files.flatMap(({ file, scenario }) =>
  scenario.steps.flatMap((s) => (s.kind === 'scale' ? [{ name: `${file}: ${s.id}`, step: s }] : [])));

it('finds scale steps in the content', () => {
  expect(scales.length).toBeGreaterThan(0);
});

describe.each(scales)('$name', ({ step }) => {
  it('has bands covering 0 to 10 once each, rated as the player rates each score in them', () => {
    const bands = scaleBands(step);
    const covering = Array.from({ length: 11 }, (_, score) => bands.filter((b) => b.min <= score && score <= b.max).map((b) => b.band));
    expect(covering).toEqual(Array.from({ length: 11 }, (_, score) => [scaleBand(step, score)]));
    for (const b of bands) {
      for (let score = b.min; score <= b.max; score++) {
        const rated = rateSubmission(step, { kind: 'scale', value: score, reason: 'Because' });
        expect(rated, `score ${score}`).toEqual({ rating: b.rating, fit: b.fit, sets: b.sets });
      }
    }
  });
});
