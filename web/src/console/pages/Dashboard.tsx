// The doctor's dashboard: headline numbers and charts (sessions per day, the share needing
// attention, top knowledge gaps as questions only, sessions per agent).
import { Alert, Empty, Loading } from "../../shared/ui";
import { useSession } from "../context";
import { useLoad } from "../hooks";
import { BarList, ColumnChart, ShareRing } from "../components/Charts";

interface Bucket {
  sessions: number;
  minutes: number;
  answered: number;
  unanswered: number;
  attention: number;
}
interface Dashboard {
  totals: { patients: number; sessions: number; minutes: number; questions_answered: number; questions_unanswered: number; open_attention_items: number };
  counts: { knowledge_documents: number; agents: number; audio: number; patients: number };
  by_agent: Record<string, Bucket>;
  by_day: Record<string, Bucket>;
  knowledge_gaps: { question: string; count: number }[];
}

const DAYS = 14;

function lastDays(byDay: Record<string, Bucket>) {
  const out = [];
  const today = new Date();
  for (let i = DAYS - 1; i >= 0; i--) {
    const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - i)).toISOString().slice(0, 10);
    out.push({ label: d, value: byDay[d]?.sessions ?? 0, part: byDay[d]?.attention ? Math.min(byDay[d]!.attention, byDay[d]!.sessions) : 0 });
  }
  return out;
}

export function DashboardPage() {
  const { call } = useSession();
  const dashboard = useLoad(() => call<Dashboard>("getDashboard"));
  const agents = useLoad(() => call<{ agents: { agent_id: string; name: string }[] }>("listAgents", { page_size: 200 }));
  // The agents' names come with the dashboard: until they are here a live agent would read as deleted.
  if ((dashboard.loading && !dashboard.data) || (agents.loading && !agents.data)) return <Loading what="the dashboard" />;
  if (dashboard.error) return <Alert>{dashboard.error.message}</Alert>;
  const d = dashboard.data!;
  const names = new Map((agents.data?.agents ?? []).map((a) => [a.agent_id, a.name]));
  const days = lastDays(d.by_day);
  const reported = d.totals.questions_answered + d.totals.questions_unanswered;
  const attentionTotal = Object.values(d.by_day).reduce((n, b) => n + b.attention, 0);
  const perAgent = Object.entries(d.by_agent)
    .map(([id, b]) => ({ label: names.get(id) ?? (agents.data ? "Deleted agent" : "Agent (name not loaded)"), value: b.sessions }))
    .sort((a, b) => b.value - a.value);
  return (
    <>
      <h1>Dashboard</h1>
      <div class="stat-grid">
        <div class="stat">
          <span class="stat-value">{d.totals.patients}</span> patients
        </div>
        <div class="stat">
          <span class="stat-value">{d.totals.sessions}</span> conversations
        </div>
        <div class="stat">
          <span class="stat-value">{d.totals.minutes}</span> minutes
        </div>
        <div class="stat">
          <span class="stat-value">{d.totals.questions_answered}</span> answered questions
        </div>
        <div class="stat">
          <span class="stat-value">{d.totals.questions_unanswered}</span> unanswered questions
        </div>
        <div class="stat">
          <span class="stat-value">{d.totals.open_attention_items}</span> open attention items
        </div>
      </div>
      <div class="charts">
        <section class="card wide" aria-labelledby="chart-days">
          <h2 id="chart-days">Conversations per day</h2>
          <ColumnChart
            title={`Conversations per day, last ${DAYS} days`}
            description={`${days.reduce((n, b) => n + b.value, 0)} conversations in the last ${DAYS} days; red shows how many items needed attention that day.`}
            bars={days}
            valueLabel="Conversations"
            partLabel="Needing attention"
          />
        </section>
        <section class="card" aria-labelledby="chart-share">
          <h2 id="chart-share">Share needing attention</h2>
          <ShareRing
            title="Share of patient items needing attention"
            description={`${attentionTotal} items needed attention out of ${attentionTotal + reported} questions and concerns patients raised.`}
            part={attentionTotal}
            total={attentionTotal + reported}
            partLabel="items"
          />
        </section>
        <section class="card wide" aria-labelledby="chart-gaps">
          <h2 id="chart-gaps">Top knowledge gaps</h2>
          <p class="muted">Questions your material did not answer, most asked first.</p>
          {d.knowledge_gaps.length === 0 ? (
            <Empty>No unanswered questions yet.</Empty>
          ) : (
            <BarList
              title="Top knowledge gaps: unanswered questions by how often they were asked"
              description={d.knowledge_gaps.map((g) => `${g.question} (${g.count})`).join("; ")}
              bars={d.knowledge_gaps.map((g) => ({ label: g.question, value: g.count }))}
              valueLabel="Times asked"
            />
          )}
        </section>
        <section class="card wide" aria-labelledby="chart-agents">
          <h2 id="chart-agents">Conversations per agent</h2>
          {perAgent.length === 0 ? (
            <Empty>No conversations yet.</Empty>
          ) : (
            <BarList title="Conversations per agent" description={perAgent.map((a) => `${a.label}: ${a.value}`).join("; ")} bars={perAgent} valueLabel="Conversations" />
          )}
        </section>
      </div>
    </>
  );
}
