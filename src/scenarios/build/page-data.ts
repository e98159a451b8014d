// What the scenario pages (the player, room mode, the facilitator pack) read from the content
// collections at build time: guidance and briefing titles for links, and current contacts for
// [contact:id] tokens, rendered as tap-to-call numbers.
import { getCollection } from 'astro:content';
import { keypadText, telHref } from '../../reference/contacts/phone';
import type { PlayerEnv } from '../player/env';

export async function playerEnv(): Promise<PlayerEnv> {
  const guidanceTitles = Object.fromEntries((await getCollection('guidance')).map((g) => [g.id, g.data.title]));
  const briefingTitles = Object.fromEntries((await getCollection('briefings')).map((b) => [b.id, b.data.title]));
  const contacts = Object.fromEntries(
    (await getCollection('contacts'))
      .filter((c) => c.data.status === 'current')
      .map((c) => [c.id, { name: c.data.name, number: c.data.number, href: telHref(c.data.number), keypad: keypadText(c.data.keypad) }]),
  );
  return { guidanceTitles, briefingTitles, contacts };
}

/** One page per scenario (/practice/<id>/ and the pages under it), with its collection entry. */
export async function scenarioPaths() {
  const scenarios = await getCollection('scenarios');
  return scenarios.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

export type ScenarioPageProps = Awaited<ReturnType<typeof scenarioPaths>>[number]['props'];

/** What every scenario page starts from: its entry, the scenario, and titles and contacts for links. */
export async function scenarioPage({ entry }: ScenarioPageProps) {
  return { entry, scenario: entry.data, env: await playerEnv() };
}
