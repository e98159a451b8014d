// The machine, the ratings, the debrief data, conditional text and the option order.
import { readFileSync } from 'node:fs';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { compileScenario, positionOf, type ScenarioEvent } from '../../src/scenarios/machine';
import { debriefFor, recommendedPath, takenPath } from '../../src/scenarios/debrief';
import { parseScenario } from '../../src/scenarios/validate';
import { choiceOrder, selectOrder, shuffled, sortOrder } from '../../src/scenarios/shuffle';
import { resolveText, shownPassages } from '../../src/scenarios/text';
import type { DebriefStep } from '../../src/scenarios/model';

const guidance = new Map([['making-a-referral', new Set(['child-in-need'])]]);
const raw: unknown = parseYaml(readFileSync(new URL('./fixtures/mini-scenario.yaml', import.meta.url), 'utf8'));
const mini = parseScenario(raw, 'mini-scenario.yaml', { guidance });

function play(events: ScenarioEvent[]) {
  const actor = createActor(compileScenario(mini), { input: { seed: 7 } }).start();
  for (const e of events) actor.send(e);
  return actor;
}
const where = (actor: ReturnType<typeof play>) => positionOf(actor.getSnapshot().value);
const model: ScenarioEvent[] = [
  { type: 'CONTINUE' }, { type: 'CHOOSE', option: 'call' }, { type: 'CONTINUE' },
  { type: 'CHOOSE', option: 'safeguarding' }, { type: 'CONTINUE' },
  { type: 'SUBMIT', submission: { kind: 'select', selected: ['marf', 'record'] } }, { type: 'CONTINUE' },
  { type: 'SUBMIT', submission: { kind: 'sort', placements: { s1: 'fact', s2: 'opinion', s3: 'fact' } } }, { type: 'CONTINUE' },
  { type: 'SUBMIT', submission: { kind: 'scale', value: 3, reason: 'Because' } }, { type: 'CONTINUE' },
  { type: 'SUBMIT', submission: { kind: 'write', text: 'Record', checked: ['0', '1'] } }, { type: 'CONTINUE' },
];
const upTo = (step: string) => model.slice(0, { decide: 1, level: 3, actions: 5, sort: 7, scale: 9, write: 11 }[step]);

describe('the machine', () => {
  it('plays the recommended path to the safe debrief, recording ratings and fit', () => {
    const snap = play(model).getSnapshot();
    expect(snap.hasTag('ending')).toBe(true);
    expect(snap.value).toBe('end-safe');
    expect(Object.values(snap.context.answers).map((a) => [a.rating, a.fit])).toEqual([
      ['best', 'proportionate'], ['best', 'proportionate'], ['best', 'proportionate'], ['best', null], ['best', 'proportionate'], [null, null],
    ]);
    expect(snap.context.history).toEqual(['intro', 'decide', 'level', 'actions', 'sort', 'scale', 'write', 'end-safe']);
  });

  it('lets an option lead to its own step', () => {
    const snap = play([{ type: 'CONTINUE' }, { type: 'CHOOSE', option: 'wait' }, { type: 'CONTINUE' }]).getSnapshot();
    expect(snap.value).toBe('end-unsafe');
    expect(snap.context.answers.decide).toMatchObject({ rating: 'unsafe', fit: 'not-enough' });
  });

  it('ignores a choice that is not an option, and a submission of the wrong kind or incomplete', () => {
    const actor = play([{ type: 'CONTINUE' }, { type: 'CHOOSE', option: 'nonsense' }]);
    expect(where(actor)).toEqual({ step: 'decide', sub: 'open' });
    const later = play(upTo('scale'));
    later.send({ type: 'SUBMIT', submission: { kind: 'scale', value: 3, reason: '  ' } });
    later.send({ type: 'SUBMIT', submission: { kind: 'write', text: 'x', checked: [] } });
    expect(where(later)).toEqual({ step: 'scale', sub: 'open' });
  });

  it('rates select-all: a harmful tick is unsafe whatever else is ticked; a missed essential is unsafe and not enough; an extra is more than needed', () => {
    const answer = (selected: string[]) => play([...upTo('actions'), { type: 'SUBMIT', submission: { kind: 'select', selected } }]).getSnapshot().context.answers.actions;
    expect(answer(['marf', 'record', 'promise'])).toMatchObject({ rating: 'unsafe', fit: 'not-enough', sets: ['promised'] });
    expect(answer(['record'])).toMatchObject({ rating: 'unsafe', fit: 'not-enough' });
    expect(answer(['marf', 'record', 'tell'])).toMatchObject({ rating: 'acceptable', fit: 'more-than-needed' });
    expect(answer(['marf'])).toMatchObject({ rating: 'acceptable', fit: 'not-enough' });
  });

  it('rates sort by the pass mark: below it is unsafe, not acceptable', () => {
    const answer = (placements: Record<string, string>) => play([...upTo('sort'), { type: 'SUBMIT', submission: { kind: 'sort', placements } }]).getSnapshot().context.answers.sort;
    expect(answer({ s1: 'fact', s2: 'fact', s3: 'fact' })?.rating).toBe('acceptable');
    expect(answer({ s1: 'opinion', s2: 'fact', s3: 'fact' })?.rating).toBe('unsafe');
  });

  it('rates scale by band: inside best, below and above as the author says', () => {
    const answer = (value: number) => play([...upTo('scale'), { type: 'SUBMIT', submission: { kind: 'scale', value, reason: 'r' } }]).getSnapshot().context.answers.scale;
    expect(answer(2)).toMatchObject({ rating: 'best', fit: 'proportionate' });
    expect(answer(0)).toMatchObject({ rating: 'acceptable', fit: 'more-than-needed' });
    expect(answer(10)).toMatchObject({ rating: 'unsafe', fit: 'not-enough' });
  });

  it('never rates a write step on the learner\'s own ticks', () => {
    const snap = play(upTo('write').concat({ type: 'SUBMIT', submission: { kind: 'write', text: 'Record', checked: ['0', '1'] } })).getSnapshot();
    expect(snap.context.answers.write).toMatchObject({ rating: null, fit: null });
  });

  it('follows flags: the same later answers end elsewhere without the flag', () => {
    const data = structuredClone(raw) as { steps: Array<{ options?: Array<{ next?: string }> }> };
    delete data.steps[1]!.options![1]!.next; // "wait" now carries on like "call", but sets no flag
    const actor = createActor(compileScenario(parseScenario(data, 'x.yaml', { guidance })), { input: { seed: 1 } }).start();
    for (const e of [{ type: 'CONTINUE' } as const, { type: 'CHOOSE', option: 'wait' } as const, ...model.slice(2)]) actor.send(e);
    expect(actor.getSnapshot().value).toBe('end-unsafe');
  });

  it('goes back, keeps the answers, and returns along the same path', () => {
    const actor = play(upTo('actions')); // at actions, level answered
    actor.send({ type: 'BACK' });
    expect(where(actor)).toEqual({ step: 'level', sub: 'answered' });
    actor.send({ type: 'BACK' });
    expect(where(actor)).toEqual({ step: 'decide', sub: 'answered' });
    expect(actor.getSnapshot().context.history).toEqual(['intro', 'decide']);
    actor.send({ type: 'BACK' });
    actor.send({ type: 'BACK' }); // nothing before the start
    expect(where(actor)).toEqual({ step: 'intro' });
    actor.send({ type: 'CONTINUE' });
    actor.send({ type: 'CONTINUE' });
    expect(where(actor)).toEqual({ step: 'level', sub: 'answered' });
    expect(actor.getSnapshot().context.flags).toEqual(['called']);
  });

  it('changes an answer after Back: keeps the first for the debrief, plays the later steps again, recomputes flags', () => {
    const actor = play(upTo('actions'));
    actor.send({ type: 'BACK' });
    actor.send({ type: 'BACK' }); // decide, answered "call"
    actor.send({ type: 'CHANGE' });
    expect(where(actor)).toEqual({ step: 'decide', sub: 'open' });
    actor.send({ type: 'CHOOSE', option: 'wait' });
    const ctx = actor.getSnapshot().context;
    expect(ctx.answers.decide?.choice).toBe('wait');
    expect(ctx.firstAnswers.decide?.choice).toBe('call');
    expect(ctx.answers.level).toBeUndefined();
    expect(ctx.flags).toEqual([]);
    actor.send({ type: 'CONTINUE' });
    expect(actor.getSnapshot().value).toBe('end-unsafe');
    expect(takenPath(mini, actor.getSnapshot().context)[1]).toMatchObject({ answer: 'Wait and see', firstAnswer: 'Call MASH and the police' });
  });

  it('jumps to a step on the path, and only to one', () => {
    const actor = play(upTo('sort'));
    actor.send({ type: 'JUMP', step: 'scale' }); // not visited yet
    expect(where(actor).step).toBe('sort');
    actor.send({ type: 'JUMP', step: 'decide' });
    expect(where(actor)).toEqual({ step: 'decide', sub: 'answered' });
    expect(actor.getSnapshot().context.history).toEqual(['intro', 'decide']);
  });

  it('goes back from an ending', () => {
    const actor = play(model);
    actor.send({ type: 'BACK' });
    expect(where(actor)).toEqual({ step: 'write', sub: 'answered' });
  });
});

describe('conditional text', () => {
  it('shows a passage only when its flags hold', () => {
    const level = mini.steps.find((s) => s.id === 'level')!;
    expect(resolveText(level.body, [])).toBe('The same child, a day later.');
    expect(resolveText(level.body, ['called'])).toBe('The same child, a day later.\n\nYou called MASH yesterday.');
    const end = mini.steps.find((s): s is DebriefStep => s.id === 'end-safe' && s.kind === 'debrief')!;
    expect(shownPassages(end.takeaways, [])).toEqual(['Act']);
    expect(shownPassages(end.takeaways, ['promised'])).toEqual(['Act', 'Never promise to keep a secret.']);
  });

  it('the debrief carries the consequence of a harmful tick to the ending', () => {
    const events = model.map((e) => (e.type === 'SUBMIT' && e.submission.kind === 'select' ? { ...e, submission: { kind: 'select' as const, selected: ['marf', 'record', 'promise'] } } : e));
    const snap = play(events).getSnapshot();
    const end = mini.steps.find((s): s is DebriefStep => s.id === 'end-safe' && s.kind === 'debrief')!;
    const debrief = debriefFor(mini, end, snap.context);
    expect(debrief.ending.takeaways).toContain('Never promise to keep a secret.');
    const select = debrief.reviews.find((r) => r.kind === 'select');
    expect(select).toMatchObject({ rating: 'unsafe', harmfulTicked: [expect.objectContaining({ id: 'promise' })] });
    expect(select?.kind === 'select' && select.recommended.map((i) => i.id)).toEqual(['marf', 'record']);
  });
});

describe('the debrief data', () => {
  it('gives the recommended path through the best options', () => {
    const path = recommendedPath(mini);
    expect(path.map((p) => p.step)).toEqual(['intro', 'decide', 'level', 'actions', 'sort', 'scale', 'write', 'end-safe']);
    expect(path.find((p) => p.step === 'level')).toMatchObject({ answer: 'Safeguarding', fit: 'proportionate' });
  });
  it('says where each sorted statement belonged, the scale range and why, and what the choices led to', () => {
    const events = model.map((e) => (e.type === 'SUBMIT' && e.submission.kind === 'scale' ? { ...e, submission: { kind: 'scale' as const, value: 9, reason: 'Fine' } } : e));
    const snap = play(events).getSnapshot();
    const end = mini.steps.find((s): s is DebriefStep => s.id === 'end-safe' && s.kind === 'debrief')!;
    const d = debriefFor(mini, end, snap.context);
    expect(d.reviews.find((r) => r.kind === 'scale')).toMatchObject({ value: 9, min: 2, max: 4, band: 'above', reason: 'The child is hungry.', rating: 'unsafe' });
    expect(d.reviews.find((r) => r.kind === 'sort')).toMatchObject({ right: 3, total: 3, statements: expect.arrayContaining([expect.objectContaining({ id: 's2', belongs: 'Opinion' })]) });
    const wait = play([{ type: 'CONTINUE' }, { type: 'CHOOSE', option: 'wait' }, { type: 'CONTINUE' }]).getSnapshot();
    const unsafeEnd = mini.steps.find((s): s is DebriefStep => s.id === 'end-unsafe' && s.kind === 'debrief')!;
    expect(debriefFor(mini, unsafeEnd, wait.context).ledTo).toEqual([{ step: 'end-unsafe', title: 'Debrief' }]);
  });
});

describe('option order', () => {
  it('is the same for the same seed and differs between seeds', () => {
    const items = Array.from({ length: 8 }, (_, i) => i);
    expect(shuffled(items, 42, 'step')).toEqual(shuffled(items, 42, 'step'));
    expect(shuffled(items, 42, 'step')).not.toEqual(shuffled(items, 43, 'step'));
    expect([...shuffled(items, 42, 'step')].sort()).toEqual(items);
  });
  it('keeps fixed steps and level steps in order; shuffles the rest', () => {
    const decide = mini.steps.find((s) => s.id === 'decide');
    const level = mini.steps.find((s) => s.id === 'level');
    if (decide?.kind !== 'decision' || level?.kind !== 'level') throw new Error('fixture changed');
    const seeds = Array.from({ length: 20 }, (_, i) => i);
    expect(new Set(seeds.map((s) => choiceOrder(decide, s)[0]!.id)).size).toBe(2);
    expect(choiceOrder({ ...decide, fixed: true }, 3).map((o) => o.id)).toEqual(['call', 'wait']);
    expect(choiceOrder(level, 5).map((o) => o.label)).toEqual(['Universal', 'Early Help', 'Targeted Early Help', 'Safeguarding']);
    const actions = mini.steps.find((s) => s.id === 'actions');
    const sort = mini.steps.find((s) => s.id === 'sort');
    if (actions?.kind !== 'select' || sort?.kind !== 'sort') throw new Error('fixture changed');
    expect(new Set(seeds.map((s) => selectOrder(actions, s).map((o) => o.id).join())).size).toBeGreaterThan(1);
    expect(sortOrder({ ...sort, fixed: true }, 9).map((s) => s.id)).toEqual(['s1', 's2', 's3']);
  });
});
