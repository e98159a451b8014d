// Room mode's logic: votes, Reveal, the room's answer and where it leads (a scale step's by votes per
// band, like a decision's), jumping anywhere, the story so far and the room's path with a table per
// step of what the room entered beside the guidance; the timer and the keyboard shortcuts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseScenario } from '../../../src/scenarios/validate';
import { choicePicks, scalePicks } from '../../../src/scenarios/room/picks';
import { createRoom, firstSentence, storySoFar } from '../../../src/scenarios/room/room';
import { roomPath } from '../../../src/scenarios/room/room-table';
import { clockText, newTimer, timeLeft, toggleTimer } from '../../../src/scenarios/room/timer';
import { actionFor } from '../../../src/scenarios/room/shortcuts';

const guidance = new Map([['making-a-referral', new Set(['child-in-need'])]]);
const scenario = parseScenario(parseYaml(readFileSync(new URL('../fixtures/mini-scenario.yaml', import.meta.url), 'utf8')), 'mini', { guidance });

describe('a room', () => {
  it('keeps votes per step, hides feedback until Reveal, and branches on the option the room goes with', () => {
    const room = createRoom(scenario, 1);
    room.next();
    expect(room.view()).toMatchObject({ step: { id: 'decide' }, sub: 'open', revealed: false, votes: {} });
    room.setVote('call', 7);
    room.setVote('wait', 12);
    room.setVote('wait', -3); // a slip of the keyboard counts as none
    room.setVote('call', 7.6);
    expect(room.view().votes).toEqual({ call: 7, wait: 0 });
    room.reveal();
    expect(room.view().revealed).toBe(true);
    room.choose('wait');
    expect(room.view()).toMatchObject({ sub: 'answered', context: { answers: { decide: { choice: 'wait', rating: 'unsafe' } } } });
    room.next();
    expect(room.view()).toMatchObject({ step: { id: 'end-unsafe' }, atEnding: true });
    // Back, choose again: the other option leads elsewhere; the votes are still there.
    room.back();
    expect(room.view()).toMatchObject({ step: { id: 'decide' }, sub: 'answered', votes: { call: 7, wait: 0 } });
    room.retry();
    room.choose('call');
    room.next();
    expect(room.view().step.id).toBe('level');
    expect(room.view().context.flags).toContain('called');
  });

  it('jumps to any step: back along the path, or forward with the answers so far', () => {
    const room = createRoom(scenario, 1);
    room.next();
    room.choose('call');
    room.jump('scale');
    expect(room.view()).toMatchObject({ step: { id: 'scale' }, sub: 'open', context: { history: ['intro', 'decide', 'scale'], flags: ['called'] } });
    room.submit({ kind: 'scale', value: 3, reason: 'Because' });
    expect(room.view().sub).toBe('answered');
    room.back();
    expect(room.view()).toMatchObject({ step: { id: 'decide' }, sub: 'answered', context: { history: ['intro', 'decide'] } });
    room.jump('intro');
    expect(room.view()).toMatchObject({ step: { id: 'intro' }, context: { history: ['intro'] } });
    room.jump('no-such-step');
    expect(room.view().step.id).toBe('intro');
  });

  it('starts again with no votes and nothing revealed, and tells listeners of every change', () => {
    const room = createRoom(scenario, 1);
    let changes = 0;
    room.subscribe(() => void changes++);
    room.next();
    room.setVote('call', 3);
    room.reveal();
    room.restart();
    expect(changes).toBe(4);
    expect(room.view()).toMatchObject({ step: { id: 'intro' }, revealed: false, votes: {} });
    expect(room.votes()).toEqual({});
  });

  it('recaps the story so far and lists the room’s path with every option’s votes', () => {
    const room = createRoom(scenario, 1);
    room.next();
    room.setVote('call', 9);
    room.setVote('wait', 2);
    room.choose('call');
    room.next();
    const { context } = room.view();
    expect(storySoFar(scenario, context)).toEqual([
      { step: 'intro', title: 'Intro', opening: 'A child tells you something.' },
      { step: 'decide', title: 'Decide', opening: '', answer: 'option A, “Call MASH and the police”' },
    ]);
    const path = roomPath(scenario, context, room.votes());
    expect(path.find((p) => p.step === 'decide')).toMatchObject({
      answer: 'option A, “Call MASH and the police”', rating: 'best', item: 'Option', chosenText: 'the room’s choice',
      rows: [
        { id: 'call', letter: 'A', label: 'Call MASH and the police', votes: 9, chosen: true, rating: 'best', fit: 'proportionate' },
        { id: 'wait', letter: 'B', label: 'Wait and see', votes: 2, chosen: false, rating: 'unsafe', fit: 'not-enough' },
      ],
    });
    expect(path.find((p) => p.step === 'intro')?.rows).toEqual([]);
  });

  it('takes a scale step by votes per band: the room goes with a band, and the band rates and branches like a score in it', () => {
    const room = createRoom(scenario, 1);
    room.jump('scale');
    expect(room.view().step.id).toBe('scale');
    room.setVote('below', 3);
    room.setVote('inside', 11);
    room.setVote('above', 6);
    expect(room.view().votes).toEqual({ below: 3, inside: 11, above: 6 });
    room.choose('nonsense'); // not a band: nothing happens
    expect(room.view().sub).toBe('open');
    room.choose('above');
    expect(room.view()).toMatchObject({ sub: 'answered', revealed: true, context: { answers: { scale: { rating: 'unsafe', fit: 'not-enough' } } } });
    room.retry();
    room.choose('inside');
    expect(room.view().context.answers['scale']).toMatchObject({ rating: 'best', fit: 'proportionate' });
    room.next();
    expect(room.view().step.id).toBe('write');
    room.submit({ kind: 'write', text: 'Fact: he said he was hungry.', checked: ['1'] });
    room.next();
    const { context } = room.view();
    expect(storySoFar(scenario, context).find((r) => r.step === 'scale')?.answer).toBe('scores 2 to 4');
    const path = roomPath(scenario, context, room.votes());
    expect(path.find((p) => p.step === 'scale')).toMatchObject({
      answer: 'scores 2 to 4', rating: 'best', item: 'Score',
      rows: [
        { id: 'below', letter: 'A', label: 'Scores 0 to 1', votes: 3, chosen: false, rating: 'acceptable' },
        { id: 'inside', letter: 'B', label: 'Scores 2 to 4', votes: 11, chosen: true, rating: 'best', guidance: 'Inside the range the facts support' },
        { id: 'above', letter: 'C', label: 'Scores 5 to 10', votes: 6, chosen: false, rating: 'unsafe' },
      ],
    });
    expect(path.find((p) => p.step === 'write')?.rows).toEqual([
      { id: 'record', label: 'The record', given: 'Fact: he said he was hungry.', chosen: false, model: 'A model record.' },
      { id: '0', label: 'Fact kept apart from opinion', given: 'Not in the room’s record', chosen: false, guidance: 'A good record has this', agrees: false },
      { id: '1', label: "Child's voice", given: 'The room’s record has this', chosen: false, guidance: 'A good record has this', agrees: true },
    ]);
  });

  it('lists a sort step’s statements and a select step’s ticks in the debrief table, in the order written', () => {
    const room = createRoom(scenario, 1);
    room.jump('actions');
    room.setVote('record', 4);
    room.submit({ kind: 'select', selected: ['marf', 'record'] });
    room.next();
    room.submit({ kind: 'sort', placements: { s1: 'fact', s2: 'fact', s3: 'fact' } });
    room.next();
    const path = roomPath(scenario, room.view().context, room.votes());
    expect(path.find((p) => p.step === 'actions')).toMatchObject({
      chosenText: 'ticked by the room',
      rows: [
        { letter: 'A', label: 'MARF within 48 hours', votes: 0, chosen: true, guidance: 'Essential: leaving it out is unsafe' },
        { letter: 'B', label: 'Record it', votes: 4, chosen: true },
        { letter: 'C', label: 'Tell the person harming the child', votes: 0, chosen: false },
        { letter: 'D', label: 'Promise to keep it secret', votes: 0, chosen: false },
      ],
    });
    expect(path.find((p) => p.step === 'sort')?.rows.map((r) => [r.letter, r.given, r.guidance, r.agrees])).toEqual([
      ['A', 'Put in: Fact', 'Belongs in: Fact', true],
      ['B', 'Put in: Fact', 'Belongs in: Opinion', false],
      ['C', 'Put in: Fact', 'Belongs in: Fact', true],
    ]);
  });

  it('resolves each option’s and band’s feedback as the player would for that answer: the flags before the step and its own, never the room’s answer’s', () => {
    const raw = parseYaml(readFileSync(new URL('../fixtures/mini-scenario.yaml', import.meta.url), 'utf8'));
    const byId = (id: string) => raw.steps.find((s: { id: string }) => s.id === id);
    // A band that sets a flag and has feedback that reads it; an option whose feedback reads another option's flag.
    byId('scale').above = { ...byId('scale').above, sets: ['high'], feedback: ['Too high.', { when: { all: ['high'] }, text: 'You rated it high.' }] };
    byId('decide').options[1].feedback = ['The child is left at risk.', { when: { all: ['called'] }, text: 'You called too.' }];
    const flagged = parseScenario(raw, 'mini', { guidance });
    const room = createRoom(flagged, 1);
    room.next();
    const decide = flagged.steps.find((s) => s.id === 'decide')!;
    const scale = flagged.steps.find((s) => s.id === 'scale')!;
    if (decide.kind !== 'decision' || scale.kind !== 'scale') throw new Error('fixture');
    const feedbacks = (picks: { id: string; feedback: string }[]) => Object.fromEntries(picks.map((p) => [p.id, p.feedback]));
    room.choose('call');
    // The room chose "call" (sets "called"): "wait" is still shown as a learner choosing it would see it.
    expect(feedbacks(choicePicks(decide, room.view().context))).toEqual({ call: 'Right.', wait: 'The child is left at risk.' });
    room.next();
    room.jump('scale');
    expect(room.view().context.flags).toEqual(['called']);
    expect(feedbacks(scalePicks(scale, room.view().context))).toEqual({ below: 'Too low.', inside: 'In range.', above: 'Too high.\n\nYou rated it high.' });
    room.choose('above');
    expect(room.view().context.flags).toContain('high');
    expect(feedbacks(scalePicks(scale, room.view().context))).toMatchObject({ inside: 'In range.', above: 'Too high.\n\nYou rated it high.' });
  });

  it('takes the first sentence of a passage for the recap', () => {
    expect(firstSentence('Amy is 7. She lives\nwith her dad.')).toBe('Amy is 7.');
    expect(firstSentence('No full stop here')).toBe('No full stop here');
  });
});

describe('the discussion timer', () => {
  it('counts down while running, holds when paused, and starts again once finished', () => {
    let t = newTimer(2);
    expect(clockText(timeLeft(t, 0))).toBe('2:00');
    t = toggleTimer(t, 1000);
    expect(clockText(timeLeft(t, 1000 + 65_000))).toBe('0:55');
    t = toggleTimer(t, 1000 + 65_000);
    expect(clockText(timeLeft(t, 999_999))).toBe('0:55');
    t = toggleTimer(t, 100_000);
    expect(timeLeft(t, 100_000 + 56_000)).toBe(0);
    t = toggleTimer(t, 200_000); // pause at 0
    t = toggleTimer(t, 200_000); // start again: full length
    expect(clockText(timeLeft(t, 200_000))).toBe('2:00');
  });
});

describe('room shortcuts', () => {
  it('maps keys to actions, leaving text boxes alone and arrows to number boxes and radios', () => {
    expect(actionFor('n', 'other')).toBe('next');
    expect(actionFor('ArrowRight', 'other')).toBe('next');
    expect(actionFor('R', 'other')).toBe('reveal');
    expect(actionFor('?', 'other')).toBe('help');
    expect(actionFor('r', 'arrows')).toBe('reveal');
    expect(actionFor('ArrowLeft', 'arrows')).toBeNull();
    expect(actionFor('r', 'text')).toBeNull();
    expect(actionFor('f', 'other', true)).toBeNull();
    expect(actionFor('x', 'other')).toBeNull();
  });
});
