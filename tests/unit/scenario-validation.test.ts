// Every check of the scenario format, each with the valid fixture and a broken copy of it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { findScenarioProblems, parseScenario, schemaProblems, type ContactIndex } from '../../src/scenarios/validate';
import { loadContacts } from '../../src/scenarios/build/references';

const guidance = new Map([['making-a-referral', new Set(['child-in-need'])]]);
const contacts: ContactIndex = new Map([['mash', 'current'], ['police-emergency', 'current'], ['early-help-team-2016', 'superseded']]);
const raw: unknown = parseYaml(readFileSync(new URL('./fixtures/mini-scenario.yaml', import.meta.url), 'utf8'));

// The fixture as loose data, to break one thing at a time (a test may write anything into it).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;
const problems = (mutate: (s: Loose) => void): string[] => {
  const data = structuredClone(raw) as Loose;
  mutate(data);
  const shape = schemaProblems(data);
  return shape.scenario ? findScenarioProblems(shape.scenario, { guidance, contacts }) : shape.problems;
};
const step = (s: Loose, id: string): Loose => s.steps.find((x: Loose) => x.id === id)!;

describe('the valid fixture', () => {
  it('has no problems', () => expect(problems(() => {})).toEqual([]));
});

describe('schema errors name the step and option by id', () => {
  it('a missing feedback', () => {
    expect(problems((s) => { delete step(s, 'decide').options[1].feedback; })).toEqual(['step "decide", option "wait": feedback: missing (required)']);
  });
  it('whitespace-only feedback or reason', () => {
    expect(problems((s) => { step(s, 'decide').options[0].feedback = '   '; })).toContain('step "decide", option "call": feedback: must not be empty or only spaces');
    expect(problems((s) => { step(s, 'decide').options[0].feedback = 42; })).toContain('step "decide", option "call": feedback: expected string or array');
    expect(problems((s) => { step(s, 'decide').options[0].reason = ' \n '; })).toContain('step "decide", option "call": reason: must not be empty or only spaces');
  });
  it('a level option is named by its level', () => {
    expect(problems((s) => { delete step(s, 'level').options[1].fit; })[0]).toMatch(/^step "level", option "Universal": fit: /);
  });
  it('built-in JavaScript names as ids', () => {
    expect(problems((s) => { step(s, 'decide').options[0].id = 'constructor'; })).toContain('step "decide", option "constructor": id: this id is a built-in JavaScript name; choose another');
    expect(problems((s) => { step(s, 'intro').id = '__proto__'; }).join()).toMatch(/ids are lower-case letters/);
    expect(problems((s) => { step(s, 'intro').id = 'toString'; }).join()).toMatch(/ids are lower-case letters/);
  });
  it('parseScenario names the file, and an empty file', () => {
    expect(() => parseScenario({ ...(raw as object), start: 'missing' }, 'content/scenarios/broken.yaml', { guidance })).toThrow(/^content\/scenarios\/broken\.yaml: invalid scenario\n  - start: unknown step "missing"/);
    expect(() => parseScenario(null, 'content/scenarios/empty.yaml', { guidance })).toThrow('content/scenarios/empty.yaml: invalid scenario\n  - the file is empty');
  });
});

describe('proportionality', () => {
  it('every rated option says whether it is proportionate', () => {
    expect(problems((s) => { step(s, 'decide').options[0].fit = 'too-much'; })[0]).toMatch(/^step "decide", option "call": fit: /);
  });
  it('fit on a select option is only for options not to do', () => {
    expect(problems((s) => { step(s, 'actions').options[0].fit = 'not-enough'; })).toContain('step "actions", option "marf": fit is only for options not to do (leaving a recommended one out is always "not enough")');
  });
});

describe('select, sort, scale and decision rules', () => {
  it('a select step needs an option to do', () => {
    expect(problems((s) => { for (const o of step(s, 'actions').options) o.advice = 'dont'; })).toContain('step "actions": no option is one to do (advice: essential or do)');
  });
  it('an unknown advice value', () => {
    expect(problems((s) => { step(s, 'actions').options[0].advice = 'maybe'; })[0]).toMatch(/^step "actions", option "marf": advice: /);
  });
  it('a sort pass mark above the number of statements, and flags for an unknown group', () => {
    expect(problems((s) => { step(s, 'sort').passMark = 4; })).toContain('step "sort": passMark 4 is more than the 3 statements');
    expect(problems((s) => { step(s, 'sort').statements[0].sets = { neither: ['x'] }; })).toContain('step "sort", statement "s1": sets flags for unknown group "neither"');
  });
  it('a scale needs feedback for each side of the range that can be scored', () => {
    expect(problems((s) => { delete step(s, 'scale').below; })).toContain('step "scale": below: scores under 2 need their own feedback, rating, fit and reason');
    expect(problems((s) => { step(s, 'scale').expected.max = 10; })).toContain('step "scale": above: no score is over 10, so this feedback is never shown');
    expect(problems((s) => { step(s, 'scale').above.reason = ''; })).toContain('step "scale": above.reason: must not be empty or only spaces');
  });
  it('a decision needs a plausible wrong answer', () => {
    expect(problems((s) => { step(s, 'decide').options[1].rating = 'best'; })).toContain('step "decide": every option is rated best; give the learner a plausible wrong answer');
  });
  it('an unknown target, and a last branch with a condition', () => {
    expect(problems((s) => { step(s, 'intro').next = 'nowhere'; })).toContain('step "intro": leads to unknown step "nowhere"');
    expect(problems((s) => { step(s, 'write').next = [{ when: { all: ['called'] }, to: 'end-safe' }]; })).toContain('step "write": the last branch of next must have no condition, so that there is always a way on');
  });
});

describe('graph', () => {
  it('an unreachable step, and a step that cannot reach a debrief', () => {
    expect(problems((s) => { s.steps.push({ id: 'orphan', kind: 'narrative', title: 'O', next: 'end-safe' }); })).toContain('step "orphan": unreachable from the start');
  });
  it('a loop error names the link that closes it', () => {
    expect(problems((s) => {
      step(s, 'intro').next = 'loop-a';
      s.steps.push({ id: 'loop-a', kind: 'narrative', title: 'A', next: 'loop-b' }, { id: 'loop-b', kind: 'narrative', title: 'B', next: [{ when: { all: ['x'] }, to: 'decide' }, { to: 'loop-a' }] });
    })).toContain('step "loop-b": its link to "loop-a" closes a loop (loop-a → loop-b → loop-a); scenarios must always move forward');
  });
});

describe('flags', () => {
  it('a condition may only read a flag that some step before it can set', () => {
    expect(problems((s) => { step(s, 'intro').body = [{ when: { all: ['called'] }, text: 'Too early.' }]; })).toContain('step "intro": reads flag "called", which no step before it can set');
    expect(problems((s) => { step(s, 'decide').options[1].next = [{ when: { all: ['ghost'] }, to: 'end-unsafe' }, { to: 'end-unsafe' }]; })).toContain('step "decide": reads flag "ghost", which neither this step nor any step before it can set');
  });
  it('feedback may read a flag the same step sets', () => {
    expect(problems((s) => { step(s, 'actions').options[3].feedback = [{ when: { all: ['promised'] }, text: 'You ticked it.' }, 'Never promise.']; })).toEqual([]);
  });
  it('a flag set but never read is reported', () => {
    expect(problems((s) => { step(s, 'scale').above.sets = ['too-hopeful']; })).toContain('step "scale": sets flag "too-hopeful", which nothing reads (use it in a condition, or remove it)');
  });
  it('any kind of step can set flags that later steps read', () => {
    expect(problems((s) => {
      step(s, 'sort').statements[1].sets = { fact: ['opinion-as-fact'] };
      step(s, 'write').checklist[1] = { text: "Child's voice", setsIfNotTicked: ['no-voice'] };
      step(s, 'end-safe').takeaways.push({ when: { all: ['opinion-as-fact'] }, text: 'Opinion is not fact.' }, { when: { all: ['no-voice'] }, text: 'Record the child.' });
    })).toEqual([]);
  });
});

describe('contact tokens', () => {
  it('names a current contact exactly', () => {
    expect(problems((s) => { step(s, 'intro').body = 'Ring [contact:mash].'; })).toEqual([]);
    expect(problems((s) => { step(s, 'intro').body = 'Ring [contact:MASH].'; })).toContain('step "intro": names contact "MASH", which is not a contact id; ids are exact and lower-case: did you mean [contact:mash]?');
    expect(problems((s) => { step(s, 'intro').body = 'Ring [contact:nobody].'; })).toContain('step "intro": names contact "nobody", which is not in content/contacts.yaml');
  });
  it('rejects a superseded contact', () => {
    expect(problems((s) => { step(s, 'actions').options[0].label = 'Ring [contact:early-help-team-2016]'; })).toContain('step "actions": names contact "early-help-team-2016", which is superseded; name a current contact');
  });
  it('is checked in every text field, and rejected where it cannot be rendered', () => {
    expect(problems((s) => { step(s, 'sort').statements[0].text = 'Ring [contact:nobody]'; })).toContain('step "sort": names contact "nobody", which is not in content/contacts.yaml');
    expect(problems((s) => { step(s, 'write').checklist[0] = 'Ring [contact:nobody]'; })).toContain('step "write": names contact "nobody", which is not in content/contacts.yaml');
    expect(problems((s) => { step(s, 'intro').title = 'Ring [contact:mash]'; })).toContain('step "intro": title: [contact:…] is not supported in a step title; put the number in the body or the question');
    expect(problems((s) => { s.summary = 'Ring [contact:mash]'; })).toContain('summary: [contact:…] is not supported here (plain text); name the contact in words');
    expect(problems((s) => { s.outcomes = ['Ring [contact:mash]']; })).toContain('outcomes: [contact:…] is not supported here (plain text); name the contact in words');
  });
  it('reads contact ids with the YAML parser (a quoted id is valid YAML)', () => {
    const index = loadContacts();
    expect(index.get('mash')).toBe('current');
    expect([...index.values()]).toContain('superseded');
  });
});
