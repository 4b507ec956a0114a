// Dashboard statistics as pure data: what one finished conversation adds (and, for erasure,
// takes away again), and how the shards, the knowledge gaps and the open alerts add up to one
// dashboard. Counters only change by these deltas, so concurrent conversation ends commute and
// the totals stay exact. No patient text enters a shard: knowledge gaps are separate documents
// holding a de-identified question (domain/deidentify) and a count.
import { createHash } from "node:crypto";

export interface ConversationOutcome {
  agentId: string;
  diseaseNames: string[];
  /** UTC day, YYYY-MM-DD. */
  day: string;
  durationSeconds: number;
  answered: number;
  unanswered: number;
  attention: number;
}

/** A nested object of numeric deltas (and disease display names) to merge into one stats shard. */
export interface ShardDelta {
  increments: Record<string, number>;
  texts: Record<string, string>;
}

/** Map keys for ids and names: a hash, so any script (and any length) gets its own bucket. */
const safeKey = (value: string) => (/^[A-Za-z0-9_-]{1,100}$/.test(value) ? value : `h${createHash("sha256").update(value).digest("hex").slice(0, 16)}`);

/** Questions that differ only in case, punctuation or spacing count as one knowledge gap. */
export function gapKey(question: string): string {
  const normalized = question.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, "").replace(/\s+/g, " ").trim();
  return createHash("sha256").update(normalized).digest("hex").slice(0, 16);
}

export function outcomeDelta(outcome: ConversationOutcome): ShardDelta {
  const increments: Record<string, number> = {};
  const add = (path: string, value: number) => {
    if (value) increments[path] = (increments[path] ?? 0) + value;
  };
  const counters = (prefix: string) => {
    add(`${prefix}.sessions`, 1);
    add(`${prefix}.seconds`, outcome.durationSeconds);
    add(`${prefix}.answered`, outcome.answered);
    add(`${prefix}.unanswered`, outcome.unanswered);
    add(`${prefix}.attention`, outcome.attention);
  };
  counters("totals");
  counters(`by_agent.${safeKey(outcome.agentId)}`);
  for (const disease of outcome.diseaseNames) counters(`by_disease.${safeKey(disease)}`);
  counters(`by_day.${outcome.day}`);
  const texts: Record<string, string> = {};
  for (const disease of outcome.diseaseNames) texts[`by_disease.${safeKey(disease)}.name`] = disease;
  return { increments, texts };
}

/** What erasing a conversation takes away: the same counters, negated; names stay. */
export function negatedDelta(delta: ShardDelta): ShardDelta {
  return { increments: Object.fromEntries(Object.entries(delta.increments).map(([path, value]) => [path, -value])), texts: {} };
}

export interface GapContribution {
  key: string;
  question: string;
  count: number;
}

/** One entry per distinct gap of a conversation (a question asked twice counts twice). */
export function gapContributions(questions: readonly string[]): GapContribution[] {
  const byKey = new Map<string, GapContribution>();
  for (const question of questions) {
    const key = gapKey(question);
    const entry = byKey.get(key);
    if (entry) entry.count++;
    else byKey.set(key, { key, question, count: 1 });
  }
  return [...byKey.values()];
}

type Tree = { [key: string]: number | string | Tree };

function addInto(target: Tree, source: Tree) {
  for (const [key, value] of Object.entries(source)) {
    if (typeof value === "number") target[key] = ((target[key] as number | undefined) ?? 0) + value;
    else if (typeof value === "string") target[key] = value;
    else addInto((target[key] ??= {}) as Tree, value);
  }
}

export interface Dashboard {
  totals: {
    patients: number;
    sessions: number;
    minutes: number;
    questions_answered: number;
    questions_unanswered: number;
    open_attention_items: number;
    open_alerts: number;
  };
  counts: { knowledge_documents: number; agents: number; audio: number; patients: number };
  by_agent: Record<string, { sessions: number; minutes: number; answered: number; unanswered: number; attention: number }>;
  by_disease: Record<string, { sessions: number; minutes: number; answered: number; unanswered: number; attention: number }>;
  by_day: Record<string, { sessions: number; minutes: number; answered: number; unanswered: number; attention: number }>;
  knowledge_gaps: { question: string; count: number }[];
}

const minutes = (seconds: unknown) => Math.round(((typeof seconds === "number" ? seconds : 0) / 60) * 10) / 10;
const num = (value: unknown) => (typeof value === "number" ? value : 0);

function bucketView(tree: Tree | undefined, nameKey = false) {
  const out: Dashboard["by_agent"] = {};
  for (const [key, raw] of Object.entries(tree ?? {})) {
    const b = raw as Tree;
    const label = nameKey && typeof b.name === "string" ? b.name : key;
    out[label] = { sessions: num(b.sessions), minutes: minutes(b.seconds), answered: num(b.answered), unanswered: num(b.unanswered), attention: num(b.attention) };
  }
  return out;
}

export interface OpenAlerts {
  alerts: number;
  attentionItems: number;
}

/**
 * Adds the shards (and the document counts) into the dashboard the doctor sees. Open alerts come
 * from the alerts themselves, so acknowledging or erasing never has to correct a counter.
 */
export function mergeDashboard(
  countsDoc: Tree | undefined,
  shards: Tree[],
  gaps: readonly { question: string; count: number }[] = [],
  openAlerts: OpenAlerts = { alerts: 0, attentionItems: 0 },
  topGaps = 10,
): Dashboard {
  const sum: Tree = {};
  for (const shard of shards) addInto(sum, shard);
  const totals = (sum.totals ?? {}) as Tree;
  const counts = ((countsDoc?.counts ?? {}) as Tree) ?? {};
  const knowledgeGaps = gaps
    .filter((g) => g.count > 0 && g.question)
    .map((g) => ({ question: g.question, count: g.count }))
    .sort((a, b) => b.count - a.count || a.question.localeCompare(b.question))
    .slice(0, topGaps);
  return {
    totals: {
      patients: num(counts.patients),
      sessions: num(totals.sessions),
      minutes: minutes(totals.seconds),
      questions_answered: num(totals.answered),
      questions_unanswered: num(totals.unanswered),
      open_attention_items: Math.max(0, openAlerts.attentionItems),
      open_alerts: Math.max(0, openAlerts.alerts),
    },
    counts: {
      knowledge_documents: num(counts.knowledge_documents),
      agents: num(counts.agents),
      audio: num(counts.audio),
      patients: num(counts.patients),
    },
    by_agent: bucketView(sum.by_agent as Tree | undefined),
    by_disease: bucketView(sum.by_disease as Tree | undefined, true),
    by_day: bucketView(sum.by_day as Tree | undefined),
    knowledge_gaps: knowledgeGaps,
  };
}
