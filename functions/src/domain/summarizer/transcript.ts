/**
 * Normalises an ElevenLabs transcript into patient turns, each with the agent reply that
 * followed it. Tolerates null entries, null messages, unknown roles and missing times.
 */

import type { ConversationInput, RagRetrievalInfo } from "./types";
import { fold, isAscii, lowerKeepAccents, splitSentences, tokenize, type Span, type Token } from "./text";

export interface AnalyzedText {
  readonly text: string;
  /** Lower case, accents removed, same length as `text`. */
  readonly folded: string;
  /** Lower case with accents, same length as `text`. */
  readonly accented: string;
  /**
   * Text for vocabulary matching. Patient turns: `folded` with in-sentence punctuation as
   * spaces. Agent turns: `folded` with abbreviation dots ("Dr.") as spaces, commas kept.
   */
  readonly matchable: string;
  readonly sentences: readonly Span[];
  /** Word tokens; the same for `folded`, `accented` offsets and `matchable`. */
  readonly tokens: readonly Token[];
}

/**
 * One transcript entry. Its text is analysed on first use only: most agent turns are read only
 * when they answer a question, and an hour-long call has hundreds of them.
 */
export class Turn implements AnalyzedText {
  private analyzed: AnalyzedText | null = null;

  constructor(
    readonly text: string,
    readonly index: number,
    readonly role: "user" | "agent" | "other",
    readonly time: number,
    readonly rag: RagRetrievalInfo | null,
  ) {}

  private get view(): AnalyzedText {
    this.analyzed ??= analyzeText(this.text, this.role === "user" ? "patient" : "agent");
    return this.analyzed;
  }

  get folded(): string {
    return this.view.folded;
  }

  get accented(): string {
    return this.view.accented;
  }

  get matchable(): string {
    return this.view.matchable;
  }

  get sentences(): readonly Span[] {
    return this.view.sentences;
  }

  get tokens(): readonly Token[] {
    return this.view.tokens;
  }
}

export interface PatientTurn {
  readonly turn: Turn;
  /** Agent turns after this patient turn (and after any patient turns that directly follow it). */
  readonly reply: readonly Turn[];
  /** The agent turn right before this patient turn, if any. */
  readonly previousAgent: Turn | null;
}

const USER_ROLES = new Set(["user", "patient", "human", "caller"]);
const AGENT_ROLES = new Set(["agent", "assistant", "ai", "bot"]);

/** Abbreviations whose dot does not break a phrase ("Dr. Lee"). */
const DOTTED_ABBREVIATIONS = new Set(["dr", "dra", "mr", "mrs", "ms", "st", "sr", "sra", "vs"]);

/** A character of the regex class \w (ASCII letters, digits, "_"). */
function isAsciiWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || code === 95;
}

/**
 * Punctuation that does not end a sentence reads as a space for vocabulary matching, and so does an
 * apostrophe that ends a word: a dropped "g" ("usin' it", "takin' them") is the word without it.
 */
export function toMatchable(folded: string): string {
  const spaced = withoutAbbreviationDots(folded).replace(/[,;:"()[\]{}\-\u00bf\u00a1*_/\\]/g, " ");
  return spaced.includes("'") ? spaced.replace(/(?<=[a-z])'(?![a-z0-9])/g, " ") : spaced;
}

/** Abbreviation dots ("Dr. Lee") as spaces, so they do not break phrases. */
export function withoutAbbreviationDots(folded: string): string {
  // what /\b(?:dr|dra|mr|mrs|ms|st|sr|sra|vs)\./g replaced, read from each dot back: the whole word
  // before it (a run of \w, as \b bounds it) is one of the abbreviations
  let out = "";
  let from = 0;
  for (let dot = folded.indexOf("."); dot >= 0; dot = folded.indexOf(".", dot + 1)) {
    let start = dot;
    while (start > 0 && isAsciiWordCode(folded.charCodeAt(start - 1))) start--;
    if (dot - start < 2 || dot - start > 3 || !DOTTED_ABBREVIATIONS.has(folded.slice(start, dot))) continue;
    out += `${folded.slice(from, dot)} `;
    from = dot + 1;
  }
  return from === 0 ? folded : out + folded.slice(from);
}


/**
 * French (and Italian, Catalan...) elision: "l'infirmière", "j'ai", "qu'il" (and "aujourd'hui") read
 * as two words, so rules can find "infirmière" and "ai". English contractions ("I'm", "can't") keep their
 * apostrophe: only a single consonant or "qu" before it is elided.
 */
const ELISION = /(?<![a-z0-9'])(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|aujourd)'(?=[a-z])/g;

export function withElisionsSplit(folded: string): string {
  return mayElide(folded) ? folded.replace(ELISION, (whole: string) => `${whole.slice(0, -1)} `) : folded;
}

function isWordOrApostrophe(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 39;
}

/**
 * Whether an apostrophe follows a lone consonant or a "qu", before a letter: what every elision
 * has, and English contractions ("don't", "it's") have not. Most English turns are then spared
 * the regex, which tries its look-behind at every character.
 */
function mayElide(folded: string): boolean {
  for (let i = folded.indexOf("'", 1); i >= 0; i = folded.indexOf("'", i + 1)) {
    const next = folded.charCodeAt(i + 1);
    if (next < 97 || next > 122) continue;
    const before = folded.charAt(i - 1);
    if (before === "u" && folded.charAt(i - 2) === "q") return true;
    if ("cdjlmnst".includes(before) && !isWordOrApostrophe(folded.charCodeAt(i - 2))) return true;
    // "aujourd'hui" reads as "aujourd hui", as the French pack writes it
    if (before === "d" && folded.startsWith("aujourd", i - 7) && !isWordOrApostrophe(folded.charCodeAt(i - 8))) return true;
  }
  return false;
}

export function analyzeText(text: string, role: "patient" | "agent" = "patient"): AnalyzedText {
  const folded = withElisionsSplit(fold(text));
  const patient = role === "patient";
  return {
    text,
    folded,
    // accents only matter for patient questions (Spanish "cuándo"); plain ASCII has none
    accented: patient && !isAscii(text) ? lowerKeepAccents(text) : folded,
    matchable: patient ? toMatchable(folded) : withoutAbbreviationDots(folded),
    sentences: splitSentences(folded),
    tokens: tokenize(folded),
  };
}

function roleOf(raw: unknown): Turn["role"] {
  const role = typeof raw === "string" ? raw.toLowerCase() : "";
  if (USER_ROLES.has(role)) return "user";
  if (AGENT_ROLES.has(role)) return "agent";
  return "other";
}

export function readTurns(conversation: ConversationInput): Turn[] {
  const entries = Array.isArray(conversation.transcript) ? conversation.transcript : [];
  const turns: Turn[] = [];
  let lastTime = 0;
  entries.forEach((entry, index) => {
    if (!entry || typeof entry !== "object") return;
    const message = typeof entry.message === "string" ? entry.message : "";
    const time = typeof entry.time_in_call_secs === "number" && Number.isFinite(entry.time_in_call_secs)
      ? entry.time_in_call_secs
      : lastTime;
    lastTime = time;
    const rag = entry.rag_retrieval_info && typeof entry.rag_retrieval_info === "object" ? entry.rag_retrieval_info : null;
    turns.push(new Turn(message, index, roleOf(entry.role), time, rag));
  });
  return turns;
}

function isPatientSpeech(turn: Turn | undefined): boolean {
  return !!turn && turn.role === "user" && turn.text.trim().length > 0;
}

/**
 * The agent turns that answer the patient turn at `index`: the agent block after it and after
 * any patient turns right behind it, because a patient who speaks twice in a row is answered once.
 */
function replyTo(turns: readonly Turn[], index: number): Turn[] {
  let j = index + 1;
  while (j < turns.length && turns[j]?.role !== "agent") j++;
  const reply: Turn[] = [];
  for (; j < turns.length && !isPatientSpeech(turns[j]); j++) {
    const turn = turns[j];
    if (turn && turn.role === "agent" && turn.text.trim()) reply.push(turn);
  }
  return reply;
}

/** Patient turns with text, paired with the agent reply that answers them. */
export function patientTurns(turns: readonly Turn[]): PatientTurn[] {
  const result: PatientTurn[] = [];
  let previousAgent: Turn | null = null;
  turns.forEach((turn, i) => {
    if (turn.role === "agent" && turn.text.trim()) previousAgent = turn;
    if (isPatientSpeech(turn)) result.push({ turn, reply: replyTo(turns, i), previousAgent });
  });
  return result;
}
