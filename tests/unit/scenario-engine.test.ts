import { readFileSync } from 'node:fs';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { compileScenario } from '../../src/scenarios/compile';
import { position } from '../../src/scenarios/explore';
import { recommendedPath, takenPath } from '../../src/scenarios/review';
import { findScenarioProblems, parseScenario } from '../../src/scenarios/validate';
import { scenarioSchema, type Scenario } from '../../src/schemas/scenarios';

const guidance = new Map([['making-a-referral', new Set(['child-in-need'])]]);
const raw = parseYaml(readFileSync(new URL('./fixtures/mini-scenario.yaml', import.meta.url), 'utf8'));
const mini: Scenario = parseScenario(raw, 'mini-scenario.yaml', guidance);
const clone = (): Record<string, any> => structuredClone(raw);

function play(events: Parameters<ReturnType<typeof createActor>['send']>[0][]) {
  const actor = createActor(compileScenario(mini)).start();
  for (const e of events) actor.send(e);
  return actor;
}
const model = [
  { type: 'CONTINUE' }, { type: 'CHOOSE', option: 'call' }, { type: 'CONTINUE' },
  { type: 'CHOOSE', option: 'safeguarding' }, { type: 'CONTINUE' },
  { type: 'SUBMIT', submission: { kind: 'select', selected: ['marf'] } }, { type: 'CONTINUE' },
  { type: 'SUBMIT', submission: { kind: 'sort', placements: { s1: 'fact', s2: 'opinion' } } }, { type: 'CONTINUE' },
  { type: 'SUBMIT', submission: { kind: 'scale', value: 3, reason: 'Because' } }, { type: 'CONTINUE' },
  { type: 'SUBMIT', submission: { kind: 'write', text: 'Record', checked: ['0', '1'] } }, { type: 'CONTINUE' },
] as const;

describe('compileScenario', () => {
  it('plays the recommended path to the safe debrief, recording ratings', () => {
    const actor = play([...model]);
    const snap = actor.getSnapshot();
    expect(snap.status).toBe('done');
    expect(snap.value).toBe('end-safe');
    const ratings = Object.values(snap.context.answers).map((a: any) => a.rating);
    expect(ratings).toEqual(['best', 'best', 'best', 'best', 'best', 'best']);
    expect(snap.context.history).toEqual(['intro', 'decide', 'level', 'actions', 'sort', 'scale', 'write', 'end-safe']);
  });

  it('lets an option lead to its own step', () => {
    const snap = play([{ type: 'CONTINUE' }, { type: 'CHOOSE', option: 'wait' }, { type: 'CONTINUE' }]).getSnapshot();
    expect(snap.value).toBe('end-unsafe');
    expect(snap.context.answers.decide.rating).toBe('unsafe');
  });

  it('ignores a choice that is not an option and a submission of the wrong kind or incomplete', () => {
    const actor = play([{ type: 'CONTINUE' }, { type: 'CHOOSE', option: 'nonsense' }]);
    expect(position(actor.getSnapshot())).toEqual({ step: 'decide', sub: 'open' });
    const later = play(model.slice(0, 9) as any);
    expect(position(later.getSnapshot())).toEqual({ step: 'scale', sub: 'open' });
    later.send({ type: 'SUBMIT', submission: { kind: 'scale', value: 3, reason: '  ' } });
    later.send({ type: 'SUBMIT', submission: { kind: 'write', text: 'x', checked: [] } });
    expect(position(later.getSnapshot())).toEqual({ step: 'scale', sub: 'open' });
  });

  it('rates select-all: a missed essential action is unsafe, an extra one acceptable', () => {
    const base = model.slice(0, 5) as any;
    const missed = play([...base, { type: 'SUBMIT', submission: { kind: 'select', selected: [] } }]);
    expect(missed.getSnapshot().context.answers.actions.rating).toBe('unsafe');
    const extra = play([...base, { type: 'SUBMIT', submission: { kind: 'select', selected: ['marf', 'tell'] } }]);
    expect(extra.getSnapshot().context.answers.actions.rating).toBe('acceptable');
  });

  it('follows flags: without the flag set by the first decision, the same answers end elsewhere', () => {
    const withFlag = play([...model]).getSnapshot();
    expect(withFlag.context.flags).toEqual(['called']);
    const data = clone();
    delete data.steps[1].options[1].next; // "wait" now carries on like "call", but sets no flag
    const actor = createActor(compileScenario(parseScenario(data, 'x.yaml', guidance))).start();
    for (const e of [{ type: 'CONTINUE' }, { type: 'CHOOSE', option: 'wait' }, ...model.slice(2)]) actor.send(e as any);
    expect(actor.getSnapshot().value).toBe('end-unsafe');
    expect(actor.getSnapshot().context.flags).toEqual([]);
  });

  it('goes back to the previous step, keeps the first answer, and returns along the same path', () => {
    const actor = play(model.slice(0, 4) as any); // answered level
    expect(position(actor.getSnapshot())).toEqual({ step: 'level', sub: 'answered-safeguarding' });
    actor.send({ type: 'BACK' });
    expect(position(actor.getSnapshot())).toEqual({ step: 'decide', sub: 'answered-call' });
    expect(actor.getSnapshot().context.history).toEqual(['intro', 'decide']);
    actor.send({ type: 'BACK' });
    expect(position(actor.getSnapshot())).toEqual({ step: 'intro' });
    actor.send({ type: 'BACK' }); // nothing before the start
    expect(position(actor.getSnapshot())).toEqual({ step: 'intro' });
    actor.send({ type: 'CONTINUE' });
    expect(position(actor.getSnapshot())).toEqual({ step: 'decide', sub: 'answered-call' });
    actor.send({ type: 'CONTINUE' });
    expect(position(actor.getSnapshot())).toEqual({ step: 'level', sub: 'answered-safeguarding' });
    expect(actor.getSnapshot().context.answers.decide.choice).toBe('call');
  });

  it('restores from a persisted snapshot', () => {
    const machine = compileScenario(mini);
    const saved = play(model.slice(0, 4) as any).getPersistedSnapshot();
    const restored = createActor(machine, { snapshot: JSON.parse(JSON.stringify(saved)) }).start();
    expect(position(restored.getSnapshot())).toEqual({ step: 'level', sub: 'answered-safeguarding' });
    expect(restored.getSnapshot().context.history).toEqual(['intro', 'decide', 'level']);
  });
});

describe('debrief', () => {
  it('gives the recommended path through the best options', () => {
    const path = recommendedPath(mini);
    expect(path.map((p) => p.step)).toEqual(['intro', 'decide', 'level', 'actions', 'sort', 'scale', 'write', 'end-safe']);
    expect(path.find((p) => p.step === 'level')?.answer).toBe('Safeguarding');
  });
  it('describes the path taken', () => {
    const snap = play([{ type: 'CONTINUE' }, { type: 'CHOOSE', option: 'wait' }, { type: 'CONTINUE' }]).getSnapshot();
    const taken = takenPath(mini, snap.context);
    expect(taken[1]).toMatchObject({ step: 'decide', answer: 'Wait and see', rating: 'unsafe', reason: 'Delay.' });
  });
});

describe('validation rejects each kind of malformed scenario, naming the step', () => {
  const problems = (mutate: (s: Record<string, any>) => void) => {
    const data = clone();
    mutate(data);
    const parsed = scenarioSchema.safeParse(data);
    if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    return findScenarioProblems(parsed.data, guidance);
  };
  it('accepts the fixture', () => expect(problems(() => {})).toEqual([]));
  it('an unknown target', () => {
    expect(problems((s) => { s.steps[0].next = 'nowhere'; })).toContain('step "intro": leads to unknown step "nowhere"');
  });
  it('an unreachable step', () => {
    expect(problems((s) => { s.steps.push({ id: 'orphan', kind: 'narrative', title: 'O', next: 'end-safe' }); })).toContain('step "orphan": unreachable from the start');
  });
  it('a step from which no debrief can be reached', () => {
    const p = problems((s) => {
      s.steps[0].next = 'loop-a';
      s.steps.push({ id: 'loop-a', kind: 'narrative', title: 'A', next: 'loop-b' }, { id: 'loop-b', kind: 'narrative', title: 'B', next: 'loop-a' });
      s.steps.push({ id: 'side', kind: 'narrative', title: 'S', next: 'decide' });
      s.steps[0].next = [{ when: { all: ['called'] }, to: 'side' }, { to: 'loop-a' }];
    });
    expect(p).toContain('step "loop-a": no debrief can be reached from it');
  });
  it('an option without feedback or rating', () => {
    expect(problems((s) => { delete s.steps[1].options[0].feedback; })).toContain('steps.1.options.0.feedback: Invalid input: expected string, received undefined');
    expect(problems((s) => { delete s.steps[1].options[1].rating; }).some((p) => p.startsWith('steps.1.options.1.rating'))).toBe(true);
  });
  it('a citation of a guidance page or anchor that does not exist', () => {
    expect(problems((s) => { s.steps[1].options[0].cite = { page: 'no-such-page' }; })).toContain('step "decide", option "call": cites guidance page "no-such-page", which does not exist');
    expect(problems((s) => { s.steps[1].options[0].cite.anchor = 'no-such-section'; })).toContain('step "decide", option "call": cites "#no-such-section" on guidance page "making-a-referral", which has no such section');
  });
  it('a duplicate id', () => {
    expect(problems((s) => { s.steps[2].id = 'decide'; })).toContain('step "decide": duplicate step id');
    expect(problems((s) => { s.steps[1].options[1].id = 'call'; })).toContain('step "decide": duplicate option id "call"');
  });
  it('a condition on a flag nothing sets, and no default branch', () => {
    expect(problems((s) => { s.steps[6].next = [{ when: { all: ['ghost'] }, to: 'end-safe' }]; })).toEqual(expect.arrayContaining([
      'step "write": condition uses flag "ghost", which no option sets',
      'step "write": the last branch of next must have no condition, so that there is always a way on',
    ]));
  });
  it('a threshold scenario without the outcome the guidance supports', () => {
    expect(problems((s) => { delete s.supportedOutcome; })).toContain('supportedOutcome: a threshold scenario needs supportedOutcome: the id of the debrief the guidance supports');
  });
  it('parseScenario names the file', () => {
    const data = clone();
    data.start = 'missing';
    expect(() => parseScenario(data, 'content/scenarios/broken.yaml', guidance)).toThrow(/^content\/scenarios\/broken\.yaml: invalid scenario\n  - start: unknown step "missing"/);
  });
});

describe('contact tokens', () => {
  it('splits [contact:id] out of text', async () => {
    const { splitContactTokens } = await import('../../src/scenarios/text');
    expect(splitContactTokens('Call [contact:mash] now.')).toEqual(['Call ', { contact: 'mash' }, ' now.']);
  });
  it('rejects a token naming a contact that does not exist', () => {
    const data = clone();
    data.steps[0].body = 'Ring [contact:nobody].';
    const parsed = scenarioSchema.parse(data);
    expect(findScenarioProblems(parsed, guidance, new Set(['mash']))).toContain('step "intro": names contact "nobody", which is not in content/contacts.yaml');
  });
});

describe('flags must be set before they are tested', () => {
  it('rejects a condition on a flag that only a later step sets', () => {
    const data = clone();
    // "intro" branches on "called", which is set at the later step "decide".
    data.steps[0].next = [{ when: { all: ['called'] }, to: 'decide' }, { to: 'decide' }];
    const parsed = scenarioSchema.parse(data);
    expect(findScenarioProblems(parsed, guidance)).toContain('step "intro": tests flag "called", which is set later (at step "decide"); test only flags set before this step');
  });
});
