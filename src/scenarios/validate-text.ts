// Checks of [contact:id] tokens in scenario text. The player renders a token as the contact's
// tap-to-call number in every text field of a step except its title; the scenario's title,
// summary, outcomes and content note, and step titles, are plain text and may not hold one.
import type { Scenario } from './schema';
import { contactIdsIn } from './text';

/** Contacts by id, with their status (content/contacts.yaml). */
export type ContactIndex = ReadonlyMap<string, 'current' | 'superseded'>;

/** Every string in a value, with the key path to it. */
function strings(value: unknown, path: string[] = []): Array<{ path: string[]; text: string }> {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, [...path, String(i)]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, [...path, k]));
  return [];
}

function checkToken(where: string, id: string, contacts: ContactIndex): string | undefined {
  const status = contacts.get(id);
  if (status === 'current') return undefined;
  if (status === 'superseded') return `${where}: names contact "${id}", which is superseded; name a current contact`;
  const near = [...contacts.keys()].find((k) => k.toLowerCase() === id.trim().toLowerCase());
  return near
    ? `${where}: names contact "${id}", which is not a contact id; ids are exact and lower-case: did you mean [contact:${near}]?`
    : `${where}: names contact "${id}", which is not in content/contacts.yaml`;
}

/** Problems with contact tokens anywhere in the scenario. */
export function contactProblems(scenario: Scenario, contacts: ContactIndex): string[] {
  const problems: string[] = [];
  const plain: Array<[string, unknown]> = [['title', scenario.title], ['summary', scenario.summary], ['outcomes', scenario.outcomes], ['contentNote', scenario.contentNote]];
  for (const [field, value] of plain) {
    for (const s of strings(value)) {
      if (contactIdsIn(s.text).length) problems.push(`${field}: [contact:…] is not supported here (plain text); name the contact in words`);
    }
  }
  for (const step of scenario.steps) {
    for (const s of strings(step)) {
      const ids = contactIdsIn(s.text);
      if (!ids.length) continue;
      if (s.path.length === 1 && s.path[0] === 'title') {
        problems.push(`step "${step.id}": title: [contact:…] is not supported in a step title; put the number in the body or the question`);
        continue;
      }
      for (const id of ids) {
        const problem = checkToken(`step "${step.id}"`, id, contacts);
        if (problem) problems.push(problem);
      }
    }
  }
  return problems;
}
