/**
 * Registry of language packs, and language detection.
 *
 * To add a language: write lexicon/<code>.ts exporting a LanguageLexicon (copy en.ts and
 * translate the vocabularies, do not translate the code), then add it to LEXICONS below.
 * Packs are compiled lazily, once, on first use.
 */

import { compilePack, type CompiledPack } from "./compile";
import { EN_LEXICON } from "./lexicon/en";
import { ES_LEXICON } from "./lexicon/es";
import type { LanguageLexicon } from "./lexicon/types";
import { fold, tokenize } from "./text";

const LEXICONS: readonly LanguageLexicon[] = [EN_LEXICON, ES_LEXICON];

export const DEFAULT_LANGUAGE = "en";

const compiled = new Map<string, CompiledPack>();

export function supportedLanguages(): string[] {
  return LEXICONS.map((l) => l.code);
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

/** "es-MX" -> "es"; unknown or empty -> null. */
export function normalizeLanguageCode(raw: unknown): string | null {
  if (typeof raw !== "string") return null;
  const code = raw.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  return LEXICONS.some((l) => l.code === code) ? code : null;
}

const detectionSets = new Map<string, ReadonlySet<string>>(LEXICONS.map((l) => [l.code, new Set(l.detectionWords)]));

/** Picks the pack whose function words are most frequent in the given messages. */
export function detectLanguage(messages: readonly string[]): string {
  const scores = new Map<string, number>();
  let examined = 0;
  for (const message of messages) {
    const folded = fold(message);
    for (const lexicon of LEXICONS) {
      if (lexicon.detectionCharacters?.some((c) => message.includes(c))) scores.set(lexicon.code, (scores.get(lexicon.code) ?? 0) + 1);
    }
    for (const token of tokenize(folded)) {
      examined++;
      for (const [code, set] of detectionSets) {
        if (set.has(token.text)) scores.set(code, (scores.get(code) ?? 0) + 1);
      }
    }
    if (examined > 2000) break; // plenty of evidence; keep detection cheap on long calls
  }
  // Ties (and silence) go to the default language.
  let best = DEFAULT_LANGUAGE;
  let bestScore = scores.get(DEFAULT_LANGUAGE) ?? 0;
  for (const [code, score] of scores) {
    if (score > bestScore) {
      best = code;
      bestScore = score;
    }
  }
  return best;
}
