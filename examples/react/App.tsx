// aimskit's elements in React 19: props become properties when the element has one (else
// attributes), and `on<event-name>` props listen to the elements' own events. Nothing is wrapped.
import { useState } from 'react';
import 'aimskit';
import type { Envelope } from 'aimskit';

const packs = {
  'iso42001-quick-scan': 'Quick scan (16 questions)',
  iso42001: 'Full ISO/IEC 42001 assessment (73 questions)',
};
type Pack = keyof typeof packs;
interface Summary {
  readiness: number | null;
  band: string | null;
  completion: number;
}

const percent = new Intl.NumberFormat('en', { style: 'percent' });
const figure = (value: number | null) => (value === null ? '–' : value.toFixed(1));

export function App() {
  const [pack, setPack] = useState<Pack>('iso42001-quick-scan');
  const [summary, setSummary] = useState<Summary | null>(null);
  const [received, setReceived] = useState<Envelope | null>(null);

  return (
    <>
      <header className="demo-header">
        <h1>aimskit in React</h1>
        <p>
          <label>
            Assessment{' '}
            <select
              value={pack}
              onChange={(event) => {
                setPack(event.target.value as Pack);
                setReceived(null);
              }}
            >
              {Object.entries(packs).map(([id, title]) => (
                <option key={id} value={id}>
                  {title}
                </option>
              ))}
            </select>
          </label>
        </p>
      </header>
      <main className="demo-main layout">
        <aims-assessment
          definition={pack}
          storage="memory"
          onaims-ready={(event) =>
            setSummary(event.currentTarget.session?.state.scorecard.overall ?? null)
          }
          onaims-change={(event) => setSummary(event.detail)}
          onaims-submit={(event) => setReceived(event.detail.envelope as Envelope)}
        >
          <aims-questionnaire />
        </aims-assessment>
        <aside className="figure">
          <h2 id="readiness-title">Readiness</h2>
          <output aria-labelledby="readiness-title" aria-live="polite">
            {figure(summary?.readiness ?? null)}
          </output>
          <p>Band: {summary?.band ?? '–'}</p>
          <p>Answered: {percent.format(summary?.completion ?? 0)}</p>
          {received && (
            <section aria-labelledby="received-title">
              <h2 id="received-title">Received response</h2>
              <p>
                Readiness: <strong>{figure(received.scorecard.overall.readiness)}</strong>
              </p>
              <p>Sealed {new Date(received.createdAt).toLocaleString('en')}</p>
              <p>
                SHA-256 <code>{received.sha256.slice(0, 16)}…</code>
              </p>
            </section>
          )}
        </aside>
      </main>
    </>
  );
}
