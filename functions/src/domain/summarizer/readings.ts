/**
 * Vital-sign and glucose readings the patient says out loud ("it was 2.4", "thirty-eight point
 * six", "190 over 115"), checked against the thresholds in lexicon/thresholds.ts.
 */

import type { CompiledPack } from "./compile";
import { BLOOD_PRESSURE, GLUCOSE, OXYGEN, PULSE, READING_RULES, TEMPERATURE, WEIGHT, type ReadingThreshold } from "./lexicon/thresholds";
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

// ---------------------------------------------------------------------------------------------
// Weight trends: "I've put on 3 pounds since Tuesday", "from 81 to 83.5 kilos", "82 on Monday, 84 today"

type MassUnit = "kg" | "lb" | null;

interface Weight {
  readonly number: NumberMention;
  readonly unit: MassUnit;
  /** End of the unit word, or of the number when none follows. */
  readonly end: number;
}

function unitAfter(text: AnalyzedText, number: NumberMention, vocab: Vocabulary): { unit: MassUnit; end: number } {
  const after = text.matchable.slice(number.end, number.end + 16);
  const kg = vocab.kilogramUnit.exec(after);
  if (kg) return { unit: "kg", end: number.end + kg[0].length };
  const lb = vocab.poundUnit.exec(after);
  if (lb) return { unit: "lb", end: number.end + lb[0].length };
  return { unit: null, end: number.end };
}

/** How many days the sentence says the change took, or null when it does not say. */
function periodDays(text: AnalyzedText, sentence: Span, numbers: readonly NumberMention[], vocab: Vocabulary): number | null {
  const slice = text.matchable.slice(sentence.start, sentence.end);
  let days: number | null = null;
  for (const period of vocab.periods) if (hasCue(period.regex, slice)) days = Math.min(days ?? Infinity, period.days);
  for (const n of numbers) {
    if (n.start < sentence.start || n.end > sentence.end) continue;
    const after = text.matchable.slice(n.end, n.end + 12);
    if (vocab.dayUnit.test(after)) days = Math.min(days ?? Infinity, n.value);
    else if (vocab.weekUnit.test(after)) days = Math.min(days ?? Infinity, n.value * 7);
  }
  return days;
}

function hasCue(regex: RegExp, text: string): boolean {
  regex.lastIndex = 0;
  const found = regex.test(text);
  regex.lastIndex = 0;
  return found;
}

/** Whether a gain of `amount` over `days` (null: not said) is past what care plans ask to report. */
function isReportableGain(amount: number, unit: MassUnit, days: number | null): boolean {
  if (days !== null && days > WEIGHT.maxDays) return false;
  const lb = unit === "lb";
  const perDay = lb ? WEIGHT.lbInADay : WEIGHT.kgInADay;
  const perThree = lb ? WEIGHT.lbInThreeDays : WEIGHT.kgInThreeDays;
  const perWeek = lb ? WEIGHT.lbInAWeek : WEIGHT.kgInAWeek;
  if (days === null) return amount >= perThree;
  if (days <= 1) return amount >= perDay;
  if (days <= 3) return amount >= perThree;
  return amount >= perWeek;
}

function isBodyWeight(value: number, unit: MassUnit): boolean {
  return value >= WEIGHT.minKg && value <= (unit === "kg" ? WEIGHT.maxKg : WEIGHT.maxLb);
}

function findWeightGains(text: AnalyzedText, numbers: readonly NumberMention[], vocab: Vocabulary): ReadingFinding[] {
  const findings: ReadingFinding[] = [];
  for (const sentence of text.sentences) {
    const slice = text.matchable.slice(sentence.start, sentence.end);
    const mentionsWeight = hasCue(vocab.weightContext, slice);
    const weights: Weight[] = [];
    for (const number of numbers) {
      if (number.start < sentence.start || number.end > sentence.end) continue;
      const { unit, end } = unitAfter(text, number, vocab);
      if (unit || mentionsWeight) weights.push({ number, unit, end });
    }
    if (weights.length === 0) continue;
    const days = periodDays(text, sentence, numbers, vocab);
    // a stated gain: "put on 3 pounds", "up two kilos"
    for (const weight of weights) {
      if (!weight.unit || isBodyWeight(weight.number.value, weight.unit)) continue;
      const before = text.matchable.slice(Math.max(sentence.start, weight.number.start - 40), weight.number.start);
      const gain = allCueStarts(vocab.weightGain, before);
      if (gain < 0) continue;
      if (!isReportableGain(weight.number.value, weight.unit, days)) continue;
      findings.push({ rule: READING_RULES.weightGain, span: { start: weight.number.start - before.length + gain, end: weight.end } });
    }
    // two readings, the later one higher: "from 81 to 83.5", "82 on Monday and 84 today"
    const bodyWeights = weights.filter((w) => isBodyWeight(w.number.value, w.unit ?? "lb"));
    const first = bodyWeights[0];
    const last = bodyWeights[bodyWeights.length - 1];
    if (first && last && first !== last && mentionsWeight) {
      const unit = first.unit ?? last.unit;
      if (isReportableGain(last.number.value - first.number.value, unit, days)) {
        findings.push({ rule: READING_RULES.weightGain, span: { start: first.number.start, end: last.end } });
      }
    }
  }
  return findings;
}

/** Start of the last cue match in `text`, or -1. */
function allCueStarts(regex: RegExp, text: string): number {
  regex.lastIndex = 0;
  let found = -1;
  let match: RegExpExecArray | null;
  while ((match = regex.exec(text)) !== null) {
    found = match.index;
    if (match[0].length === 0) regex.lastIndex++;
  }
  return found;
}

export function findReadings(text: AnalyzedText, vocab: Vocabulary): ReadingFinding[] {
  const numbers = findNumbers(text.folded, text.tokens, vocab);
  if (numbers.length === 0) return [];
  const findings: ReadingFinding[] = findWeightGains(text, numbers, vocab);
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
