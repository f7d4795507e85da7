// The supplier's side: open the buyer's request (link or file), answer with descriptions and
// evidence files (saved in this browser as you go), and download the response as a signed bundle. A
// follow-up file from the buyer reopens the questionnaire at the first answer to revisit, with the
// buyer's notes.
import { openDB, type DBSchema } from 'idb';
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

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const box = document.querySelector('aims-assessment')!;
const questionnaire = document.querySelector('aims-questionnaire')!;
let current: SupplierRequest | undefined;

/** The supplier's key store: one key pair, under `es256`. */
interface KeyDatabase extends DBSchema {
  keys: { key: string; value: CryptoKeyPair };
}

/**
 * The supplier's ES256 key pair: made once in this browser (private key not extractable) and kept
 * in IndexedDB.
 */
async function signingKeys(): Promise<CryptoKeyPair> {
  const db = await openDB<KeyDatabase>('aimskit-example-supplier-keys', 1, {
    upgrade(database) {
      database.createObjectStore('keys');
    },
  });
  let keys = await db.get('keys', 'es256');
  if (!keys) {
    keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, [
      'sign',
      'verify',
    ]);
    await db.put('keys', keys, 'es256');
  }
  db.close();
  return keys;
}

const keysReady = signingKeys().then(async (keys) => {
  byId('thumbprint').textContent = await keyThumbprint(
    (await crypto.subtle.exportKey('jwk', keys.publicKey)) as PublicJwk,
  );
  return keys;
});

function showProblems(error: unknown): void {
  render(
    html`<p>This could not be opened:</p>
      <ul>
        ${describeIssues(error).map((line) => html`<li>${line}</li>`)}
      </ul>`,
    byId('problems'),
  );
}

async function openRequest(request: SupplierRequest): Promise<void> {
  byId('problems').replaceChildren();
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
  byId('request-title').textContent = `Request ${request.id}`;
  const { title, sections } = request.definition;
  const questions = sections.reduce((count, section) => count + section.questions.length, 0);
  byId('request-summary').textContent =
    `From ${request.buyer}: ${localize(title)}, ${questions} questions.`;
  byId('request').hidden = false;
  // The pack's metadata says whether the buyer expects the delivered AI systems declared.
  byId('systems').hidden = request.definition.metadata?.systems !== 'expected';
  byId('status').textContent = `Opened request ${request.id} from ${request.buyer}.`;
}

async function openFollowUp(followUp: FollowUp): Promise<void> {
  await openRequest(followUp.request);
  const session = box.session!;
  for (const item of followUp.items)
    session.dispatch({
      type: 'review',
      question: item.question,
      review: { state: item.state, note: item.note },
    });
  const texts = new Map(
    followUp.request.definition.sections.flatMap((s) =>
      s.questions.map((q) => [q.id, localize(q.text)] as const),
    ),
  );
  render(
    followUp.items.map(
      (item) =>
        html`<li>
          <strong>${item.state === 'rejected' ? 'Not accepted' : 'Follow-up'}:</strong>
          ${texts.get(item.question)} <br /><span>Buyer's note: ${item.note || '(none)'}</span>
          <button type="button" @click=${() => questionnaire.goTo(item.question)}>
            Go to this question
          </button>
        </li>`,
    ),
    byId('follow-up-list'),
  );
  byId('follow-up').hidden = false;
  const revisit = `${followUp.items.length} answer(s) of request ${followUp.request.id}`;
  byId('status').textContent = `The buyer asks you to revisit ${revisit}.`;
  await questionnaire.goTo(followUp.items[0]!.question);
}

byId('file').addEventListener('change', async (event) => {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  if (!file) return;
  try {
    const json = await readJsonFile(file);
    if ((json as { format?: unknown })?.format === FOLLOW_UP_FORMAT)
      await openFollowUp(readFollowUp(json));
    else await openRequest(readRequest(json));
  } catch (error) {
    showProblems(error);
  }
  input.value = '';
});

async function downloadSigned(): Promise<void> {
  const status = byId('download-status');
  const session = box.session;
  if (!current || !session) return;
  if (!(await questionnaire.validate())) {
    status.textContent = 'Some answers are missing: the questionnaire shows where.';
    return;
  }
  try {
    const { response, definition } = session.state;
    const company = response.answers['sup-company']?.value;
    const supplier = typeof company === 'string' && company ? company : 'Supplier';
    const bundle = await createBundle(definition, response, (id) => session.getEvidence(id), {
      sign: await keysReady,
      assessment: { id: current.id, title: `${supplier}: answers to ${current.buyer}` },
    });
    downloadJson(`${current.id}.response.json`, bundle);
    const inside = `${bundle.files.length} evidence file(s) inside`;
    status.textContent = `Signed response downloaded (${inside}). Send it to ${current.buyer}.`;
  } catch (error) {
    status.textContent = `The response cannot be sealed yet: ${describeIssues(error).join('; ')}`;
  }
}
byId('download').addEventListener('click', downloadSigned);
// Finish in the questionnaire asks <aims-assessment> to submit: here that means the signed
// download.
box.addEventListener('aims-submit', (event) => {
  event.preventDefault();
  void downloadSigned();
});

// A link from the buyer carries the request after the #.
requestFromLink(location.hash)
  .then((request) => request && openRequest(request))
  .catch(showProblems);
