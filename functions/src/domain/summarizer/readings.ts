/**
 * Vital-sign and glucose readings the patient says out loud ("it was 2.4", "thirty-eight point
 * six", "190 over 115"), checked against the thresholds in lexicon/thresholds.ts.
 */

import type { CompiledPack } from "./compile";
import { BLOOD_PRESSURE, GLUCOSE, OXYGEN, PULSE, READING_RULES, TEMPERATURE, type ReadingThreshold } from "./lexicon/thresholds";
import { findNumbers, type NumberMention } from "./numbers";
import type { AnalyzedText } from "./transcript";
import type { Span } from "./text";

export interface ReadingFinding {
  readonly rule: ReadingThreshold;
  /** From the measurement word to the end of the number. */
  readonly span: Span;
}

/** How far before a number (in characters) the measurement word may be. */
const CONTEXT_WINDOW = 90;
/** How far after it ("2.9 on my meter", "39 grados"). */
const CONTEXT_AFTER = 40;

type Vocabulary = CompiledPack["measurements"];

function sentenceStartOf(text: AnalyzedText, index: number): number {
  for (const s of text.sentences) if (index >= s.start && index <= s.end) return s.start;
  return 0;
}

/** Start of the closest measurement word before `at` within the sentence, or -1. `regex` is global. */
function contextStart(regex: RegExp, folded: string, from: number, at: number): number {
  const window = folded.slice(Math.max(from, at - CONTEXT_WINDOW), at);
  const offset = Math.max(from, at - CONTEXT_WINDOW);
  let found = -1;
  let match: RegExpExecArray | null;
  regex.lastIndex = 0;
  while ((match = regex.exec(window)) !== null) found = offset + match.index;
  return found;
}

/** A measurement word shortly after the number, in the same sentence, or -1. */
function contextAfter(regex: RegExp, text: AnalyzedText, number: NumberMention): number {
  const sentence = text.sentences.find((s) => number.end <= s.end);
  const end = Math.min(sentence ? sentence.end : text.matchable.length, number.end + CONTEXT_AFTER);
  regex.lastIndex = 0;
  const match = regex.exec(text.matchable.slice(number.end, end));
  return match ? number.end + match.index : -1;
}

function isReading(text: AnalyzedText, number: NumberMention, vocab: Vocabulary): boolean {
  const before = text.matchable.slice(Math.max(0, number.start - 30), number.start);
  return vocab.readingLinkBefore.test(before);
}

function isTarget(text: AnalyzedText, number: NumberMention, contextAt: number, vocab: Vocabulary): boolean {
  return vocab.targetCue.test(text.matchable.slice(contextAt, number.start));
}

function glucoseRule(value: number): ReadingThreshold | null {
  if (value <= GLUCOSE.mmolUpperBound) {
    if (value <= 0.5) return null;
    if (value < GLUCOSE.severeLowMmol) return READING_RULES.glucoseSevereLow;
    if (value < GLUCOSE.lowMmol) return READING_RULES.glucoseLow;
    return value >= GLUCOSE.highMmol ? READING_RULES.glucoseHigh : null;
  }
  if (value < 40) return null; // between units: not a believable reading either way
  if (value < GLUCOSE.severeLowMgdl) return READING_RULES.glucoseSevereLow;
  if (value < GLUCOSE.lowMgdl) return READING_RULES.glucoseLow;
  return value >= GLUCOSE.highMgdl && value < 1000 ? READING_RULES.glucoseHigh : null;
}

function temperatureRule(value: number): ReadingThreshold | null {
  if (value >= 34 && value <= 43) return value >= TEMPERATURE.feverCelsius ? READING_RULES.fever : null;
  if (value >= 93 && value <= 110) return value >= TEMPERATURE.feverFahrenheit ? READING_RULES.fever : null;
  return null;
}

function bloodPressureRule(systolic: number, diastolic: number | null): ReadingThreshold | null {
  const sys = systolic <= BLOOD_PRESSURE.cmHgUpperBound ? systolic * 10 : systolic;
  const dia = diastolic === null ? null : diastolic <= BLOOD_PRESSURE.cmHgUpperBound ? diastolic * 10 : diastolic;
  if (sys < 50 || sys > 300) return null;
  if (sys >= BLOOD_PRESSURE.urgentSystolic || (dia !== null && dia >= BLOOD_PRESSURE.urgentDiastolic)) return READING_RULES.bpHigh;
  return sys < BLOOD_PRESSURE.lowSystolic ? READING_RULES.bpLow : null;
}

type ReadingKind = "glucose" | "temperature" | "blood_pressure" | "pulse" | "oxygen";

interface Candidate {
  readonly kind: ReadingKind;
  readonly context: RegExp;
  /** Glucose, pulse and oxygen numbers are too common to count without "it was", "read", ... */
  readonly needsReadingLink: boolean;
}

function candidates(vocab: Vocabulary): Candidate[] {
  return [
    { kind: "glucose", context: vocab.glucoseContext, needsReadingLink: true },
    { kind: "temperature", context: vocab.temperatureContext, needsReadingLink: false },
    { kind: "blood_pressure", context: vocab.bloodPressureContext, needsReadingLink: false },
    { kind: "pulse", context: vocab.pulseContext, needsReadingLink: true },
    { kind: "oxygen", context: vocab.oxygenContext, needsReadingLink: true },
  ];
}

/** "180 over 110": the diastolic number right after a systolic one. */
function diastolicAfter(text: AnalyzedText, current: NumberMention, next: NumberMention | undefined, vocab: Vocabulary): NumberMention | null {
  if (!next) return null;
  const between = text.folded.slice(current.end, next.start);
  return vocab.bloodPressureSeparator.test(between) && between.trim().length <= 6 ? next : null;
}

function judge(kind: ReadingKind, value: number, diastolic: NumberMention | null): ReadingThreshold | null {
  switch (kind) {
    case "glucose": return glucoseRule(value);
    case "temperature": return temperatureRule(value);
    case "blood_pressure": return bloodPressureRule(value, diastolic ? diastolic.value : null);
    case "pulse": return value >= 20 && value <= 250 && (value < PULSE.low || value > PULSE.high) ? READING_RULES.pulse : null;
    case "oxygen": return value >= 50 && value < OXYGEN.low ? READING_RULES.oxygen : null;
  }
}

export function findReadings(text: AnalyzedText, vocab: Vocabulary): ReadingFinding[] {
  const numbers = findNumbers(text.folded, text.tokens, vocab);
  if (numbers.length === 0) return [];
  const findings: ReadingFinding[] = [];
  const kinds = candidates(vocab);
  for (let i = 0; i < numbers.length; i++) {
    const number = numbers[i];
    if (!number) break;
    const sentenceStart = sentenceStartOf(text, number.start);
    for (const candidate of kinds) {
      let at = contextStart(candidate.context, text.matchable, sentenceStart, number.start);
      if (at < 0) at = contextAfter(candidate.context, text, number) >= 0 ? number.start : -1;
      if (at < 0) continue;
      if (candidate.needsReadingLink && !isReading(text, number, vocab)) continue;
      if (isTarget(text, number, at, vocab)) continue;
      const diastolic = candidate.kind === "blood_pressure" ? diastolicAfter(text, number, numbers[i + 1], vocab) : null;
      const rule = judge(candidate.kind, number.value, diastolic);
      if (diastolic) i++; // "128 over 82": the 82 is this reading's diastolic, never a reading of its own
      if (!rule) {
        if (diastolic) break;
        continue;
      }
      findings.push({ rule, span: { start: at, end: diastolic ? diastolic.end : number.end } });
      break;
    }
  }
  return findings;
}
