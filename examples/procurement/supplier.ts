// The supplier's side: the link from the buyer carries a token after the `#`; the intake answers
// it with this supplier's request and its definition. The supplier answers (with evidence files,
// the AI systems it delivers and a plan for its gaps, all saved in this browser as it goes) and
// sends the answers signed; the intake verifies and re-scores them and keeps them as a new round.
// When the buyer asks for follow-ups, the same link shows them, with the buyer's notes.
import { openDB, type DBSchema } from 'idb';
import { html, render } from 'lit';
import '../../components/index.js';
import {
  createBundle,
  localize,
  sealedPlan,
  type AssessmentDefinition,
  type PublicJwk,
} from '../../src/core.js';
import {
  callIntake,
  renderProblems,
  keyThumbprint,
  type IntakeRequest,
  type IntakeReview,
} from './intake-client.js';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const box = document.querySelector('aims-assessment')!;
const questionnaire = document.querySelector('aims-questionnaire')!;

/** What the intake answers a supplier's link with. */
interface Opened {
  readonly request: IntakeRequest;
  readonly definition: AssessmentDefinition;
  readonly rounds: number;
  readonly followUps: readonly IntakeReview[];
}

/** What the intake answers a submission with. */
interface Received {
  readonly status: 'accepted' | 'already-received';
  readonly response: { readonly round: number };
  readonly scorecard: { readonly overall: { readonly readiness: number | null } };
}

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

/** The token after `#token=` in the address, or undefined. */
const tokenOf = (hash: string) => /[#&]token=([A-Za-z0-9_-]+)/.exec(hash)?.[1];

const showProblems = (lead: string, error: unknown) =>
  renderProblems(byId('problems'), lead, error);

/** The buyer's follow-ups: in the session (the questionnaire shows them) and listed above it. */
async function showFollowUps(opened: Opened): Promise<void> {
  const session = box.session!;
  for (const item of opened.followUps)
    session.dispatch({
      type: 'review',
      question: item.question,
      review: { state: item.decision === 'reject' ? 'rejected' : 'follow-up', note: item.note },
    });
  byId('follow-up').hidden = opened.followUps.length === 0;
  if (!opened.followUps.length) return;
  const texts = new Map(
    opened.definition.sections.flatMap((section) =>
      section.questions.map((question) => [question.id, localize(question.text)] as const),
    ),
  );
  render(
    opened.followUps.map(
      (item) =>
        html`<li>
          <strong>${item.decision === 'reject' ? 'Not accepted' : 'Follow-up'}:</strong>
          ${texts.get(item.question)} <br /><span>Buyer's note: ${item.note || '(none)'}</span>
          <button type="button" @click=${() => questionnaire.goTo(item.question)}>
            Go to this question
          </button>
        </li>`,
    ),
    byId('follow-up-list'),
  );
}

async function openRequest(token: string): Promise<void> {
  let opened: Opened;
  try {
    opened = await callIntake<Opened>(`/api/submissions/${token}`);
  } catch (error) {
    byId('status').textContent = '';
    showProblems('This link opens no request:', error);
    return;
  }
  const { request, definition, rounds } = opened;
  const ready = new Promise((resolve) =>
    box.addEventListener('aims-ready', resolve, { once: true }),
  );
  box.storageKey = `procurement-${request.id}`;
  box.definition = definition;
  box.hidden = false;
  await ready;
  const questions = definition.sections.reduce((sum, section) => sum + section.questions.length, 0);
  const due = request.dueDate ? `, due ${request.dueDate}` : '';
  const sent = rounds ? ` You have sent ${rounds} round(s) so far.` : '';
  byId('request-title').textContent = `Request for ${request.supplier}`;
  byId('request-summary').textContent =
    `${localize(definition.title)}: ${questions} questions${due}.${sent}`;
  byId('request').hidden = false;
  // The pack's metadata says whether the buyer expects the delivered AI systems declared.
  byId('systems').hidden = definition.metadata?.systems !== 'expected';
  await showFollowUps(opened);
  byId('status').textContent = opened.followUps.length
    ? `The buyer asks you to revisit ${opened.followUps.length} answer(s).`
    : `Opened the request for ${request.supplier}.`;
  if (opened.followUps.length) await questionnaire.goTo(opened.followUps[0]!.question);
}

async function send(): Promise<void> {
  const status = byId('send-status');
  const token = tokenOf(location.hash);
  const session = box.session;
  if (!token || !session) return;
  if (!(await questionnaire.validate())) {
    status.textContent = 'Some answers are missing: the questionnaire shows where.';
    return;
  }
  status.textContent = 'Sending…';
  try {
    const { response, definition } = session.state;
    const bundle = await createBundle(definition, response, (id) => session.getEvidence(id), {
      sign: await keysReady,
      plan: sealedPlan(definition, response),
    });
    const received = await callIntake<Received>(`/api/submissions/${token}`, {
      method: 'POST',
      body: JSON.stringify(bundle),
    });
    const readiness = received.scorecard.overall.readiness;
    const figure = readiness === null ? 'no readiness figure' : `readiness ${readiness}%`;
    const what = received.status === 'accepted' ? 'Received' : 'Already received';
    render(
      html`<p>
        ${what} by the buyer's server as round ${received.response.round}, verified, with ${figure}
        by its own count.
      </p>`,
      status,
    );
  } catch (error) {
    renderProblems(status, "The buyer's server did not accept the answers:", error);
  }
}

byId('send').addEventListener('click', () => void send());
// Finish in the questionnaire asks <aims-assessment> to submit: here that means sending.
box.addEventListener('aims-submit', (event) => {
  event.preventDefault();
  void send();
});

const token = tokenOf(location.hash);
if (token) void openRequest(token);
