// A generated branching scenario for the graph tests and the bench: `lanes` parallel lanes, each
// step a decision that carries on in its lane or crosses to the next, three flags set and read
// along the way, and two endings. Every path is `depth` + 2 steps long.
export function generatedScenario(depth: number, lanes: number): unknown {
  const id = (d: number, l: number) => `s${d}-${l}`;
  const cite = { page: 'making-a-referral' };
  const option = (oid: string, to: unknown, rating: string, sets: string[] = []) => ({
    id: oid, label: `Option ${oid}`, rating, fit: rating === 'best' ? 'proportionate' : 'not-enough', feedback: 'Feedback.', reason: 'Reason.', cite, sets, next: to,
  });
  const flagAt: Record<number, string> = { [Math.floor(depth / 4)]: 'f1', [Math.floor(depth / 2)]: 'f2', [Math.floor((3 * depth) / 4)]: 'f3' };
  const steps: unknown[] = [{
    id: 'start', kind: 'decision', title: 'Start', question: 'Which lane?',
    options: Array.from({ length: lanes }, (_, l) => option(`lane-${l}`, id(0, l), l === 0 ? 'best' : 'acceptable')),
  }];
  for (let d = 0; d < depth; d++) {
    for (let l = 0; l < lanes; l++) {
      const last = d === depth - 1;
      const stay = last ? 'end-good' : id(d + 1, l);
      const cross = last ? 'end-poor' : id(d + 1, (l + 1) % lanes);
      const flag = flagAt[d];
      // A step after a flag was set reads it: with the flag, crossing lands back in lane 0.
      const read = flagAt[d - 2];
      const crossNext = read && !last ? [{ when: { all: [read] }, to: id(d + 1, 0) }, { to: cross }] : cross;
      steps.push({
        id: id(d, l), kind: 'decision', title: `Step ${d}, lane ${l}`, question: 'What now?',
        body: read ? ['Later on.', { when: { all: [read] }, text: 'Because of what you did earlier.' }] : 'Later on.',
        options: [option('stay', stay, 'best'), option('cross', crossNext, 'unsafe', flag ? [flag] : [])],
      });
    }
  }
  const takeaways = ['Done.', ...Object.values(flagAt).map((f) => ({ when: { all: [f] }, text: `Because of ${f}.` }))];
  steps.push(
    { id: 'end-good', kind: 'debrief', title: 'Good', outcome: 'Good', takeaways, guidance: [cite] },
    { id: 'end-poor', kind: 'debrief', title: 'Poor', outcome: 'Poor', takeaways, guidance: [cite] },
  );
  return {
    title: 'Generated', summary: 'Generated.', skill: 'escalation', minutes: 5, outcomes: ['Test'],
    sources: [{ source: 'hct-2020' }], guidance: [cite], start: 'start', steps,
  };
}
