// The patient directory: search by name, paged, and invite a new patient.
import { useEffect, useState } from "preact/hooks";
import { Alert, Button, Empty, Loading, TextInput, formatDateTime } from "../../shared/ui";
import { useSession } from "../context";
import { useAction, usePaged } from "../hooks";
import { Link } from "../Link";
import { InviteCard, type Invite } from "../components/InviteCard";

export interface PatientRow {
  patient_id: string;
  display_name: string;
  linked: boolean;
  invite_expires_at: string | null;
  invite_redeemed_at: string | null;
  summary_counts: { sessions: number; answered: number; unanswered: number; attention: number };
  last_session_at: string | null;
  created_at: string | null;
}

const PAGE_SIZE = 25;

export function PatientsPage() {
  const { call, user } = useSession();
  const [query, setQuery] = useState("");
  const [debounced, setDebounced] = useState("");
  useEffect(() => {
    const t = setTimeout(() => setDebounced(query.trim()), 250);
    return () => clearTimeout(t);
  }, [query]);
  const list = usePaged(
    async (cursor) => {
      const r = await call<{ patients: PatientRow[]; next_cursor: string | null }>("listPatients", { page_size: PAGE_SIZE, ...(debounced ? { query: debounced } : {}), ...(cursor ? { cursor } : {}) });
      return { items: r.patients, next_cursor: r.next_cursor };
    },
    [debounced],
  );
  const [name, setName] = useState("");
  const [invite, setInvite] = useState<{ invite: Invite; name: string } | null>(null);
  const create = useAction();
  const submit = async (e: Event) => {
    e.preventDefault();
    const result = await create.run(() => call<Invite>("createPatient", { display_name: name.trim() }));
    if (result) {
      setInvite({ invite: result, name: name.trim() });
      setName("");
      void list.reload();
    }
  };

  return (
    <>
      <div class="page-head">
        <h1>Patients</h1>
      </div>
      <form class="card" onSubmit={submit} aria-labelledby="invite-title">
        <h2 id="invite-title">Invite a patient</h2>
        {create.error && !create.fields.display_name && <Alert>{create.error.message}</Alert>}
        <div class="row">
          <TextInput label="Patient name" value={name} onValue={setName} error={create.fields.display_name} autoComplete="off" required maxLength={120} />
          <div class="field">
            <Button type="submit" busy={create.busy}>
              Invite patient
            </Button>
          </div>
        </div>
      </form>
      {invite && <InviteCard invite={invite.invite} doctorId={user.uid} patientName={invite.name} />}
      <section class="card" aria-labelledby="list-title">
        <h2 id="list-title">Your patients</h2>
        <TextInput label="Search patients" type="search" value={query} onValue={setQuery} hint="Type the start of a first or last name." autoComplete="off" />
        {list.error && <Alert>{list.error.message}</Alert>}
        {list.loading && !list.items.length ? (
          <Loading what="patients" />
        ) : !list.items.length ? (
          <Empty>{debounced ? `No patient matches “${debounced}”.` : "No patients yet. Invite your first patient above."}</Empty>
        ) : (
          <table>
            <caption class="visually-hidden">Patients, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Account</th>
                <th scope="col">Sessions</th>
                <th scope="col">Needs attention</th>
                <th scope="col">Last conversation</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((p) => (
                <tr key={p.patient_id}>
                  <td>
                    <Link href={`/patients/${p.patient_id}`}>{p.display_name}</Link>
                  </td>
                  <td>{p.linked ? "Joined" : p.invite_expires_at && new Date(p.invite_expires_at) < new Date() ? "Invite expired" : "Invited"}</td>
                  <td>{p.summary_counts.sessions}</td>
                  <td>{p.summary_counts.attention ? <span class="status status--open">{p.summary_counts.attention}</span> : 0}</td>
                  <td>{formatDateTime(p.last_session_at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {list.hasMore && (
          <Button variant="secondary" onClick={() => void list.loadMore()} busy={list.loading}>
            Load more patients
          </Button>
        )}
      </section>
    </>
  );
}
