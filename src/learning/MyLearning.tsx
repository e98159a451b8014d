/** @jsxImportSource preact */
// My learning: the learner's own record, kept only in this browser. Printable as a CPD record,
// exportable and importable as a file, clearable. A damaged record is reported, never overwritten.
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  emptyRecord,
  learningKey,
  mergeRecords,
  parseImport,
  readLearningRecord,
  updateLearningRecord,
  type LearningRecord,
} from './record';

const store = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};
const date = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
};

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export default function MyLearning() {
  const [record, setRecord] = useState<LearningRecord>(emptyRecord());
  const [damaged, setDamaged] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);
  const messageRef = useRef<HTMLDivElement>(null);
  const clearRef = useRef<HTMLButtonElement>(null);

  const load = () => {
    const s = store();
    if (!s) {
      setDamaged('This browser does not let the site use its storage, so no learning record can be kept here.');
      return;
    }
    const r = readLearningRecord(s);
    if (r.ok) {
      setRecord(r.record);
      setDamaged(null);
    } else setDamaged(r.error);
  };
  useEffect(() => {
    document.getElementById('js-required')?.remove();
    load();
    // A scenario finished in another tab shows up here too.
    const onStorage = (e: StorageEvent) => {
      if (e.key === learningKey || e.key === null) load();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);

  /** Applies a change to the stored record (never to a stale copy). Returns true when saved. */
  const save = (change: (current: LearningRecord) => LearningRecord, ok: string): boolean => {
    const s = store();
    const result = s
      ? updateLearningRecord(s, change)
      : { ok: false as const, error: 'This browser does not let the site use its storage.' };
    if (!result.ok) {
      setMessage({ kind: 'error', text: `${result.error} Nothing has changed.` });
      return false;
    }
    setRecord(result.record);
    setDamaged(null);
    setMessage({ kind: 'ok', text: ok });
    return true;
  };
  /** Replaces the whole record, even a damaged one (only for Clear). */
  const replace = (next: LearningRecord, ok: string) => {
    try {
      store()?.setItem(learningKey, JSON.stringify(next));
    } catch {
      setMessage({ kind: 'error', text: 'Your browser would not let the site change your learning record.' });
      return;
    }
    setRecord(next);
    setDamaged(null);
    setMessage({ kind: 'ok', text: ok });
  };

  const onImport = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setMessage({ kind: 'error', text: 'The file could not be read. Nothing has changed.' });
      return;
    }
    const parsed = parseImport(text);
    if (!parsed.ok) {
      setMessage({ kind: 'error', text: `${parsed.error} Nothing has changed.` });
      return;
    }
    if (damaged) {
      setMessage({ kind: 'error', text: 'Your current record is damaged, so nothing was imported into it. Download or clear it first.' });
      return;
    }
    let added = 0;
    const saved = save((current) => {
      const m = mergeRecords(current, parsed.record);
      added = m.added;
      return m.record;
    }, 'Imported.');
    if (saved)
      setMessage({
        kind: 'ok',
        text:
          added === 0
            ? 'That file holds nothing that is not already in your record.'
            : `Imported ${added} ${added === 1 ? 'entry' : 'entries'}.`,
      });
  };

  const today = new Date().toISOString().slice(0, 10);
  const [reflection, setReflection] = useState('');

  return (
    <div class="my-learning">
      {message && (
        <div
          ref={messageRef}
          tabIndex={-1}
          class={message.kind === 'error' ? 'notice notice-error' : 'notice'}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          <p>{message.text}</p>
        </div>
      )}
      {damaged && (
        <div class="notice notice-error" role="alert">
          <p>
            <strong>Your learning record could not be read.</strong> {damaged}
          </p>
          <p>It has not been changed. You can download it as it is (to keep it or ask for help), or clear it and start a new record.</p>
          <p class="button-row no-print">
            <button
              type="button"
              class="button secondary"
              onClick={() => download(`my-learning-damaged-${today}.txt`, store()?.getItem(learningKey) ?? '')}
            >
              Download the damaged record
            </button>
          </p>
        </div>
      )}

      <h2 id="scenarios-heading">Practice scenarios completed</h2>
      {record.scenarios.length === 0 ? (
        <p>
          None yet. <a href="/practice/">Try a practice scenario</a>.
        </p>
      ) : (
        <ol class="learning-list">
          {[...record.scenarios].reverse().map((s) => (
            <li>
              <strong>
                <a href={`/practice/${s.id}/`}>{s.title}</a>
              </strong>
              , {date(s.completedAt)}. Outcome: {s.outcome}
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
              <a href={`/briefings/${b.slug}/`}>{b.title}</a>, {date(b.readAt)}
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
                {date(r.writtenAt)}
                {r.about && `, about ${r.about}`}{' '}
                <button
                  type="button"
                  class="link-button no-print"
                  onClick={() =>
                    save(
                      (current) => ({ ...current, reflections: current.reflections.filter((x) => x.id !== r.id) }),
                      'Reflection deleted.',
                    )
                  }
                >
                  Delete this reflection
                </button>
              </p>
            </li>
          ))}
        </ul>
      )}
      <form
        class="no-print"
        onSubmit={(e) => {
          e.preventDefault();
          if (!reflection.trim()) {
            setMessage({ kind: 'error', text: 'Write your reflection before adding it.' });
            return;
          }
          if (damaged) {
            setMessage({
              kind: 'error',
              text: 'Your current record is damaged, so the reflection was not added. Download or clear it first.',
            });
            return;
          }
          const entry = { id: `r${Date.now()}`, text: reflection.trim(), writtenAt: new Date().toISOString() };
          if (save((current) => ({ ...current, reflections: [...current.reflections, entry] }), 'Reflection added.')) setReflection('');
        }}
      >
        <label for="reflection">Add a reflection: what did you learn, and what will you do differently?</label>
        <p class="small" id="reflection-hint">
          Do not include anything that could identify a real child, family or colleague.
        </p>
        <textarea
          id="reflection"
          rows={4}
          aria-describedby="reflection-hint"
          value={reflection}
          onInput={(e) => setReflection((e.currentTarget as HTMLTextAreaElement).value)}
        ></textarea>
        <p class="button-row">
          <button type="submit" class="button">
            Add reflection
          </button>
        </p>
      </form>

      <h2 class="no-print">Keep, move or clear your record</h2>
      <div class="no-print">
        <p class="button-row">
          <button type="button" class="button" onClick={() => window.print()}>
            Print my CPD record
          </button>
          <button
            type="button"
            class="button secondary"
            disabled={!!damaged}
            onClick={() => download(`my-learning-${today}.json`, JSON.stringify(record, null, 2))}
          >
            Export to a file
          </button>
        </p>
        <p>
          <label for="import-file">Import a file you exported before (it is added to this record; nothing is removed)</label>
          <br />
          <input id="import-file" type="file" accept="application/json,.json" onChange={onImport} />
        </p>
        {!confirmClear ? (
          <p>
            <button type="button" ref={clearRef} class="button secondary" onClick={() => setConfirmClear(true)}>
              Clear my record
            </button>
          </p>
        ) : (
          <div class="notice" role="group" aria-label="Confirm clearing">
            <p>This deletes your whole learning record from this browser. Export it first if you want to keep it.</p>
            <p class="button-row">
              <button
                type="button"
                class="button danger"
                onClick={() => {
                  setConfirmClear(false);
                  replace(emptyRecord(), 'Your learning record has been cleared.');
                }}
              >
                Yes, clear everything
              </button>
              <button
                type="button"
                class="button secondary"
                onClick={() => {
                  setConfirmClear(false);
                  requestAnimationFrame(() => clearRef.current?.focus());
                }}
              >
                Cancel
              </button>
            </p>
          </div>
        )}
      </div>
    </div>
  );
}
