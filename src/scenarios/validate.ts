// Build-time checks that a scenario can never strand or mislead a learner. Zod checks the shape
// (schema.ts); these check ids, targets, ratings, citations, contact tokens, the graph and flags.
// Every problem names the step, and the option, by id.
import { scenarioSchema, type Scenario } from './schema';
import { branches, choiceOptions, exits, isChoiceStep, stepMap } from './model';
import { graphProblems } from './validate-graph';
import { contactProblems, type ContactIndex } from './validate-text';

export { MAX_PATH_STEPS } from './validate-graph';
export type { ContactIndex } from './validate-text';

/** Guidance pages and the heading ids on each. */
export type GuidanceIndex = ReadonlyMap<string, ReadonlySet<string>>;

/** What a scenario may refer to. Contacts and briefings are checked only when given. */
export interface References {
  guidance: GuidanceIndex;
  contacts?: ContactIndex;
  briefings?: ReadonlySet<string>;
}

const dupes = (ids: string[]) => [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];

/** Returns every problem found, each naming the step (and option) concerned. Empty means valid. */
export function findScenarioProblems(scenario: Scenario, refs: References): string[] {
  const problems: string[] = [];
  const steps = stepMap(scenario);

  for (const id of dupes(scenario.steps.map((s) => s.id))) problems.push(`step "${id}": duplicate step id`);
  for (const s of scenario.steps) {
    const ids = isChoiceStep(s) ? choiceOptions(s).map((o) => o.id)
      : s.kind === 'select' ? s.options.map((o) => o.id)
      : s.kind === 'sort' ? s.statements.map((o) => o.id) : [];
    for (const id of dupes(ids)) problems.push(`step "${s.id}": duplicate option id "${id}"`);
    if (s.kind === 'sort') for (const id of dupes(s.groups.map((g) => g.id))) problems.push(`step "${s.id}": duplicate group id "${id}"`);
  }

  if (!steps.has(scenario.start)) problems.push(`start: unknown step "${scenario.start}"`);
  if (scenario.supportedOutcome !== undefined && steps.get(scenario.supportedOutcome)?.kind !== 'debrief') {
    problems.push(`supportedOutcome: "${scenario.supportedOutcome}" is not a debrief step`);
  }

  for (const s of scenario.steps) {
    for (const { option, next } of exits(s)) {
      const where = option ? `step "${s.id}", option "${option.id}"` : `step "${s.id}"`;
      const list = branches(next);
      if (list.length === 0) { problems.push(`${where}: no next step`); continue; }
      if (list.at(-1)!.when) problems.push(`${where}: the last branch of next must have no condition, so that there is always a way on`);
      for (const b of list) if (!steps.has(b.to)) problems.push(`${where}: leads to unknown step "${b.to}"`);
    }
    problems.push(...stepProblems(s));
  }

  // Citations must point at guidance that exists.
  const checkRef = (where: string, ref: { page: string; anchor?: string }) => {
    const anchors = refs.guidance.get(ref.page);
    if (!anchors) problems.push(`${where}: cites guidance page "${ref.page}", which does not exist`);
    else if (ref.anchor && !anchors.has(ref.anchor)) problems.push(`${where}: cites "#${ref.anchor}" on guidance page "${ref.page}", which has no such section`);
  };
  scenario.guidance.forEach((g) => checkRef('guidance', g));
  for (const s of scenario.steps) {
    if (isChoiceStep(s)) choiceOptions(s).forEach((o) => checkRef(`step "${s.id}", option "${o.id}"`, o.cite));
    if (s.kind === 'select') s.options.forEach((o) => checkRef(`step "${s.id}", option "${o.id}"`, o.cite));
    if (s.kind === 'sort' || s.kind === 'scale' || s.kind === 'write') checkRef(`step "${s.id}"`, s.cite);
    if (s.kind === 'debrief') s.guidance.forEach((g) => checkRef(`step "${s.id}"`, g));
    if (s.kind === 'debrief' && refs.briefings) {
      for (const b of s.briefings) if (!refs.briefings.has(b)) problems.push(`step "${s.id}": recommends briefing "${b}", which is not in content/briefings`);
    }
  }
  if (refs.contacts) problems.push(...contactProblems(scenario, refs.contacts));

  const targetsKnown = steps.has(scenario.start) && !problems.some((p) => p.includes('leads to unknown step'));
  if (targetsKnown) problems.push(...graphProblems(scenario));
  return [...new Set(problems)];
}

/** Checks of one step's own data. */
function stepProblems(s: Scenario['steps'][number]): string[] {
  const problems: string[] = [];
  if (isChoiceStep(s)) {
    const options = choiceOptions(s);
    if (options.every((o) => o.when)) problems.push(`step "${s.id}": every option is conditional; at least one must always be offered`);
    if (!options.some((o) => o.rating === 'best' && !o.when)) problems.push(`step "${s.id}": no unconditional option is rated best`);
    if (!options.some((o) => o.rating !== 'best' && !o.when)) problems.push(`step "${s.id}": every option is rated best; give the learner a plausible wrong answer`);
  }
  if (s.kind === 'select') {
    if (!s.options.some((o) => o.advice === 'essential' || o.advice === 'do')) problems.push(`step "${s.id}": no option is one to do (advice: essential or do)`);
    for (const o of s.options) {
      if (o.fit && (o.advice === 'essential' || o.advice === 'do')) problems.push(`step "${s.id}", option "${o.id}": fit is only for options not to do (leaving a recommended one out is always "not enough")`);
    }
  }
  if (s.kind === 'sort') {
    const groups = new Set(s.groups.map((g) => g.id));
    for (const st of s.statements) {
      if (!groups.has(st.group)) problems.push(`step "${s.id}", statement "${st.id}": unknown group "${st.group}"`);
      for (const g of Object.keys(st.sets)) if (!groups.has(g)) problems.push(`step "${s.id}", statement "${st.id}": sets flags for unknown group "${g}"`);
    }
    if (s.passMark !== undefined && s.passMark > s.statements.length) problems.push(`step "${s.id}": passMark ${s.passMark} is more than the ${s.statements.length} statements`);
  }
  if (s.kind === 'scale') {
    const { min, max } = s.expected;
    if (min > max) problems.push(`step "${s.id}": expected.min is above expected.max`);
    if (min > 0 && !s.below) problems.push(`step "${s.id}": below: scores under ${min} need their own feedback, rating, fit and reason`);
    if (min === 0 && s.below) problems.push(`step "${s.id}": below: no score is under 0, so this feedback is never shown`);
    if (max < 10 && !s.above) problems.push(`step "${s.id}": above: scores over ${max} need their own feedback, rating, fit and reason`);
    if (max === 10 && s.above) problems.push(`step "${s.id}": above: no score is over 10, so this feedback is never shown`);
  }
  return problems;
}

/** An issue path in words, naming steps, options and statements by id: `step "ask-ellis", option "promise": feedback`. */
export function describePath(data: unknown, path: ReadonlyArray<PropertyKey>): string {
  const parts: string[] = [];
  const rest: string[] = [];
  let node: unknown = data;
  const idOf = (v: unknown): string | undefined => {
    if (!v || typeof v !== 'object') return undefined;
    const rec = Object.entries(v);
    const get = (k: string) => rec.find(([key]) => key === k)?.[1];
    const id = get('id') ?? get('level');
    return typeof id === 'string' ? id : undefined;
  };
  const names: Record<string, string> = { steps: 'step', options: 'option', statements: 'statement', groups: 'group' };
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const next = path[i + 1];
    const child = Array.isArray(node) && typeof key === 'number' ? node[key]
      : node && typeof node === 'object' ? Object.entries(node).find(([k]) => k === String(key))?.[1] : undefined;
    if (typeof key === 'string' && names[key] && typeof next === 'number' && Array.isArray(child)) {
      const item: unknown = child[next];
      const id = idOf(item);
      parts.push(id ? `${names[key]} "${id}"` : `${names[key]} ${next + 1}`);
      node = item;
      i++;
      continue;
    }
    rest.push(typeof key === 'number' ? String(key + 1) : String(key));
    node = child;
  }
  const field = rest.join('.');
  if (!parts.length) return field || '(root)';
  return field ? `${parts.join(', ')}: ${field}` : parts.join(', ');
}

/** Schema problems in words, naming steps and options by id. */
export function schemaProblems(data: unknown): { scenario: Scenario; problems: [] } | { scenario?: undefined; problems: string[] } {
  const parsed = scenarioSchema.safeParse(data);
  if (parsed.success) return { scenario: parsed.data, problems: [] };
  return { problems: parsed.error.issues.map((i) => `${describePath(data, i.path)}: ${issueMessage(i, data)}`) };
}

/** Zod's message, made plainer where it says only "Invalid input" (a union: text or a list). */
function issueMessage(issue: { code: string; message: string; path: PropertyKey[]; errors?: unknown }, data: unknown): string {
  if (issue.code !== 'invalid_union') return issue.message;
  const value = issue.path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? Object.entries(node).find(([k]) => k === String(key))?.[1] : undefined), data);
  if (value === undefined) return 'missing (required)';
  const expected = Array.isArray(issue.errors)
    ? [...new Set(issue.errors.flat().flatMap((e: unknown) => {
        const x = e && typeof e === 'object' ? Object.entries(e).find(([k]) => k === 'expected')?.[1] : undefined;
        return typeof x === 'string' ? [x] : [];
      }))]
    : [];
  return expected.length ? `expected ${expected.join(' or ')}` : issue.message;
}

/** Parses and checks a scenario file's data; throws one error naming the file and every problem. */
export function parseScenario(data: unknown, file: string, refs: References): Scenario {
  if (data === null || data === undefined) throw new Error(`${file}: invalid scenario\n  - the file is empty`);
  const shape = schemaProblems(data);
  const problems = shape.scenario ? findScenarioProblems(shape.scenario, refs) : shape.problems;
  if (problems.length || !shape.scenario) throw new Error(`${file}: invalid scenario\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return shape.scenario;
}
