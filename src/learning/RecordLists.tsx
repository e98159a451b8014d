import { sitePath } from '../shared/paths';
/** @jsxImportSource preact */
// What the record holds: scenarios completed, briefings read and reflections (each deletable).
import { formatDate } from '../shared/dates';
import type { LearningRecord, Reflection } from './record';

interface Props {
  record: LearningRecord;
  onDelete: (reflection: Reflection) => void;
}

export function RecordLists({ record, onDelete }: Props) {
  return (
    <>
      <h2 id="scenarios-heading">Practice scenarios completed</h2>
      {record.scenarios.length === 0 ? (
        <p>
          None yet. <a href={sitePath('/practice/')}>Try a practice scenario</a>.
        </p>
      ) : (
        <ol class="learning-list">
          {[...record.scenarios].reverse().map((s) => (
            <li>
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
          ))}
        </ol>
      )}

      <h2>7-minute briefings read</h2>
      {record.briefings.length === 0 ? (
        <p>None recorded yet.</p>
      ) : (
        <ul class="learning-list">
          {record.briefings.map((b) => (
            <li>
              <a href={sitePath(`/briefings/${b.slug}/`)}>{b.title}</a>, {formatDate(b.readAt)}
            </li>
          ))}
        </ul>
      )}

      <h2>Reflections</h2>
      {record.reflections.length === 0 ? (
        <p>None yet.</p>
      ) : (
        <ul class="learning-list">
          {record.reflections.map((r) => (
            <li>
              <p class="reflection">{r.text}</p>
              <p class="small">
                {formatDate(r.writtenAt)}{' '}
                <button type="button" class="link-button no-print" onClick={() => onDelete(r)}>
                  Delete this reflection
                </button>
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
