// The graph tests on a generated 200-step branching scenario must stay fast (about linear in the
// steps). `npm run bench` runs this file with BENCH_OUT set and prints the times it writes.
import { writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { atEnding, compileScenario, positionOf } from '../../src/scenarios/machine';
import { samplePaths, shortestPaths } from '../../src/scenarios/graph';
import { parseScenario } from '../../src/scenarios/validate';
import { generatedScenario } from '../support/generated-scenario';

const guidance = new Map([['making-a-referral', new Set<string>()]]);

function measure(depth: number, lanes: number) {
  const t0 = performance.now();
  const scenario = parseScenario(generatedScenario(depth, lanes), 'generated', { guidance });
  const t1 = performance.now();
  const machine = compileScenario(scenario);
  const shortest = shortestPaths(scenario, machine);
  const t2 = performance.now();
  const sampled = samplePaths(scenario, 60, 1, 200, machine);
  const t3 = performance.now();
  const reached = new Set(shortest.map((p) => positionOf(p.state.value).step));
  return { steps: scenario.steps.length, states: shortest.length, reached: reached.size, endings: shortest.filter((p) => atEnding(p.state)).length,
    sampled: sampled.length, validateMs: t1 - t0, shortestMs: t2 - t1, sampleMs: t3 - t2, totalMs: t3 - t0 };
}

it('a generated 200-step branching scenario: every step reached, and the time grows about linearly', () => {
  const small = measure(16, 6);
  const large = measure(33, 6);
  expect(large.steps).toBeGreaterThanOrEqual(200);
  expect(large.reached).toBe(large.steps);
  expect(large.sampled).toBe(60);
  // Twice the steps may cost at most about four times as long (linear, with generous room for noise).
  expect(large.totalMs).toBeLessThan(Math.max(small.totalMs * 6, 3000));
  if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, JSON.stringify({ small, large }));
}, 60_000);
