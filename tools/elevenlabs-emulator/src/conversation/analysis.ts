// The post-call analysis ElevenLabs' LLM writes (summary, data collection, evaluation criteria), computed
// by the stand-in's fixed rules (fake-llm.ts) for the agent's own platform_settings.data_collection and
// evaluation criteria. Each item is matched to a concept by its id, name and description:
//   unanswered questions > red flags > requests for a person > questions; anything else stays null/unknown.

import type { Agent, Conversation, Json, TranscriptTurn } from "../state.ts";
import { DEFLECTION_EN, DEFLECTION_ES } from "./retrieval.ts";
import { findContactRequests, findQuestions, findRedFlags } from "./fake-llm.ts";

type Concept = "unanswered" | "red_flag" | "contact" | "question" | null;

const CONCEPTS: [Exclude<Concept, null>, RegExp][] = [
  ["unanswered", /unanswered|could ?n[o']t answer|not answered|no answer|without an answer|sin respuesta/i],
  ["red_flag", /red[ _-]?flag|symptom|warning sign|urgent|emergenc|alarm|attention|danger|self[- ]harm/i],
  ["contact", /human|speak (to|with)|talk (to|with)|call(ed)? back|contact|a person|nurse|callback/i],
  ["question", /question|asked|pregunta/i],
];

export function conceptOf(text: string): Concept {
  for (const [concept, re] of CONCEPTS) if (re.test(text)) return concept;
  return null;
}

interface Finding {
  quote: string;
  turn_index: number;
  category?: string;
  present_now?: boolean;
}

function unanswered(turns: TranscriptTurn[]): Finding[] {
  return findQuestions(turns).filter((q) => {
    const reply = turns.slice(q.turn_index + 1).find((t) => t.role === "agent" && t.message);
    return reply && (reply.message === DEFLECTION_EN || reply.message === DEFLECTION_ES);
  });
}

function findingsFor(concept: Concept, turns: TranscriptTurn[]): Finding[] {
  if (concept === "unanswered") return unanswered(turns);
  if (concept === "red_flag") return findRedFlags(turns);
  if (concept === "contact") return findContactRequests(turns);
  if (concept === "question") return findQuestions(turns);
  return [];
}

/** A string item asking for JSON, quotes or a list gets a JSON list of {quote, category, present_now, turn_index}. */
const WANTS_JSON = /json|quote|list of|array/i;

function rationale(concept: Concept, found: Finding[]): string {
  if (concept === null) return "The local stand-in has no rule for this item (it has no LLM), so no value was extracted.";
  if (!found.length) return `No ${concept.replace("_", " ")} found in the user's turns (stand-in rules).`;
  return `Found in user turn(s) ${[...new Set(found.map((f) => f.turn_index))].join(", ")} (stand-in rules for ${concept.replace("_", " ")}).`;
}

function dataCollectionValue(type: string, text: string, found: Finding[], concept: Concept): unknown {
  if (concept === null) return null;
  if (type === "boolean") return found.length > 0;
  if (type === "integer" || type === "number") return found.length;
  if (WANTS_JSON.test(text)) {
    return JSON.stringify(found.map((f) => ({ quote: f.quote, category: f.category ?? concept, present_now: f.present_now ?? true, turn_index: f.turn_index })));
  }
  return found.length ? found.map((f) => f.quote).join("\n") : null;
}

export function computeAnalysis(agent: Agent | undefined, c: Conversation): Json {
  const turns = c.transcript;
  const userTurns = turns.filter((t) => t.role === "user").length;
  const flags = findRedFlags(turns);
  const contact = findContactRequests(turns);
  const missed = unanswered(turns);
  const ps = (agent?.platform_settings ?? {}) as Json;

  const data_collection_results: Json = {};
  for (const [id, raw] of Object.entries((ps.data_collection ?? {}) as Json)) {
    const item = (raw ?? {}) as Json;
    const type = String(item.type ?? "string");
    const description = typeof item.description === "string" ? item.description : "";
    const text = `${id} ${typeof item.name === "string" ? item.name : ""} ${description}`;
    const json_schema = { type, description };
    // Items whose value does not come from the LLM: a constant, or one of the conversation's dynamic variables.
    if (item.constant_value !== undefined && item.constant_value !== null) {
      data_collection_results[id] = { data_collection_id: id, value: item.constant_value, json_schema, rationale: "Constant value." };
      continue;
    }
    if (typeof item.dynamic_variable === "string" && item.dynamic_variable) {
      const vars = ((c.initiation_client_data?.dynamic_variables ?? {}) as Json);
      data_collection_results[id] = { data_collection_id: id, value: vars[item.dynamic_variable] ?? null, json_schema, rationale: `Dynamic variable ${item.dynamic_variable}.` };
      continue;
    }
    const concept = conceptOf(text);
    const found = findingsFor(concept, turns);
    data_collection_results[id] = {
      data_collection_id: id,
      value: dataCollectionValue(type, text, found, concept),
      json_schema,
      rationale: rationale(concept, found),
    };
  }

  const evaluation_criteria_results: Json = {};
  const criteria = (((ps.evaluation ?? {}) as Json).criteria ?? []) as Json[];
  for (const criterion of Array.isArray(criteria) ? criteria : []) {
    const id = String(criterion.id ?? "");
    if (!id) continue;
    const concept = conceptOf(`${id} ${String(criterion.name ?? "")} ${String(criterion.conversation_goal_prompt ?? "")}`);
    const found = findingsFor(concept, turns);
    evaluation_criteria_results[id] = {
      criteria_id: id,
      result: concept === null ? "unknown" : found.length ? "success" : "failure",
      rationale: rationale(concept, found),
    };
  }

  const agentAnswers = turns.filter((t) => t.role === "agent" && t.message && t.message !== DEFLECTION_EN && t.message !== DEFLECTION_ES).length;
  const summary = [
    `The user sent ${userTurns} message${userTurns === 1 ? "" : "s"}; the agent spoke ${agentAnswers} time${agentAnswers === 1 ? "" : "s"} and could not answer ${missed.length} question${missed.length === 1 ? "" : "s"}.`,
    flags.length ? `Possible red flags: ${[...new Set(flags.map((f) => f.category))].join(", ")}.` : "No red flags were found.",
    contact.length ? "The user asked to speak to a person." : "",
  ].filter(Boolean).join(" ");

  return {
    call_successful: userTurns > 0 ? "success" : "unknown",
    transcript_summary: summary,
    call_summary_title: userTurns > 0 ? `Conversation with ${userTurns} user message${userTurns === 1 ? "" : "s"}` : "No user messages",
    evaluation_criteria_results,
    data_collection_results,
  };
}
