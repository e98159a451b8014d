// Model-based tests over every scenario in content/scenarios: adding a file adds it here.
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../src/scenarios/compile';
import { forwardEvents, position, serializeForGraph } from '../../src/scenarios/explore';
import { loadScenarioFiles } from '../../src/scenarios/load';
import { recommendedPath } from '../../src/scenarios/review';
import { MAX_PATH_STEPS } from '../../src/scenarios/validate';

const files = loadScenarioFiles();

it('there are scenarios to test', () => {
  expect(files.length).toBeGreaterThanOrEqual(1);
});

describe.each(files)('$file', ({ scenario }) => {
  const machine = compileScenario(scenario);
  const options = { events: forwardEvents(scenario), serializeState: serializeForGraph };
  const shortest = getShortestPaths(machine, options);

  it('reaches every step', () => {
    const visited = new Set(shortest.map((p) => position(p.state).step));
    expect([...visited].sort()).toEqual(scenario.steps.map((s) => s.id).sort());
  });

  it('can always go on: every reachable state is a debrief or offers an event', () => {
    for (const p of shortest) {
      const stuck = p.state.status !== 'done' && forwardEvents(scenario)(p.state).every((e) => !p.state.can(e));
      expect(stuck, `stuck at ${JSON.stringify(p.state.value)}`).toBe(false);
    }
  });

  it('every path ends in a debrief within the bound', () => {
    const ends = getSimplePaths(machine, { ...options, toState: (s) => s.status === 'done' });
    expect(ends.length).toBeGreaterThan(0);
    for (const p of ends) {
      const steps = new Set(p.steps.map((s) => position(s.state).step));
      expect(steps.size).toBeLessThanOrEqual(MAX_PATH_STEPS);
      expect(scenario.steps.find((s) => s.id === position(p.state).step)?.kind).toBe('debrief');
    }
  });

  it('the recommended path ends in a debrief', () => {
    const last = recommendedPath(scenario).at(-1)!;
    expect(scenario.steps.find((s) => s.id === last.step)?.kind).toBe('debrief');
  });

  if (scenario.skill === 'threshold') {
    it('the outcome the guidance supports is reachable, and is where the recommended path ends', () => {
      const ends = new Set(shortest.filter((p) => p.state.status === 'done').map((p) => position(p.state).step));
      expect(ends).toContain(scenario.supportedOutcome);
      expect(recommendedPath(scenario).at(-1)!.step).toBe(scenario.supportedOutcome);
    });
  }
});
