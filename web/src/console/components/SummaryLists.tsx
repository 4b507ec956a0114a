// The three lists a doctor reads first, then items for review. Each item names the session and
// the turn it came from; `onPick` lets the session page highlight that turn in the transcript.
import { formatDateTime, formatTimeInCall } from "../../shared/ui";
import { Link } from "../Link";

export interface SummaryItem {
  turn_index: number;
  time_in_call_secs: number;
  patient_text: string;
  session_id?: string;
  session_ended_at?: string | null;
  question_text?: string;
  answer_excerpt?: string;
  agent_reply_excerpt?: string;
  category?: string;
  severity?: string;
  evidence?: string;
  reason?: string;
}

export interface Summary {
  requires_attention: SummaryItem[];
  unanswered_questions: SummaryItem[];
  answered_questions: SummaryItem[];
  for_review: SummaryItem[];
}

export const label = (text: string | undefined) => (text ?? "").replace(/_/g, " ");

function Where({ item, onPick, showSession }: { item: SummaryItem; onPick?: (turn: number) => void; showSession: boolean }) {
  const where = `turn ${item.turn_index + 1}, ${formatTimeInCall(item.time_in_call_secs)} into the call`;
  return (
    <p class="turn-meta">
      {onPick ? (
        <button type="button" class="link" onClick={() => onPick(item.turn_index)}>
          Show {where}
        </button>
      ) : (
        <span>{where}</span>
      )}
      {showSession && item.session_id && (
        <Link href={`/sessions/${item.session_id}#turn-${item.turn_index}`}>Open the conversation of {formatDateTime(item.session_ended_at)}</Link>
      )}
    </p>
  );
}

export function SummaryLists({ summary, onPick, showSession = false, headingLevel = 2 }: { summary: Summary; onPick?: (turn: number) => void; showSession?: boolean; headingLevel?: 2 | 3 }) {
  const H = `h${headingLevel}` as "h2" | "h3";
  return (
    <div class="summary">
      <section class="card alert-card" aria-labelledby="sum-attention">
        <H id="sum-attention">Requires attention</H>
        {summary.requires_attention.length === 0 ? (
          <p class="empty">Nothing needs your attention.</p>
        ) : (
          <ul class="items">
            {summary.requires_attention.map((item, i) => (
              <li key={`${item.session_id}-${item.turn_index}-${i}`}>
                <p>
                  <span class={`status status--${item.severity}`}>{item.severity}</span> <strong>{label(item.category)}</strong>
                </p>
                <p class="quote">“{item.patient_text}”</p>
                {item.evidence && <p class="muted">Words that raised it: “{item.evidence}”</p>}
                <Where item={item} onPick={onPick} showSession={showSession} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="card" aria-labelledby="sum-unanswered">
        <H id="sum-unanswered">Unanswered questions</H>
        {summary.unanswered_questions.length === 0 ? (
          <p class="empty">Every question was answered from your material.</p>
        ) : (
          <ul class="items">
            {summary.unanswered_questions.map((item, i) => (
              <li key={`${item.session_id}-${item.turn_index}-${i}`}>
                <p class="quote">“{item.question_text || item.patient_text}”</p>
                {item.agent_reply_excerpt && <p class="muted">Agent replied: {item.agent_reply_excerpt}</p>}
                <Where item={item} onPick={onPick} showSession={showSession} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="card" aria-labelledby="sum-answered">
        <H id="sum-answered">Answered questions</H>
        {summary.answered_questions.length === 0 ? (
          <p class="empty">No answered questions yet.</p>
        ) : (
          <ul class="items">
            {summary.answered_questions.map((item, i) => (
              <li key={`${item.session_id}-${item.turn_index}-${i}`}>
                <p class="quote">“{item.question_text || item.patient_text}”</p>
                {item.answer_excerpt && <p class="muted">Answer: {item.answer_excerpt}</p>}
                <Where item={item} onPick={onPick} showSession={showSession} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {summary.for_review.length > 0 && (
        <section class="card" aria-labelledby="sum-review">
          <H id="sum-review">For review</H>
          <p class="muted">Possible concerns the rules did not count as current (for example negated or about someone else). Read them.</p>
          <ul class="items">
            {summary.for_review.map((item, i) => (
              <li key={`${item.session_id}-${item.turn_index}-${i}`}>
                <p>
                  <strong>{label(item.category)}</strong> <span class="muted">({label(item.reason)})</span>
                </p>
                <p class="quote">“{item.patient_text}”</p>
                <Where item={item} onPick={onPick} showSession={showSession} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
