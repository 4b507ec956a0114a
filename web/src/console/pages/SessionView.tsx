// One conversation: its summary, the whole transcript with the turns each item came from
// highlighted, when a red flag was raised, and the alert (acknowledge it here too).
import { useEffect, useMemo, useState } from "preact/hooks";
import { Alert, Button, Loading, formatDateTime, formatDuration, formatTimeInCall } from "../../shared/ui";
import { useSession } from "../context";
import { useAction, useLoad } from "../hooks";
import { Link } from "../Link";
import { SummaryLists, type Summary } from "../components/SummaryLists";

interface SessionDetail {
  session: {
    session_id: string;
    patient_id: string;
    patient_display_name: string;
    status: string;
    summary_status: string | null;
    summary_error: string | null;
    started_at: string | null;
    ended_at: string | null;
    duration_seconds: number | null;
  };
  summary: Summary | null;
  transcript: { index: number; role: "patient" | "agent" | "other"; message: string; time_in_call_secs: number | null }[];
  transcript_source: string;
  alert: {
    alert_id: string;
    state: string;
    level?: "attention" | "review";
    severity: string;
    created_at: string | null;
    acknowledged_by: string | null;
    acknowledged_at: string | null;
    raised_in_call?: boolean;
  } | null;
  red_flag: {
    raised_at: string | null;
    during_call: boolean;
    first_time_in_call_secs: number | null;
    /** The agent raised it with the in-call red-flag tool, this far into the call. */
    raised_in_call?: boolean;
    raised_in_call_time_secs?: number | null;
  } | null;
}

const TAGS: [keyof Summary, string, string][] = [
  ["requires_attention", "attention", "needs attention"],
  ["unanswered_questions", "unanswered", "unanswered question"],
  ["answered_questions", "answered", "answered question"],
  ["for_review", "review", "for review"],
];

export function SessionPage({ sessionId }: { sessionId: string }) {
  const { call, user, displayName } = useSession();
  const detail = useLoad(() => call<SessionDetail>("getSession", { session_id: sessionId }), [sessionId]);
  const [highlight, setHighlight] = useState<number | null>(() => {
    const m = /^#turn-(\d+)$/.exec(location.hash);
    return m ? Number(m[1]) : null;
  });
  const ack = useAction();
  const tagsByTurn = useMemo(() => {
    const map = new Map<number, { kind: string; text: string }[]>();
    const summary = detail.data?.summary;
    if (summary) for (const [key, kind, text] of TAGS) for (const item of summary[key]) map.set(item.turn_index, [...(map.get(item.turn_index) ?? []), { kind, text }]);
    return map;
  }, [detail.data]);
  useEffect(() => {
    if (highlight === null || !detail.data) return;
    document.getElementById(`turn-${highlight}`)?.scrollIntoView({ block: "center" });
  }, [highlight, detail.data]);

  if (detail.loading && !detail.data) return <Loading what="the conversation" />;
  if (detail.error) return <Alert>{detail.error.message}</Alert>;
  const d = detail.data!;
  const acknowledge = async () => {
    const r = await ack.run(() => call<{ state: string; acknowledged_by: string; acknowledged_at: string }>("acknowledgeAlert", { alert_id: d.alert!.alert_id }));
    if (r) detail.setData({ ...d, alert: { ...d.alert!, state: r.state, acknowledged_by: r.acknowledged_by, acknowledged_at: r.acknowledged_at } });
  };
  const pick = (turn: number) => {
    setHighlight(turn);
    history.replaceState(null, "", `#turn-${turn}`);
    document.getElementById(`turn-${turn}`)?.focus();
  };
  return (
    <>
      <p>
        <Link href={`/patients/${d.session.patient_id}`}>← {d.session.patient_display_name}</Link>
      </p>
      <div class="page-head">
        <h1>Conversation of {formatDateTime(d.session.started_at)}</h1>
        <span class="muted">
          {d.session.patient_display_name} · {formatDuration(d.session.duration_seconds)} · {d.session.status === "active" ? "in progress" : `ended ${formatDateTime(d.session.ended_at)}`}
        </span>
      </div>
      {d.red_flag?.raised_in_call && (
        <div class="notice notice--error" role="note">
          <strong>Red flag raised during the call{d.red_flag.raised_in_call_time_secs != null && <> at {formatTimeInCall(d.red_flag.raised_in_call_time_secs)}</>}</strong> by the
          agent, before the conversation ended.
        </div>
      )}
      {d.red_flag && (
        <div class="notice notice--error" role="note">
          <strong>Red flag</strong>
          {d.red_flag.first_time_in_call_secs !== null && <> said {formatTimeInCall(d.red_flag.first_time_in_call_secs)} into the call</>}
          {d.red_flag.raised_at && (
            <>
              ; alert raised {formatDateTime(d.red_flag.raised_at)} {d.red_flag.during_call ? "during the call" : "after the call ended"}
            </>
          )}
          .
        </div>
      )}
      {d.alert && (
        <div class={`notice ${d.alert.state === "open" ? "notice--error" : "notice--success"}`}>
          {d.alert.state === "open" ? (
            <div class="actions">
              <span>
                {d.alert.level === "review" ? "For review" : "Needs attention"}: alert open (<strong>{d.alert.severity}</strong>).
              </span>
              <Button onClick={() => void acknowledge()} busy={ack.busy}>
                Acknowledge
              </Button>
            </div>
          ) : (
            <span>
              Acknowledged by {d.alert.acknowledged_by === user.uid ? `${displayName} (you)` : "a colleague"} on {formatDateTime(d.alert.acknowledged_at)}.
            </span>
          )}
          {ack.error && <p class="field-error">{ack.error.message}</p>}
        </div>
      )}
      <div class="grid-2">
        <div>
          {d.summary ? (
            <SummaryLists summary={d.summary} onPick={pick} headingLevel={2} />
          ) : (
            <Alert kind="info">
              {d.session.status === "active"
                ? "The conversation is still going on; the summary follows when it ends."
                : d.session.summary_status === "failed"
                  ? `The summary could not be made (${d.session.summary_error ?? "unknown reason"}). Read the transcript.`
                  : "The summary is being prepared; it appears here in a moment."}
            </Alert>
          )}
        </div>
        <section class="card" aria-labelledby="transcript-title">
          <h2 id="transcript-title">Transcript</h2>
          {d.transcript.length === 0 ? (
            <p class="empty">{d.transcript_source === "unavailable" ? "The transcript is not available (yet)." : "The transcript is empty."}</p>
          ) : (
            <ol class="transcript">
              {d.transcript.map((turn) => {
                const tags = tagsByTurn.get(turn.index) ?? [];
                return (
                  <li
                    key={turn.index}
                    id={`turn-${turn.index}`}
                    tabIndex={-1}
                    class={`turn turn--${turn.role}${highlight === turn.index ? " turn--highlight" : ""}`}
                    aria-current={highlight === turn.index ? "true" : undefined}
                  >
                    <div class="turn-meta">
                      <strong>{turn.role === "patient" ? d.session.patient_display_name : turn.role === "agent" ? "Agent" : "Other"}</strong>
                      <span>
                        turn {turn.index + 1} · {formatTimeInCall(turn.time_in_call_secs)}
                      </span>
                      {tags.map((t) => (
                        <span key={t.kind} class={`turn-tag turn-tag--${t.kind}`}>
                          {t.text}
                        </span>
                      ))}
                    </div>
                    <p style={{ margin: "0.2rem 0 0" }}>{turn.message}</p>
                  </li>
                );
              })}
            </ol>
          )}
        </section>
      </div>
    </>
  );
}
