/** @jsxImportSource preact */
// What every part of the player reads from the page: contacts for [contact:id], guidance and
// briefing titles for links. Provided once by the island, so step components stay small.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { guidanceHref } from '../../shared/guidance-links';
import type { GuidanceRef } from '../model';
import { splitContactTokens } from '../text';

/** A contact as the player shows it: number, tel: link and keypad options. */
export interface PlayerContact {
  name: string;
  number: string;
  href: string;
  keypad: string;
}

export interface PlayerEnv {
  /** Contacts by id, for [contact:id] in scenario text. */
  contacts: Record<string, PlayerContact>;
  /** Guidance page titles by slug, for citation links. */
  guidanceTitles: Record<string, string>;
  /** Briefing titles by slug (only briefings that exist). */
  briefingTitles: Record<string, string>;
}

export const Env = createContext<PlayerEnv>({ contacts: {}, guidanceTitles: {}, briefingTitles: {} });

/** Scenario text with each [contact:id] rendered as a tap-to-call number. */
export function Text({ text }: { text: string }) {
  const { contacts } = useContext(Env);
  return (
    <>
      {splitContactTokens(text).map((part) => {
        if (typeof part === 'string') return part;
        const c = contacts[part.contact];
        if (!c) return part.contact;
        return (
          <span class="contact-number" data-contact={part.contact}>
            <a class="tel" href={c.href}>
              {c.number}
            </a>
            {c.keypad && <span class="keypad"> ({c.keypad})</span>}
          </span>
        );
      })}
    </>
  );
}

/** A bulleted list of texts (contact tokens and emphasis rendered as in Text). */
export function TextList({ items }: { items: readonly string[] }) {
  return (
    <ul>
      {items.map((t) => (
        <li>
          <Text text={t} />
        </li>
      ))}
    </ul>
  );
}

/** Paragraphs: one <p> per block of text (blank line between paragraphs). */
export function Paragraphs({ text }: { text: string | readonly string[] }) {
  const blocks = (typeof text === 'string' ? [text] : text).flatMap((t) => t.split(/\n\s*\n/));
  return (
    <>
      {blocks
        .filter((p) => p.trim())
        .map((p) => (
          <p>
            <Text text={p.trim()} />
          </p>
        ))}
    </>
  );
}

/** A link to the guidance a point rests on, named by the page's title. */
export function Cite({ to, label = 'Guidance: ' }: { to: GuidanceRef; label?: string }) {
  const { guidanceTitles } = useContext(Env);
  return (
    <span class="cite">
      {label}
      <a href={guidanceHref(to)}>{guidanceTitles[to.page] ?? to.page}</a>
    </span>
  );
}

/** "Why: …" (when there is a reason) and the guidance it rests on: the grounds of every piece of feedback. */
export function Grounds({ reason, cite }: { reason?: string | undefined; cite?: GuidanceRef | undefined }) {
  return (
    <>
      {reason && (
        <p>
          <strong>Why:</strong> <Text text={reason} />
        </p>
      )}
      {cite && (
        <p>
          <Cite to={cite} />
        </p>
      )}
    </>
  );
}
