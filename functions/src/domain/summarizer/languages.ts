/**
 * Registry of language packs, and language detection per conversation.
 *
 * To add a language: write lexicon/<code>/ (terms and rules, context, dialogue) exporting a
 * LanguageLexicon, then add it to LEXICONS below. Packs are compiled lazily, once, on first use.
 *
 * Detection reads every message of the call (the agent speaks the patient's language too) and
 * counts the function words of each pack and of common languages no pack reads
 * (lexicon/detection.ts), so Italian is recognised as Italian rather than read as Spanish. The
 * agent's configured language (metadata.main_language) decides when the text is too short to tell.
 */

import { compilePack, type CompiledPack } from "./compile";
import { DE_LEXICON } from "./lexicon/de";
import { NON_LATIN_SCRIPTS, UNSUPPORTED_PROFILES } from "./lexicon/detection";
import { EN_LEXICON } from "./lexicon/en";
import { ES_LEXICON } from "./lexicon/es";
import { FR_LEXICON } from "./lexicon/fr";
import { PT_LEXICON } from "./lexicon/pt";
import type { LanguageLexicon } from "./lexicon/types";
import { fold, tokenize, type Token } from "./text";
import { withElisionsSplit } from "./transcript";

const LEXICONS: readonly LanguageLexicon[] = [EN_LEXICON, ES_LEXICON, FR_LEXICON, PT_LEXICON, DE_LEXICON];

export const DEFAULT_LANGUAGE = "en";
/** The code reported when a conversation's language cannot be named (e.g. an unknown script). */
export const UNDETERMINED_LANGUAGE = "und";

const compiled = new Map<string, CompiledPack>();

export function supportedLanguages(): string[] {
  return LEXICONS.map((l) => l.code);
}

export function isSupported(code: string): boolean {
  return LEXICONS.some((l) => l.code === code);
}

export function getPack(code: string): CompiledPack {
  const cached = compiled.get(code);
  if (cached) return cached;
  const lexicon = LEXICONS.find((l) => l.code === code) ?? LEXICONS.find((l) => l.code === DEFAULT_LANGUAGE);
  if (!lexicon) throw new Error("no default language pack registered");
  const pack = compilePack(lexicon);
  compiled.set(code, pack);
  compiled.set(lexicon.code, pack);
  return pack;
}

/** "es-MX" -> "es"; empty or not a language code -> null. Unsupported codes are kept ("it"). */
export function languageCodeOf(raw: unknown): string | null {
  if (typeof raw !== "string") return null;
  const code = raw.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  return /^[a-z]{2,3}$/.test(code) ? code : null;
}

/** "es-MX" -> "es"; unknown or unsupported -> null. */
export function normalizeLanguageCode(raw: unknown): string | null {
  const code = languageCodeOf(raw);
  return code && isSupported(code) ? code : null;
}

interface Profile {
  readonly code: string;
  readonly supported: boolean;
  readonly words: ReadonlySet<string>;
  readonly characters: readonly string[];
}

const PROFILES: readonly Profile[] = [
  ...LEXICONS.map((l) => ({ code: l.code, supported: true, words: new Set(l.detectionWords.map((w) => fold(w))), characters: l.detectionCharacters ?? [] })),
  ...UNSUPPORTED_PROFILES.map((p) => ({ code: p.code, supported: false, words: new Set(p.words), characters: [] as string[] })),
];

/** The codes in PROFILES order, once each: the slots scores counts in. */
const CODES: readonly string[] = [...new Set(PROFILES.map((p) => p.code))];

/**
 * Each function word with the slots (in CODES) of the profiles it counts for: one lookup per
 * word, not one per profile, and a count in an array, not a Map update per hit.
 */
const SLOTS_BY_WORD: ReadonlyMap<string, readonly number[]> = (() => {
  const byWord = new Map<string, number[]>();
  for (const profile of PROFILES) {
    for (const word of profile.words) byWord.set(word, [...(byWord.get(word) ?? []), CODES.indexOf(profile.code)]);
  }
  return byWord;
})();

/** Each profile's detection characters with its slot: only Spanish has any ("¿", "¡"). */
const CHARACTER_SLOTS: ReadonlyArray<{ readonly character: string; readonly slot: number }> =
  PROFILES.flatMap((p) => p.characters.map((character) => ({ character, slot: CODES.indexOf(p.code) })));

/** Enough words examined to decide; keeps detection cheap on an hour-long call. */
const MAX_WORDS_EXAMINED = 1500;
/** Fewer function-word hits than this is too little text to overrule the configured language. */
const MIN_HITS_TO_DECIDE = 8;
/** The best language must beat the runner-up by this factor to overrule the configured one. */
const CLEAR_MARGIN = 1.5;
/** Share of letters in a non-Latin script that makes a conversation unreadable. */
const NON_LATIN_SHARE = 0.3;

export interface LanguageDecision {
  /** The pack to read with (supported) or the language seen (unsupported; "und" if unknown). */
  readonly language: string;
  readonly supported: boolean;
}

/** Enough characters examined to tell the script. */
const MAX_CHARACTERS_EXAMINED = 20_000;

/** A character at or past the lowest of NON_LATIN_SCRIPTS: a message without one names no such script. */
const MAYBE_NON_LATIN = new RegExp(`[\\u${Math.min(...NON_LATIN_SCRIPTS.map((s) => s.from)).toString(16).padStart(4, "0")}-\\uffff]`);

/** The messages scriptOf reads: those before MAX_CHARACTERS_EXAMINED characters are passed. */
function examinedMessages(messages: readonly string[]): readonly string[] {
  let examined = 0;
  let count = 0;
  while (count < messages.length && examined <= MAX_CHARACTERS_EXAMINED) examined += (messages[count++] ?? "").length;
  return count === messages.length ? messages : messages.slice(0, count);
}

function scriptOf(messages: readonly string[]): string | null {
  const examinedOnes = examinedMessages(messages);
  // most calls have no character of any non-Latin script: one native scan a message tells, where
  // the loop below reads every character in JavaScript
  if (!examinedOnes.some((message) => MAYBE_NON_LATIN.test(message))) return null;
  let latin = 0;
  const counts = new Map<string, number>();
  for (const message of examinedOnes) {
    for (let i = 0; i < message.length; i++) {
      const code = message.charCodeAt(i);
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f)) {
        latin++;
        continue;
      }
      // digits, spaces and punctuation belong to no script
      if (code < 0x80) continue;
      const script = NON_LATIN_SCRIPTS.find((s) => code >= s.from && code <= s.to);
      if (script) counts.set(script.code, (counts.get(script.code) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [code, count] of counts) if (count > bestCount) [best, bestCount] = [code, count];
  return best && bestCount >= NON_LATIN_SHARE * (bestCount + latin) ? best : null;
}

/** Function-word hits per language, over all messages (`tokensOf`: their words, when already tokenized). */
function scores(messages: readonly string[], tokensOf?: (index: number) => readonly Token[]): Map<string, number> {
  const counts = new Int32Array(CODES.length);
  const count = (slot: number): void => {
    counts[slot] = (counts[slot] as number) + 1;
  };
  let examined = 0;
  for (let index = 0; index < messages.length; index++) {
    const message = messages[index] ?? "";
    for (const { character, slot } of CHARACTER_SLOTS) if (message.includes(character)) count(slot);
    const tokens = tokensOf ? tokensOf(index) : tokenize(withElisionsSplit(fold(message)));
    for (let t = 0; t < tokens.length; t++) {
      examined++;
      const slots = SLOTS_BY_WORD.get((tokens[t] as Token).text);
      if (slots !== undefined) for (let k = 0; k < slots.length; k++) count(slots[k] as number);
    }
    if (examined > MAX_WORDS_EXAMINED) break;
  }
  // in CODES order, as decideLanguage's stable sort breaks ties by it
  return new Map(CODES.map((code, slot) => [code, counts[slot] as number]));
}

/**
 * The language of a conversation, from its messages (patient and agent) and the language the
 * agent was configured with. A conversation in a language without a pack is unsupported.
 */
export function decideLanguage(messages: readonly string[], configured: unknown, tokensOf?: (index: number) => readonly Token[]): LanguageDecision {
  const configuredCode = languageCodeOf(configured);
  const script = scriptOf(messages);
  if (script) return { language: script, supported: false };
  const ranked = [...scores(messages, tokensOf)].sort((a, b) => b[1] - a[1]);
  const [bestCode, bestHits] = ranked[0] ?? [DEFAULT_LANGUAGE, 0];
  const runnerUp = ranked[1]?.[1] ?? 0;
  const clear = bestHits >= MIN_HITS_TO_DECIDE && bestHits >= runnerUp * CLEAR_MARGIN;
  const best = PROFILES.find((p) => p.code === bestCode);
  if (configuredCode) {
    const configuredProfile = PROFILES.find((p) => p.code === configuredCode);
    // the text clearly says otherwise: trust the text (an agent set to the wrong language)
    if (clear && best && best.code !== configuredCode) return { language: best.code, supported: best.supported };
    if (configuredProfile) return { language: configuredCode, supported: configuredProfile.supported };
    // a code no profile knows (e.g. "hu"): unsupported unless the text is clearly a pack's
    if (clear && best?.supported) return { language: best.code, supported: true };
    return { language: configuredCode, supported: false };
  }
  if (bestHits === 0 || !best) return { language: DEFAULT_LANGUAGE, supported: true };
  return { language: best.code, supported: best.supported };
}

/** The supported pack whose function words are most frequent in the messages (tests, tools). */
export function detectLanguage(messages: readonly string[]): string {
  const decision = decideLanguage(messages, null);
  return decision.supported ? decision.language : DEFAULT_LANGUAGE;
}
