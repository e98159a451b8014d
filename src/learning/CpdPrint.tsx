/** @jsxImportSource preact */
// The CPD record as printed for a manager to sign: who the learner is, then every entry in full (the
// date, time spent, learning outcomes, the decisions made, reflections) and a sign-off box. Shown
// only in print (learning.css); on screen the lists are RecordLists. Addresses are printed in full
// from the site's configured address (SITE_URL), or not at all: never the address the page was
// opened at, which may be a laptop's or an intranet's.
import { formatDate } from '../shared/dates';
import { sitePath } from '../shared/paths';
import { lookup, minutesText, type LearningCatalogue } from './catalogue';
import type { LearnerProfile } from './profile';
import type { LearningRecord } from './record';

interface Props {
  record: LearningRecord;
  profile: LearnerProfile;
  catalogue: LearningCatalogue;
  /** The site's public address (SITE_URL), or null when the site was built without one. */
  siteUrl: string | null;
}

const blank = (text: string) => text || '\u00a0';

export function CpdPrint({ record, profile, catalogue, siteUrl }: Props) {
  const address = (path: string) => (siteUrl ? <p class="cpd-url">{new URL(sitePath(path), siteUrl).href}</p> : null);
  const scenarios = record.scenarios;
  const briefings = record.briefings;
  return (
    <section class="cpd-print" aria-labelledby="cpd-heading" data-site-url={siteUrl ? '' : undefined}>
      <h2 id="cpd-heading">Continuing professional development record</h2>
      <dl class="cpd-who">
        <div><dt>Name</dt><dd>{blank(profile.name)}</dd></div>
        <div><dt>Role</dt><dd>{blank(profile.role)}</dd></div>
        <div><dt>Printed</dt><dd>{formatDate(new Date())}</dd></div>
        {siteUrl && <div><dt>From</dt><dd>Helping Children Thrive: practice site, {siteUrl}</dd></div>}
      </dl>

      <h3>Practice scenarios completed ({scenarios.length})</h3>
      {scenarios.length === 0 ? <p>None.</p> : (
        <ol class="cpd-entries">
          {scenarios.map((s) => {
            const known = lookup(catalogue.scenarios, s.id);
            const decisions = s.path.filter((p) => p.answer);
            return (
              <li class="cpd-entry" key={`${s.id}@${s.completedAt}`}>
                <h4>{s.title}</h4>
                {address(`/practice/${s.id}/`)}
                <p>
                  <strong>Date:</strong> {formatDate(s.completedAt)}. <strong>Time spent:</strong> {s.seconds === undefined ? 'not recorded' : minutesText(s.seconds)}.
                </p>
                {known && (
                  <>
                    <p><strong>Learning outcomes:</strong></p>
                    <ul>{known.outcomes.map((o) => <li>{o}</li>)}</ul>
                  </>
                )}
                <p><strong>Decisions made:</strong></p>
                {decisions.length === 0 ? <p>None recorded.</p> : (
                  <ol class="cpd-decisions">
                    {decisions.map((p) => <li>{p.title}: {p.answer}{p.rating ? ` (${p.rating})` : ''}</li>)}
                  </ol>
                )}
                {s.outcome && <p><strong>Outcome:</strong> {s.outcome}</p>}
              </li>
            );
          })}
        </ol>
      )}

      <h3>7-minute briefings ({briefings.length})</h3>
      {briefings.length === 0 ? <p>None.</p> : (
        <ol class="cpd-entries">
          {briefings.map((b) => {
            const known = lookup(catalogue.briefings, b.slug);
            return (
              <li class="cpd-entry" key={`${b.slug}@${b.readAt}@${b.use ?? 'read'}`}>
                <h4>{b.title}</h4>
                {address(`/briefings/${b.slug}/`)}
                <p>
                  <strong>Date:</strong> {formatDate(b.readAt)}, {b.use === 'team' ? 'used in a team meeting' : 'read'}. <strong>Time spent:</strong>{' '}
                  {b.minutes === undefined ? 'not recorded' : `about ${minutesText(b.minutes * 60)} (its reading time), then discussion`}.
                </p>
                {known && <p><strong>What it covers:</strong> {known.summary}</p>}
              </li>
            );
          })}
        </ol>
      )}

      <h3>Reflections ({record.reflections.length})</h3>
      {record.reflections.length === 0 ? <p>None.</p> : (
        <ol class="cpd-entries">
          {record.reflections.map((r) => (
            <li class="cpd-entry" key={r.id}>
              <p><strong>{formatDate(r.writtenAt)}</strong></p>
              <p class="reflection">{r.text}</p>
            </li>
          ))}
        </ol>
      )}

      <div class="cpd-signoff">
        <h3>Manager's sign-off</h3>
        <p>I have seen this record of learning.</p>
        <dl>
          <div><dt>Name</dt><dd></dd></div>
          <div><dt>Role</dt><dd></dd></div>
          <div><dt>Date</dt><dd></dd></div>
          <div><dt>Signature</dt><dd></dd></div>
        </dl>
      </div>
    </section>
  );
}
