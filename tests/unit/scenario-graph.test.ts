// Model-based tests over every scenario in content/scenarios: adding a file adds it here. Bounded
// so that the time grows about linearly with the steps: the shortest path to every state, plus a
// fixed number of sampled simple paths (tests/unit/scenario-graph-scale.test.ts measures it).
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../src/scenarios/machine';
import { forwardEvents, samplePaths, shortestPaths } from '../../src/scenarios/graph';
import { positionOf, atEnding } from '../../src/scenarios/machine';
import { loadScenarioFiles } from '../../src/scenarios/build/load';
import { recommendedPath } from '../../src/scenarios/debrief';
import { MAX_PATH_STEPS } from '../../src/scenarios/validate';

const files = loadScenarioFiles();
export const SAMPLED_PATHS = 60;

it('there are scenarios to test', () => {
  expect(files.length).toBeGreaterThanOrEqual(1);
});

describe.each(files)('$file', ({ scenario }) => {
  const machine = compileScenario(scenario);
  const shortest = shortestPaths(scenario, machine);
  const endings = scenario.steps.filter((s) => s.kind === 'debrief').map((s) => s.id);

  it('reaches every step, and every ending', () => {
    const visited = new Set(shortest.map((p) => positionOf(p.state.value).step));
    expect([...visited].sort()).toEqual(scenario.steps.map((s) => s.id).sort());
    const ended = new Set(shortest.filter((p) => atEnding(p.state)).map((p) => positionOf(p.state.value).step));
    expect([...ended].sort()).toEqual([...endings].sort());
  });

  it('can always go on: every reachable state is an ending or offers an event that moves', () => {
    const events = forwardEvents(scenario);
    for (const p of shortest) {
      const stuck = !atEnding(p.state) && events(p.state).every((e) => !p.state.can(e));
      expect(stuck, `stuck at ${JSON.stringify(p.state.value)}`).toBe(false);
    }
  });

  it('sampled paths all end in a debrief within the bound', () => {
    const paths = samplePaths(scenario, SAMPLED_PATHS, 1, MAX_PATH_STEPS * 3, machine);
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) {
      expect(p.steps.length).toBeLessThanOrEqual(MAX_PATH_STEPS);
      expect(endings).toContain(positionOf(p.end.value).step);
    }
  });

  it('the recommended path ends in a debrief', () => {
    expect(endings).toContain(recommendedPath(scenario).at(-1)!.step);
  });

  if (scenario.skill === 'threshold') {
    it('the outcome the guidance supports is where the recommended path ends', () => {
      expect(recommendedPath(scenario).at(-1)!.step).toBe(scenario.supportedOutcome);
    });
  }
});
