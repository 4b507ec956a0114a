// The stand-in has no LLM. Where ElevenLabs' LLM decides something (call a tool, fill in the post-call
// analysis), the stand-in follows small, documented, deterministic rules instead, so tests can predict
// the outcome: a short list of red-flag cues, requests to speak to a person, and questions.
// These lists only imitate the LLM's judgement for tests; they are not the product's clinical rules.

import { fold } from "./retrieval.ts";
import type { TranscriptTurn } from "../state.ts";

export interface RedFlag {
  /** The sentence of the user turn that carries the cue, verbatim. */
  quote: string;
  category: string;
  /** False when the sentence says it is over ("yesterday", "went away", ...). */
  present_now: boolean;
  turn_index: number;
}

/** Red-flag cues (accents folded, lower case), English, Spanish, French, Portuguese and German. */
export const RED_FLAG_CUES: { category: string; cues: string[] }[] = [
  { category: "chest_pain", cues: ["chest pain", "pain in my chest", "chest pressure", "dolor en el pecho", "dolor de pecho", "douleur thoracique", "douleur a la poitrine", "dor no peito", "brustschmerz"] },
  { category: "breathing", cues: ["can't breathe", "cannot breathe", "short of breath", "trouble breathing", "no puedo respirar", "falta de aire", "je n'arrive pas a respirer", "essoufle", "falta de ar", "atemnot", "keine luft"] },
  { category: "bleeding", cues: ["bleeding heavily", "heavy bleeding", "won't stop bleeding", "sangrado abundante", "sangra mucho", "saigne beaucoup", "sangramento forte", "starke blutung"] },
  { category: "fainting", cues: ["fainted", "passed out", "me desmaye", "perdi el conocimiento", "je me suis evanoui", "desmaiei", "ohnmachtig"] },
  { category: "self_harm", cues: ["kill myself", "end my life", "want to die", "hurt myself", "quiero morir", "quitarme la vida", "me tuer", "quero morrer", "mich umbringen"] },
  { category: "neurological", cues: ["face is drooping", "can't move my arm", "slurred speech", "sudden weakness", "no puedo mover el brazo", "visage paralyse", "fraqueza subita", "lahmung"] },
  { category: "fever", cues: ["high fever", "fever of 39", "fever of 40", "fiebre alta", "forte fievre", "febre alta", "hohes fieber"] },
  { category: "medication", cues: ["stopped taking", "ran out of my", "run out of my", "missed my pills", "deje de tomar", "se me acabaron", "j'ai arrete de prendre", "parei de tomar", "aufgehort"] },
];

/** Requests to speak to a person. */
export const CONTACT_CUES = [
  "speak to a doctor", "speak to the doctor", "speak to a nurse", "speak to a person", "speak to someone", "talk to a doctor",
  "talk to a person", "talk to a human", "real person", "call me back", "hablar con el medico", "hablar con la doctora",
  "hablar con una persona", "hablar con alguien", "parler a un medecin", "parler a quelqu'un", "falar com o medico",
  "falar com alguem", "mit einem arzt sprechen", "mit jemandem sprechen",
];

const NEGATIONS = ["no", "not", "don't", "dont", "never", "without", "sin", "nunca", "pas", "jamais", "nao", "kein", "keine", "nicht"];
const OVER = ["yesterday", "last week", "went away", "gone now", "no longer", "not anymore", "ayer", "ya no", "hier", "n'est plus", "ontem", "ja passou", "gestern", "nicht mehr"];

/** Accents folded, lower case, typographic apostrophes made plain: the form the cue lists are written in. */
function normal(text: string): string {
  return fold(text).replace(/[\u2018\u2019`]/g, "'");
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?¿¡])\s+/).map((s) => s.trim()).filter(Boolean);
}

/** True when one of the three words before the cue negates it ("no chest pain", "I don't have chest pain"). */
function negated(foldedSentence: string, at: number): boolean {
  const before = foldedSentence.slice(0, at).split(/[^a-z'ñ]+/).filter(Boolean).slice(-3);
  return before.some((w) => NEGATIONS.includes(w));
}

export function findRedFlags(turns: TranscriptTurn[]): RedFlag[] {
  const out: RedFlag[] = [];
  turns.forEach((turn, turn_index) => {
    if (turn.role !== "user" || !turn.message) return;
    for (const sentence of sentences(turn.message)) {
      const f = normal(sentence);
      for (const { category, cues } of RED_FLAG_CUES) {
        const hit = cues.map((c) => f.indexOf(c)).find((i) => i >= 0);
        if (hit === undefined || negated(f, hit)) continue;
        out.push({ quote: sentence, category, present_now: !OVER.some((o) => f.includes(o)), turn_index });
        break;
      }
    }
  });
  return out;
}

export function findContactRequests(turns: TranscriptTurn[]): { quote: string; turn_index: number }[] {
  const out: { quote: string; turn_index: number }[] = [];
  turns.forEach((turn, turn_index) => {
    if (turn.role !== "user" || !turn.message) return;
    for (const sentence of sentences(turn.message)) if (CONTACT_CUES.some((c) => normal(sentence).includes(c))) out.push({ quote: sentence, turn_index });
  });
  return out;
}

const QUESTION_START = /^(what|when|how|why|where|who|which|can|could|should|may|is|are|do|does|will|que|qué|cuando|cuándo|como|cómo|por que|puedo|debo|quand|comment|pourquoi|est-ce|quando|como|posso|wann|wie|warum|kann|darf)\b/i;

export function findQuestions(turns: TranscriptTurn[]): { quote: string; turn_index: number }[] {
  const out: { quote: string; turn_index: number }[] = [];
  turns.forEach((turn, turn_index) => {
    if (turn.role !== "user" || !turn.message) return;
    for (const sentence of sentences(turn.message)) if (sentence.endsWith("?") || QUESTION_START.test(sentence)) out.push({ quote: sentence, turn_index });
  });
  return out;
}

/** What the agent says after flagging: the emergency advice a real prompt asks for, in the call's language. */
export const FLAGGED_REPLY: Record<string, string> = {
  en: "I have let your care team know right away. If this is an emergency, call your local emergency number now.",
  es: "He avisado a su equipo médico de inmediato. Si es una emergencia, llame ahora al número de emergencias.",
  fr: "J'ai prévenu votre équipe soignante immédiatement. S'il s'agit d'une urgence, appelez maintenant le numéro d'urgence.",
  pt: "Avisei a sua equipa de saúde imediatamente. Se for uma emergência, ligue agora para o número de emergência.",
  de: "Ich habe Ihr Behandlungsteam sofort informiert. Wenn es ein Notfall ist, rufen Sie jetzt den Notruf an.",
};

export function flaggedReply(language: string): string {
  return FLAGGED_REPLY[language.slice(0, 2)] ?? FLAGGED_REPLY.en;
}
