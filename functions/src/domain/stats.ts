// Dashboard statistics as pure data: what one finished conversation adds, and how the shards
// add up to one dashboard. Counters only ever increase by these deltas, so concurrent
// conversation ends commute and the totals stay exact.
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
  unansweredQuestions: string[];
}

/** A nested object of numeric deltas (and question texts) to merge into one stats shard. */
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
  add("totals.attention_open", outcome.attention);
  const texts: Record<string, string> = {};
  for (const question of outcome.unansweredQuestions) {
    const key = gapKey(question);
    add(`gaps.${key}.count`, 1);
    texts[`gaps.${key}.text`] = question.slice(0, 300);
  }
  for (const disease of outcome.diseaseNames) texts[`by_disease.${safeKey(disease)}.name`] = disease;
  return { increments, texts };
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

/** Adds the shards (and the document counts) into the dashboard the doctor sees. */
export function mergeDashboard(countsDoc: Tree | undefined, shards: Tree[], topGaps = 10): Dashboard {
  const sum: Tree = {};
  for (const shard of shards) addInto(sum, shard);
  const totals = (sum.totals ?? {}) as Tree;
  const counts = ((countsDoc?.counts ?? {}) as Tree) ?? {};
  const gaps = Object.values((sum.gaps ?? {}) as Tree)
    .map((g) => ({ question: String((g as Tree).text ?? ""), count: num((g as Tree).count) }))
    .sort((a, b) => b.count - a.count || a.question.localeCompare(b.question))
    .slice(0, topGaps);
  return {
    totals: {
      patients: num(counts.patients),
      sessions: num(totals.sessions),
      minutes: minutes(totals.seconds),
      questions_answered: num(totals.answered),
      questions_unanswered: num(totals.unanswered),
      open_attention_items: Math.max(0, num(totals.attention_open)),
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
    knowledge_gaps: gaps,
  };
}
