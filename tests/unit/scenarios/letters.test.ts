// One set of option letters for a trainer (src/scenarios/letters.ts): A, B, C... in the order the
// file writes them, used alike by room mode, the facilitator pack's answers, its map and the map's
// text equivalent, and its list of what sets each flag.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { loadScenarioFiles } from '../../../src/scenarios/build/load';
import { recommendedPath } from '../../../src/scenarios/debrief';
import { letteredPath, letterOf, optionLetters } from '../../../src/scenarios/letters';
import { choiceOptions, isChoiceStep } from '../../../src/scenarios/model';
import { stepLinks } from '../../../src/scenarios/pack/map-layout';
import { flagSources, routesOf } from '../../../src/scenarios/pack/routes';
import { parseScenario } from '../../../src/scenarios/validate';

const guidance = new Map([['making-a-referral', new Set(['child-in-need'])]]);
const mini = parseScenario(parseYaml(readFileSync(new URL('../fixtures/mini-scenario.yaml', import.meta.url), 'utf8')), 'mini', { guidance });
const step = (id: string) => mini.steps.find((s) => s.id === id)!;

it('letters the recommended path by the chosen option’s id, not its label (room debrief and pack)', () => {
  const path = recommendedPath(mini);
  expect(path.find((p) => p.step === 'level')).toMatchObject({ option: 'safeguarding', answer: 'Safeguarding' });
  const lettered = letteredPath(mini, path);
  expect(lettered.find((p) => p.step === 'decide')?.answer).toBe('A. Call MASH and the police');
  expect(lettered.find((p) => p.step === 'level')?.answer).toBe('D. Safeguarding');
  expect(lettered.find((p) => p.step === 'scale')?.answer).toBeUndefined();
});

it('letters options in the order written, level steps in level order, sort statements, and scale bands from 0 up', () => {
  expect([...optionLetters(step('decide'))]).toEqual([['call', 'A'], ['wait', 'B']]);
  expect([...optionLetters(step('level'))]).toEqual([['universal', 'A'], ['early-help', 'B'], ['targeted-early-help', 'C'], ['safeguarding', 'D']]);
  expect([...optionLetters(step('actions')).values()].join('')).toBe('ABCD');
  expect([...optionLetters(step('sort'))]).toEqual([['s1', 'A'], ['s2', 'B'], ['s3', 'C']]);
  expect([...optionLetters(step('scale'))]).toEqual([['below', 'A'], ['inside', 'B'], ['above', 'C']]);
  expect(optionLetters(step('write')).size).toBe(0);
  expect(letterOf(step('decide'), 'nope')).toBe('?');
});

it('names options by letter where the pack says what sets a flag', () => {
  expect(flagSources(mini).get('called')).toEqual(['2. Decide: option A chosen']);
  expect(flagSources(mini).get('promised')).toEqual(['4. Actions: option D ticked']);
});

describe.each(loadScenarioFiles())('$file', ({ scenario }) => {
  it('gives the map’s arrows and the map’s text the same letter for each option', () => {
    for (const s of scenario.steps.filter(isChoiceStep)) {
      const letters = optionLetters(s);
      expect([...letters.values()]).toEqual(choiceOptions(s).map((_, i) => String.fromCharCode(65 + i)));
      for (const r of routesOf(s)) {
        const option = choiceOptions(s).find((o) => o.label === r.option!.label)!;
        expect(r.option!.letter).toBe(letters.get(option.id));
      }
      for (const link of stepLinks(s)) for (const l of link.options) {
        const option = choiceOptions(s).find((o) => letters.get(o.id) === l)!;
        expect(routesOf(s).find((r) => r.option!.letter === l)!.branches.map((b) => b.to)).toContain(link.to);
        expect(option).toBeDefined();
      }
    }
  });
});
