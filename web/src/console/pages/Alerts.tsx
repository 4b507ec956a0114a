// Alerts, live from Firestore: open ones first with "Acknowledge", then the acknowledged ones
// with who acknowledged them and when. Browser notifications are opt-in.
import { useEffect, useState } from "preact/hooks";
import { Alert, Button, Empty, Loading, formatTimeInCall } from "../../shared/ui";
import { useSession } from "../context";
import { useLiveAlerts, type LiveAlert } from "../live-alerts";
import { Link } from "../Link";
import { label } from "../components/SummaryLists";
import { toApiError } from "../../shared/call";

const when = (date: Date | null) => (date ? date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" }) : "—");

function usePatientNames(ids: string[]) {
  const { call } = useSession();
  const [names, setNames] = useState<Record<string, string>>({});
  const key = [...new Set(ids)].sort().join(",");
  useEffect(() => {
    const missing = [...new Set(ids)].filter((id) => !(id in names));
    for (const id of missing) {
      call<{ display_name: string }>("getPatient", { patient_id: id })
        .then((p) => setNames((n) => ({ ...n, [id]: p.display_name })))
        .catch(() => setNames((n) => ({ ...n, [id]: "Erased or unknown patient" })));
    }
  }, [key]);
  return names;
}

function NotificationToggle() {
  const supported = typeof Notification !== "undefined";
  const [permission, setPermission] = useState(supported ? Notification.permission : "denied");
  if (!supported) return <p class="muted">This browser cannot show notifications; keep this page open to see new alerts.</p>;
  if (permission === "granted") return <p class="muted">Browser notifications are on for new alerts.</p>;
  if (permission === "denied") return <p class="muted">Notifications are blocked for this site in your browser settings.</p>;
  return (
    <Button variant="secondary" onClick={() => void Notification.requestPermission().then(setPermission)}>
      Turn on browser notifications
    </Button>
  );
}

export function AlertsPage() {
  const { alerts, loading, error } = useLiveAlerts();
  const names = usePatientNames(alerts.map((a) => a.patient_id));
  const open = alerts.filter((a) => a.state === "open");
  const done = alerts.filter((a) => a.state === "acknowledged");
  return (
    <>
      <div class="page-head">
        <h1>Alerts</h1>
        <NotificationToggle />
      </div>
      <p class="muted" role="status">
        Live: new alerts appear here by themselves{open.length ? ` · ${open.length} open` : ""}.
      </p>
      {error && <Alert>{error}</Alert>}
      {loading ? (
        <Loading what="alerts" />
      ) : (
        <>
          <section aria-labelledby="open-title">
            <h2 id="open-title">Open</h2>
            {open.length === 0 ? <Empty>No open alerts.</Empty> : open.map((a) => <AlertCard key={a.alert_id} alert={a} patientName={names[a.patient_id]} />)}
          </section>
          <section aria-labelledby="done-title">
            <h2 id="done-title">Acknowledged</h2>
            {done.length === 0 ? <Empty>None yet.</Empty> : done.map((a) => <AlertCard key={a.alert_id} alert={a} patientName={names[a.patient_id]} />)}
          </section>
        </>
      )}
    </>
  );
}

function AlertCard({ alert, patientName }: { alert: LiveAlert; patientName: string | undefined }) {
  const { call, user, displayName } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [acknowledgedAt, setAcknowledgedAt] = useState<string | null>(null);
  const acknowledge = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await call<{ acknowledged_at: string }>("acknowledgeAlert", { alert_id: alert.alert_id });
      setAcknowledgedAt(r.acknowledged_at);
    } catch (e) {
      setError(toApiError(e).message);
    } finally {
      setBusy(false);
    }
  };
  const name = patientName ?? "…";
  // undefined: not raised in the call; null: raised in the call, time not known.
  const inCallItem = alert.items.find((item) => item.raised_in_call === true);
  const inCallSecs = alert.raised_in_call || inCallItem ? (inCallItem?.time_in_call_secs ?? null) : undefined;
  const ackAt = alert.acknowledged_at ?? (acknowledgedAt ? new Date(acknowledgedAt) : null);
  return (
    <article class={`card alert-card${alert.state === "acknowledged" ? " acknowledged" : ""}`} aria-label={`Alert for ${name}`}>
      <p>
        <span class={`status status--${alert.state === "open" ? alert.severity : "acknowledged"}`}>{alert.state === "open" ? alert.severity : "acknowledged"}</span>{" "}
        <span class={`status status--level-${alert.level}`}>{alert.level === "review" ? "for review" : "needs attention"}</span> <strong>{name}</strong> ·{" "}
        {alert.categories.map(label).join(", ")} · raised {when(alert.created_at)}
      </p>
      {inCallSecs !== undefined && (
        <p class="in-call-flag">
          <strong>Red flag raised during the call{inCallSecs !== null && <> at {formatTimeInCall(inCallSecs)}</>}</strong>
        </p>
      )}
      <ul>
        {alert.items.map((item, i) => (
          <li key={i}>
            <span class="quote">“{item.patient_text ?? item.evidence}”</span> <span class="muted">({label(item.category)}, {formatTimeInCall(item.time_in_call_secs)} into the call)</span>
          </li>
        ))}
      </ul>
      <div class="actions">
        <Link href={`/sessions/${alert.session_id}`}>Open the conversation</Link>
        {alert.state === "open" && !acknowledgedAt ? (
          <Button onClick={() => void acknowledge()} busy={busy}>
            Acknowledge
          </Button>
        ) : (
          <span>
            Acknowledged by {alert.acknowledged_by === user.uid || acknowledgedAt ? `${displayName} (you)` : "a colleague"} on {when(ackAt)}
          </span>
        )}
      </div>
      {error && <p class="field-error">{error}</p>}
    </article>
  );
}
