// One patient: their summary across conversations, the list of sessions, and the account
// actions (rename, new invite, erase with a receipt).
import { useRef, useState } from "preact/hooks";
import { Alert, Button, Empty, Loading, TextInput, formatDateTime, formatDuration } from "../../shared/ui";
import { useSession } from "../context";
import { useAction, useLoad, usePaged } from "../hooks";
import { Link } from "../Link";
import { InviteCard, type Invite } from "../components/InviteCard";
import { SummaryLists, type Summary } from "../components/SummaryLists";
import type { PatientRow } from "./Patients";

interface SessionRow {
  session_id: string;
  status: string;
  summary_status: string | null;
  started_at: string | null;
  ended_at: string | null;
  duration_seconds: number | null;
  counts: { answered: number; unanswered: number; attention: number; review: number } | null;
  alert: { state: string; severity: string } | null;
}

interface Receipt {
  /** "in_progress": a large erasure goes on in the background; asking again gives the same receipt. */
  status: "erased" | "in_progress";
  receipt_id: string;
  erased_at: string | null;
  sessions: number;
  documents: number;
  storage_objects: number;
  elevenlabs_conversations: number;
}

export function PatientPage({ patientId }: { patientId: string }) {
  const { call, user } = useSession();
  const patient = useLoad(() => call<PatientRow>("getPatient", { patient_id: patientId }), [patientId]);
  const summary = useLoad(() => call<Summary>("getPatientSummary", { patient_id: patientId }), [patientId]);
  const sessions = usePaged(async (cursor) => {
    const r = await call<{ sessions: SessionRow[]; next_cursor: string | null }>("listSessions", { patient_id: patientId, page_size: 20, ...(cursor ? { cursor } : {}) });
    return { items: r.sessions, next_cursor: r.next_cursor };
  }, [patientId]);
  const [receipt, setReceipt] = useState<Receipt | null>(null);

  if (receipt) {
    return (
      <>
        <h1>Patient erased</h1>
        <Alert kind="success">
          <p>
            {receipt.status === "erased"
              ? "Every record of this patient was deleted here and at ElevenLabs. Keep this receipt."
              : "The erasure has started and finishes in the background; erasing again shows this same receipt with the final counts."}
          </p>
          <dl>
            <dt>Receipt</dt>
            <dd class="code">{receipt.receipt_id}</dd>
            <dt>Erased on</dt>
            <dd>{receipt.erased_at ? formatDateTime(receipt.erased_at) : "in progress"}</dd>
            <dt>Conversations deleted</dt>
            <dd>{receipt.sessions} (ElevenLabs: {receipt.elevenlabs_conversations})</dd>
            <dt>Documents deleted</dt>
            <dd>{receipt.documents}</dd>
            <dt>Stored files deleted</dt>
            <dd>{receipt.storage_objects}</dd>
          </dl>
        </Alert>
        <Link href="/patients">Back to the list</Link>
      </>
    );
  }
  if (patient.loading && !patient.data) return <Loading what="the patient" />;
  if (patient.error) return <Alert>{patient.error.message}</Alert>;
  const p = patient.data!;
  return (
    <>
      <p>
        <Link href="/patients">← Back to the list</Link>
      </p>
      <div class="page-head">
        <h1>{p.display_name}</h1>
        <span class="muted">{p.linked ? "Joined" : "Invited, not joined yet"}</span>
      </div>
      {summary.loading && !summary.data ? (
        <Loading what="the summary" />
      ) : summary.error ? (
        <Alert>{summary.error.message}</Alert>
      ) : (
        <SummaryLists summary={summary.data!} showSession />
      )}
      <section class="card" aria-labelledby="sessions-title">
        <h2 id="sessions-title">Conversations</h2>
        {sessions.error && <Alert>{sessions.error.message}</Alert>}
        {sessions.loading && !sessions.items.length ? (
          <Loading what="conversations" />
        ) : !sessions.items.length ? (
          <Empty>No conversations yet.</Empty>
        ) : (
          <ul class="items">
            {sessions.items.map((s) => (
              <li key={s.session_id}>
                <Link href={`/sessions/${s.session_id}`}>Conversation of {formatDateTime(s.started_at)}</Link>{" "}
                <span class={`status status--${s.status === "active" ? "active" : (s.summary_status ?? "pending")}`}>
                  {s.status === "active" ? "in progress" : s.summary_status === "done" ? "summarized" : (s.summary_status ?? "ending")}
                </span>{" "}
                {s.alert && <span class={`status status--${s.alert.state === "open" ? s.alert.severity : "acknowledged"}`}>alert {s.alert.state}</span>}
                <p class="muted">
                  {formatDuration(s.duration_seconds)}
                  {s.counts && ` · ${s.counts.attention} need attention · ${s.counts.unanswered} unanswered · ${s.counts.answered} answered`}
                </p>
              </li>
            ))}
          </ul>
        )}
        {sessions.hasMore && (
          <Button variant="secondary" onClick={() => void sessions.loadMore()} busy={sessions.loading}>
            Load more conversations
          </Button>
        )}
      </section>
      <AccountActions patient={p} doctorId={user.uid} onRenamed={(name) => patient.setData({ ...p, display_name: name })} onErased={setReceipt} />
    </>
  );
}

function AccountActions({ patient, doctorId, onRenamed, onErased }: { patient: PatientRow; doctorId: string; onRenamed: (name: string) => void; onErased: (r: Receipt) => void }) {
  const { call } = useSession();
  const [name, setName] = useState(patient.display_name);
  const rename = useAction();
  const reinvite = useAction();
  const erase = useAction();
  const [invite, setInvite] = useState<Invite | null>(null);
  const [saved, setSaved] = useState(false);
  const [confirmText, setConfirmText] = useState("");
  const dialog = useRef<HTMLDialogElement>(null);

  const saveName = async (e: Event) => {
    e.preventDefault();
    setSaved(false);
    const r = await rename.run(() => call<PatientRow>("updatePatient", { patient_id: patient.patient_id, display_name: name.trim() }));
    if (r) {
      onRenamed(r.display_name);
      setSaved(true);
    }
  };
  const newInvite = async () => {
    const r = await reinvite.run(() => call<Invite>("reissueInvite", { patient_id: patient.patient_id }));
    if (r) setInvite(r);
  };
  const doErase = async (e: Event) => {
    e.preventDefault();
    const r = await erase.run(() => call<Receipt>("erasePatient", { patient_id: patient.patient_id }));
    if (r) {
      dialog.current?.close();
      onErased(r);
    }
  };
  return (
    <section class="card" aria-labelledby="account-title">
      <h2 id="account-title">Patient details</h2>
      <form onSubmit={saveName} class="row">
        <TextInput label="Name" value={name} onValue={setName} error={rename.fields.display_name ?? (rename.error && !rename.fields.display_name ? rename.error.message : undefined)} required maxLength={120} />
        <div class="field">
          <Button type="submit" variant="secondary" busy={rename.busy}>
            Save name
          </Button>
        </div>
      </form>
      <p role="status">{saved ? "Name saved." : ""}</p>
      <h3>Invite</h3>
      <p class="muted">A new invite replaces the old code. If the patient already joined, their current device is signed out and the new link links them again.</p>
      {reinvite.error && <Alert>{reinvite.error.message}</Alert>}
      <Button variant="secondary" onClick={() => void newInvite()} busy={reinvite.busy}>
        Issue a new invite
      </Button>
      {invite && <InviteCard invite={invite} doctorId={doctorId} patientName={patient.display_name} />}
      <h3 style={{ marginTop: "1.5rem" }}>Erase</h3>
      <p class="muted">Deletes the patient's conversations, summaries and alerts here and at ElevenLabs. This cannot be undone.</p>
      <Button variant="danger" onClick={() => dialog.current?.showModal()}>
        Erase patient…
      </Button>
      <dialog ref={dialog} aria-labelledby="erase-title">
        <form onSubmit={doErase}>
          <h2 id="erase-title">Erase {patient.display_name}?</h2>
          <p>All conversations, summaries and alerts of this patient are deleted everywhere. You get a receipt without health content.</p>
          {erase.error && <Alert>{erase.error.message}</Alert>}
          <TextInput label={`Type the patient's name (${patient.display_name}) to confirm`} value={confirmText} onValue={setConfirmText} autoComplete="off" />
          <div class="actions">
            <Button type="submit" variant="danger" busy={erase.busy} disabled={confirmText.trim() !== patient.display_name}>
              Erase permanently
            </Button>
            <Button variant="secondary" onClick={() => dialog.current?.close()}>
              Cancel
            </Button>
          </div>
        </form>
      </dialog>
    </section>
  );
}

