// The supplier's side: open the buyer's request (link or file), answer with descriptions and
// evidence files (saved in this browser as you go), and download the response as a signed bundle. A
// follow-up file from the buyer reopens the questionnaire at the first answer to revisit, with the
// buyer's notes.
import { html, render } from 'lit';
import '../../components/index.js';
import { createBundle, localize, type PublicJwk } from '../../src/core.js';
import {
  FOLLOW_UP_FORMAT,
  describeIssues,
  downloadJson,
  keyThumbprint,
  readFollowUp,
  readJsonFile,
  readRequest,
  requestFromLink,
  requestLink,
  type FollowUp,
  type SupplierRequest,
} from './protocol.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const box = document.querySelector('aims-assessment')!;
const questionnaire = document.querySelector('aims-questionnaire')!;
let current: SupplierRequest | undefined;

/**
 * The supplier's ES256 key pair: made once in this browser (private key not extractable) and kept
 * in IndexedDB.
 */
async function signingKeys(): Promise<CryptoKeyPair> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('aimskit-example-supplier-keys', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('keys');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const call = <T>(mode: IDBTransactionMode, f: (s: IDBObjectStore) => IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      const r = f(db.transaction('keys', mode).objectStore('keys'));
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  let keys = await call<CryptoKeyPair | undefined>('readonly', (s) => s.get('es256'));
  if (!keys) {
    keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, [
      'sign',
      'verify',
    ]);
    await call('readwrite', (s) => s.put(keys, 'es256'));
  }
  db.close();
  return keys;
}

const keysReady = signingKeys().then(async (keys) => {
  $('thumbprint').textContent = await keyThumbprint(
    (await crypto.subtle.exportKey('jwk', keys.publicKey)) as PublicJwk,
  );
  return keys;
});

function showProblems(e: unknown): void {
  render(
    html`<p>This could not be opened:</p>
      <ul>
        ${describeIssues(e).map((line) => html`<li>${line}</li>`)}
      </ul>`,
    $('problems'),
  );
}

async function openRequest(request: SupplierRequest): Promise<void> {
  $('problems').replaceChildren();
  if (current?.id !== request.id) {
    const ready = new Promise((resolve) =>
      box.addEventListener('aims-ready', resolve, { once: true }),
    );
    current = request;
    box.storageKey = request.id;
    box.definition = request.definition;
    await ready;
    history.replaceState(null, '', await requestLink(request, location.href));
  }
  $('request-title').textContent = `Request ${request.id}`;
  $('request-summary').textContent =
    `From ${request.buyer}: ${localize(request.definition.title)}, ${request.definition.sections.reduce((n, s) => n + s.questions.length, 0)} questions.`;
  $('request').hidden = false;
  $('status').textContent = `Opened request ${request.id} from ${request.buyer}.`;
}

async function openFollowUp(followUp: FollowUp): Promise<void> {
  await openRequest(followUp.request);
  const session = box.session!;
  for (const it of followUp.items)
    session.dispatch({
      type: 'review',
      question: it.question,
      review: { state: it.state, note: it.note },
    });
  const texts = new Map(
    followUp.request.definition.sections.flatMap((s) =>
      s.questions.map((q) => [q.id, localize(q.text)] as const),
    ),
  );
  render(
    followUp.items.map(
      (it) =>
        html`<li>
          <strong>${it.state === 'rejected' ? 'Not accepted' : 'Follow-up'}:</strong>
          ${texts.get(it.question)} <br /><span>Buyer's note: ${it.note || '(none)'}</span>
          <button type="button" @click=${() => questionnaire.goTo(it.question)}>
            Go to this question
          </button>
        </li>`,
    ),
    $('follow-up-list'),
  );
  $('follow-up').hidden = false;
  $('status').textContent =
    `The buyer asks you to revisit ${followUp.items.length} answer(s) of request ${followUp.request.id}.`;
  await questionnaire.goTo(followUp.items[0]!.question);
}

$('file').addEventListener('change', async (e) => {
  const input = e.target as HTMLInputElement;
  const file = input.files?.[0];
  if (!file) return;
  try {
    const json = await readJsonFile(file);
    if ((json as { format?: unknown })?.format === FOLLOW_UP_FORMAT)
      await openFollowUp(readFollowUp(json));
    else await openRequest(readRequest(json));
  } catch (err) {
    showProblems(err);
  }
  input.value = '';
});

async function downloadSigned(): Promise<void> {
  const status = $('download-status');
  const session = box.session;
  if (!current || !session) return;
  if (!(await questionnaire.validate())) {
    status.textContent = 'Some answers are missing: the questionnaire shows where.';
    return;
  }
  try {
    const { response, definition } = session.state;
    const company = response.answers['sup-company']?.value;
    const bundle = await createBundle(definition, response, (id) => session.getEvidence(id), {
      sign: await keysReady,
      assessment: {
        id: current.id,
        title: `${typeof company === 'string' && company ? company : 'Supplier'}: answers to ${current.buyer}`,
      },
    });
    downloadJson(`${current.id}.response.json`, bundle);
    status.textContent = `Signed response downloaded (${bundle.files.length} evidence file(s) inside). Send it to ${current.buyer}.`;
  } catch (err) {
    status.textContent = `The response cannot be sealed yet: ${describeIssues(err).join('; ')}`;
  }
}
$('download').addEventListener('click', downloadSigned);
// Finish in the questionnaire asks <aims-assessment> to submit: here that means the signed
// download.
box.addEventListener('aims-submit', (e) => {
  e.preventDefault();
  void downloadSigned();
});

// A link from the buyer carries the request after the #.
requestFromLink(location.hash)
  .then((request) => request && openRequest(request))
  .catch(showProblems);
