// What an aggregate may keep of a patient's question: the question sentence alone, with names,
// e-mail addresses, phone numbers, dates and other numbers replaced by placeholders. Pure: the
// dashboard's knowledge gaps are built from its output, never from the patient's turn.
import { en } from "./en";
import { es } from "./es";
import type { DeidentifyPack } from "./types";

export type { DeidentifyPack } from "./types";
export const DEIDENTIFY_PACKS: readonly DeidentifyPack[] = [en, es];

/** A shown question is capped: a gap is a topic, not a transcript. */
export const MAX_SHOWN_QUESTION_CHARS = 200;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** One alternation of words, longest first; `caseless` makes them case-insensitive inside a
 * case-sensitive pattern (a name after a title must still be capitalised). */
const alternation = (words: readonly string[], caseless = false) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) =>
      word
        .split(/\s+/)
        .map((part) => [...escape(part)].map((c) => (caseless && c.toLowerCase() !== c.toUpperCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c)).join(""))
        .join("\\s+"),
    )
    .join("|");

/** Lists of every pack at once: scrubbing with more lists only removes more. */
const all = <K extends keyof DeidentifyPack>(key: K) => DEIDENTIFY_PACKS.flatMap((p) => p[key] as readonly string[]);
const OPENERS = new Set(all("questionOpeners").filter((w) => !w.includes(" ")));
const OPENER_PHRASES = all("questionOpeners").filter((w) => w.includes(" "));
const FILLERS = new Set(all("leadingFillers").filter((w) => !w.includes(" ")));
const NOT_NAMES = new Set([...all("notNames"), ...all("months"), ...OPENERS, ...FILLERS]);
const MONTHS = alternation(all("months"));
const NAME_WORD = "\\p{Lu}[\\p{L}'’-]*";
const NAME_RUN = `${NAME_WORD}(?:\\s+${NAME_WORD})*`;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const LINK = /\bhttps?:\/\/\S+|\bwww\.\S+/giu;
const NUMERIC_DATE = /\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b/gu;
const ORDINAL = "(?:st|nd|rd|th|º|ª)?";
const WORD_DATE = new RegExp(
  `\\b(?:the\\s+)?\\d{1,2}${ORDINAL}\\s+(?:of\\s+|de\\s+)?(?:${MONTHS})\\b\\.?(?:,?\\s+(?:de\\s+)?\\d{4})?` +
    `|\\b(?:${MONTHS})\\.?\\s+(?:the\\s+)?\\d{1,2}${ORDINAL}\\b(?:,?\\s+\\d{4})?`,
  "giu",
);
/** Seven or more digits in groups, optionally with a country code: a phone number. */
const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]?\d{2,4}){2,}/gu;
const NUMBER = new RegExp(`\\d+(?:[.,]\\d+)*${ORDINAL}`, "gu");
const TITLED_NAME = new RegExp(`(?<![\\p{L}])(?:${alternation(all("nameTitles"), true)})(?![\\p{L}])\\.?\\s+${NAME_RUN}`, "gu");
const PHRASE_NAME = new RegExp(`(?<![\\p{L}])(${alternation(all("namePhrases"), true)})\\s+(${NAME_RUN})`, "gu");
const TOKEN = new RegExp(`${NAME_WORD}`, "gu");
const ACRONYM = /^\p{Lu}{2,6}s?$/u;

function digitsIn(text: string): number {
  return (text.match(/\d/g) ?? []).length;
}

/** Replaces what identifies a person; leaves the words of the question. */
export function scrubPersonalData(sentence: string): string {
  let text = sentence
    .replace(EMAIL, "[email]")
    .replace(LINK, "[link]")
    .replace(NUMERIC_DATE, "[date]")
    .replace(WORD_DATE, "[date]")
    .replace(PHONE, (match) => (digitsIn(match) >= 7 ? "[phone]" : match))
    .replace(TITLED_NAME, "[name]")
    .replace(PHRASE_NAME, (_match, phrase: string, name: string) => (NOT_NAMES.has(name.toLowerCase()) ? `${phrase} ${name}` : `${phrase} [name]`))
    .replace(NUMBER, "[number]");
  // Any other capitalised word is a name unless the packs know it (days, "I", acronyms such as MRI).
  // A sentence's first word is capitalised anyway: it counts only when a capitalised word follows.
  const tokens = [...text.matchAll(TOKEN)];
  let out = "";
  let last = 0;
  tokens.forEach((token, i) => {
    const word = token[0];
    const offset = token.index;
    let name = !NOT_NAMES.has(word.toLowerCase()) && !ACRONYM.test(word);
    if (name && /^[\s¿¡"'“(]*$/u.test(text.slice(0, offset))) {
      const next = tokens[i + 1];
      const adjacent = next !== undefined && /^\s+$/u.test(text.slice(offset + word.length, next.index));
      name = adjacent && !NOT_NAMES.has(next[0].toLowerCase());
    }
    out += text.slice(last, offset) + (name ? "[name]" : word);
    last = offset + word.length;
  });
  text = out + text.slice(last);
  return text.replace(/\[(name|number|phone|date)\](?:\s+\[\1\])+/gu, "[$1]").replace(/\s+/g, " ").trim();
}

/** Splits at sentence ends, but not after a title ("Dr.", "Sra.") or a single letter. */
function sentences(text: string): string[] {
  const titleDot = new RegExp(`(?:^|\\s)(?:${alternation(all("nameTitles"))}|\\p{L})\\.$`, "iu");
  const out: string[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.?!…]+(?=\s+|$)/gu)) {
    const end = match.index + match[0].length;
    if (match[0] === "." && titleDot.test(text.slice(start, end))) continue;
    out.push(text.slice(start, end).trim());
    start = end;
  }
  if (start < text.length) out.push(text.slice(start).trim());
  return out.filter(Boolean);
}

function firstWord(sentence: string): string {
  return (/^[\s¿¡"'“(]*([\p{L}'’]+)/u.exec(sentence)?.[1] ?? "").toLowerCase();
}

function stripLeadingFillers(sentence: string): string {
  let text = sentence;
  for (;;) {
    const word = firstWord(text);
    if (!word || !FILLERS.has(word) || OPENERS.has(word)) return text;
    const rest = text.replace(/^[\s"'“(]*[\p{L}'’]+[\s,;:!.-]*/u, "");
    if (!rest) return text;
    text = rest;
  }
}

function isQuestion(sentence: string): boolean {
  if (/[?？]\s*$/u.test(sentence) || /^[\s"'“(]*¿/u.test(sentence)) return true;
  const lower = sentence.toLowerCase();
  return OPENERS.has(firstWord(sentence)) || OPENER_PHRASES.some((p) => lower.startsWith(p));
}

/**
 * "Zelda told me to ask, can I swim?": when the sentence opens with a word the packs do not know,
 * the question starts at the first clause that opens like a question.
 */
function fromQuestionClause(sentence: string): string {
  const word = firstWord(sentence);
  if (!word || NOT_NAMES.has(word)) return sentence;
  for (const match of sentence.matchAll(/[,;:]\s+/gu)) {
    const rest = sentence.slice(match.index + match[0].length);
    if (OPENERS.has(firstWord(rest))) return rest;
  }
  return sentence;
}

function capped(text: string): string {
  if (text.length <= MAX_SHOWN_QUESTION_CHARS) return text;
  const cut = text.slice(0, MAX_SHOWN_QUESTION_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 1))}…`;
}

/**
 * The question sentence of one question as the patient asked it, de-identified; null when the
 * text holds no question. Leading fillers ("Also, ...") are dropped; the rest of the sentence is
 * kept so the question keeps its meaning.
 */
export function dashboardQuestion(questionText: string): string | null {
  const normalized = questionText.replace(/\s+/g, " ").trim();
  for (const sentence of sentences(normalized)) {
    const stripped = fromQuestionClause(stripLeadingFillers(sentence));
    if (!isQuestion(stripped)) continue;
    const uppercased = stripped !== sentence && /^\p{Ll}/u.test(stripped) ? stripped[0]!.toUpperCase() + stripped.slice(1) : stripped;
    const shown = capped(scrubPersonalData(uppercased));
    return /\p{L}/u.test(shown.replace(/\[(name|number|phone|date|email|link)\]/gu, "")) ? shown : null;
  }
  return null;
}

/** The summarizer joins several questions of one turn with " … ": each is its own gap. */
export function dashboardQuestions(questionText: string): string[] {
  return questionText
    .split(/\s…\s/u)
    .map(dashboardQuestion)
    .filter((q): q is string => q !== null);
}
