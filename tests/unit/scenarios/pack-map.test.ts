// The facilitator pack's map of each scenario (src/scenarios/pack/map-layout.ts): every step and
// ending is on it, every arrow is a transition the scenario's data and machine really make, and the
// laid-out boxes sit inside the drawing without overlapping.
import { describe, expect, it } from 'vitest';
import { loadScenarioFiles } from '../../../src/scenarios/build/load';
import { samplePaths } from '../../../src/scenarios/graph';
import { scenarioMap, stepLinks, wrap } from '../../../src/scenarios/pack/map-layout';
import type { Scenario } from '../../../src/scenarios/model';

const files = loadScenarioFiles();

/** Every (from, to) the data names, read straight from the YAML shapes (not through model.ts). */
function dataLinks(scenario: Scenario): Set<string> {
  const out = new Set<string>();
  const add = (from: string, next: unknown) => {
    if (typeof next === 'string') out.add(`${from}>${next}`);
    else if (Array.isArray(next)) for (const b of next as Array<{ to: string }>) out.add(`${from}>${b.to}`);
  };
  for (const s of scenario.steps) {
    if (s.kind === 'debrief') continue;
    if (s.kind === 'decision' || s.kind === 'level') for (const o of s.options) add(s.id, o.next ?? s.next);
    else add(s.id, s.next);
  }
  return out;
}

describe.each(files)('$file', ({ scenario }) => {
  const map = scenarioMap(scenario);
  const edges = new Set(map.edges.map((e) => `${e.from}>${e.to}`));

  it('has every step and every ending, once', () => {
    expect(map.nodes.map((n) => n.id).sort()).toEqual(scenario.steps.map((s) => s.id).sort());
    const endings = scenario.steps.filter((s) => s.kind === 'debrief').map((s) => s.id).sort();
    expect(map.nodes.filter((n) => n.ending).map((n) => n.id).sort()).toEqual(endings);
  });

  it('draws exactly the links the scenario makes, and every move a played path makes', () => {
    expect([...edges].sort()).toEqual([...dataLinks(scenario)].sort());
    for (const path of samplePaths(scenario, 10)) {
      for (const [i, step] of path.steps.slice(1).entries()) expect(edges, `${path.steps[i]} -> ${step}`).toContain(`${path.steps[i]}>${step}`);
    }
  });

  it('labels an arrow with the options that take it', () => {
    for (const e of map.edges) {
      const step = scenario.steps.find((s) => s.id === e.from)!;
      if (step.kind !== 'decision') continue;
      for (const n of e.options) {
        const o = step.options[n.charCodeAt(0) - 65]!;
        const next = o.next ?? step.next;
        const targets = typeof next === 'string' ? [next] : (next ?? []).map((b) => b.to);
        expect(targets, `option ${n} of ${step.id}`).toContain(e.to);
      }
    }
  });

  it('lays the boxes out inside the drawing, none overlapping', () => {
    for (const n of map.nodes) {
      expect(n.x - n.width / 2).toBeGreaterThanOrEqual(0);
      expect(n.y + n.height / 2).toBeLessThanOrEqual(map.height);
      expect(n.x + n.width / 2).toBeLessThanOrEqual(map.width);
    }
    for (const a of map.nodes) for (const b of map.nodes) {
      if (a === b) continue;
      const apart = Math.abs(a.x - b.x) >= (a.width + b.width) / 2 || Math.abs(a.y - b.y) >= (a.height + b.height) / 2;
      expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
    }
    for (const e of map.edges) expect(e.points.length).toBeGreaterThanOrEqual(2);
  });
});

it('merges options that lead to the same step, and marks a link taken only under a condition', () => {
  const step = {
    id: 'ask', kind: 'decision' as const, title: 'Ask', prompts: [], fixed: false, question: 'Q?', next: 'end',
    options: [
      { id: 'a', label: 'A', rating: 'best' as const, fit: 'proportionate' as const, feedback: 'f', reason: 'r', cite: { page: 'mash' }, sets: ['x'] },
      { id: 'b', label: 'B', rating: 'unsafe' as const, fit: 'not-enough' as const, feedback: 'f', reason: 'r', cite: { page: 'mash' }, sets: [], next: [{ when: { all: ['x'], none: [] }, to: 'other' }, { to: 'end' }] },
      { id: 'c', label: 'C', rating: 'acceptable' as const, fit: 'proportionate' as const, feedback: 'f', reason: 'r', cite: { page: 'mash' }, sets: [], next: [{ when: { all: ['x'], none: [] }, to: 'other' }, { to: 'end' }] },
    ],
  };
  expect(stepLinks(step)).toEqual([
    { to: 'end', options: ['A', 'B', 'C'], conditional: false },
    { to: 'other', options: ['B', 'C'], conditional: true },
  ]);
});

it('wraps text by words within the width', () => {
  expect(wrap('What do you do now that Ellis has told you?', 20)).toEqual(['What do you do now', 'that Ellis has told', 'you?']);
});
