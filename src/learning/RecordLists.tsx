/** @jsxImportSource preact */
// What the record holds, on screen: scenarios completed, briefings read or used with a team, and
// reflections (each deletable), each list a page at a time. The printout is CpdPrint.
import { formatDate } from '../shared/dates';
import { sitePath } from '../shared/paths';
import { Paged } from './Paged';
import type { LearningRecord, Reflection } from './record';

interface Props {
  record: LearningRecord;
  onDelete: (reflection: Reflection) => void;
}

export function RecordLists({ record, onDelete }: Props) {
  return (
    <div class="no-print">
      <h2 id="scenarios-heading">Practice scenarios completed</h2>
      {record.scenarios.length === 0 ? (
        <p>
          None yet. <a href={sitePath('/practice/')}>Try a practice scenario</a>.
        </p>
      ) : (
        <Paged items={[...record.scenarios].reverse()} label="scenarios" ordered>
          {(s) => (
            <li key={`${s.id}@${s.completedAt}`}>
              <strong>
                <a href={sitePath(`/practice/${s.id}/`)}>{s.title}</a>
              </strong>
              , {formatDate(s.completedAt)}. Outcome: {s.outcome}
              <details>
                <summary>Your path</summary>
                <ol>
                  {s.path
                    .filter((p) => p.answer)
                    .map((p) => (
                      <li>
                        {p.title}: {p.answer}
                        {p.rating && ` (${p.rating})`}
                      </li>
                    ))}
                </ol>
              </details>
            </li>
          )}
        </Paged>
      )}

      <h2>7-minute briefings</h2>
      {record.briefings.length === 0 ? (
        <p>
          None recorded yet. On a <a href={sitePath('/briefings/')}>briefing</a>, use "I read this" or "We used this in a team meeting".
        </p>
      ) : (
        <Paged items={record.briefings} label="briefings">
          {(b) => (
            <li key={`${b.slug}@${b.readAt}@${b.use ?? 'read'}`}>
              <a href={sitePath(`/briefings/${b.slug}/`)}>{b.title}</a>, {b.use === 'team' ? 'used in a team meeting' : 'read'} {formatDate(b.readAt)}
            </li>
          )}
        </Paged>
      )}

      <h2>Reflections</h2>
      {record.reflections.length === 0 ? (
        <p>None yet.</p>
      ) : (
        <Paged items={record.reflections} label="reflections">
          {(r) => (
            <li key={r.id}>
              <p class="reflection">{r.text}</p>
              <p class="small">
                {formatDate(r.writtenAt)}{' '}
                <button type="button" class="link-button" onClick={() => onDelete(r)}>
                  Delete this reflection<span class="visually-hidden"> written {formatDate(r.writtenAt)}</span>
                </button>
              </p>
            </li>
          )}
        </Paged>
      )}
    </div>
  );
}
