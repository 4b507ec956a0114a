/**
 * Readings the patient says out loud ("it was 2.4", "thirty-eight point six", "190 over 115",
 * "Montag 74,2, Dienstag 75,0..."), checked against the thresholds in lexicon/thresholds.ts.
 *
 * What a number measures is read, in order, from: a measurement word in its sentence ("my sugar
 * was 3.1"); its own shape ("178 over 108" is a blood pressure, "38,2" a temperature); or the
 * topic of the conversation just before it: an earlier sentence of the turn, or the agent's
 * previous turn ("What does the oximeter say?" ... "86 this morning, 87 this afternoon").
 * Numbers count as readings from that topic only when they look like one: after a reading
 * link ("it showed"), or in a series, and never followed by a unit of something else.
 */

import type { CompiledPack } from "./compile";
import { BLOOD_PRESSURE, GLUCOSE, INR, LITHIUM, OXYGEN, PULSE, READING_RULES, TEMPERATURE, WEIGHT, type ReadingThreshold } from "./lexicon/thresholds";
import { findNumbers, type NumberMention } from "./numbers";
import type { AnalyzedText } from "./transcript";
import { wordCount, type Span } from "./text";

export interface ReadingFinding {
  readonly rule: ReadingThreshold;
  /** From the measurement word (or the first number) to the end of the last number. */
  readonly span: Span;
  /** Two values compared ("78 kilos in the summer, now 71"): the past named is the earlier value's. */
  readonly comparesWithEarlier?: boolean;
}

/** How far before a number (in characters) the measurement word may be. */
const CONTEXT_WINDOW = 90;
/** How far after it ("2.9 on my meter", "39 grados"). */
const CONTEXT_AFTER = 40;

type Vocabulary = CompiledPack["measurements"];

type ReadingKind = "glucose" | "temperature" | "blood_pressure" | "pulse" | "oxygen" | "inr" | "lithium" | "weight";

interface Candidate {
  readonly kind: ReadingKind;
  readonly context: RegExp;
  /** Glucose, pulse, oxygen and INR numbers are too common to count without "it was", "read"... */
  readonly needsReadingLink: boolean;
}

interface ReadingKinds {
  /** The kinds a number may be a reading of, with the words that name them. */
  readonly candidates: readonly Candidate[];
  /** The same plus weight: what an earlier sentence may have been talking about. */
  readonly topics: ReadonlyArray<{ kind: ReadingKind; context: RegExp }>;
}

/** Built once per pack: read for every number of every turn. */
const kindsCache = new WeakMap<Vocabulary, ReadingKinds>();

function readingKinds(vocab: Vocabulary): ReadingKinds {
  let kinds = kindsCache.get(vocab);
  if (!kinds) {
    const candidates = buildCandidates(vocab);
    kinds = { candidates, topics: [...candidates.map((c) => ({ kind: c.kind, context: c.context })), { kind: "weight" as const, context: vocab.weightContext }] };
    kindsCache.set(vocab, kinds);
  }
  return kinds;
}

// compile.ts indexes these same word lists as `anyTopic`: a kind added here belongs in its TOPIC_LISTS too
function buildCandidates(vocab: Vocabulary): Candidate[] {
  return [
    { kind: "glucose", context: vocab.glucoseContext, needsReadingLink: true },
    { kind: "temperature", context: vocab.temperatureContext, needsReadingLink: false },
    { kind: "blood_pressure", context: vocab.bloodPressureContext, needsReadingLink: false },
    { kind: "pulse", context: vocab.pulseContext, needsReadingLink: true },
    { kind: "oxygen", context: vocab.oxygenContext, needsReadingLink: true },
    { kind: "inr", context: vocab.inrContext, needsReadingLink: true },
    { kind: "lithium", context: vocab.lithiumContext, needsReadingLink: true },
  ];
}

function sentenceOf(text: AnalyzedText, index: number): Span {
  for (const s of text.sentences) if (index >= s.start && index <= s.end) return s;
  return { start: 0, end: text.text.length };
}

/** Start of the last match of a global regex in `text`, or -1. */
function lastMatch(regex: RegExp, text: string): number {
  regex.lastIndex = 0;
  let found = -1;
  let match: RegExpExecArray | null;
  while ((match = regex.exec(text)) !== null) {
    found = match.index;
    if (match[0].length === 0) regex.lastIndex++;
  }
  return found;
}

function hasCue(regex: RegExp, text: string): boolean {
  regex.lastIndex = 0;
  const found = regex.test(text);
  regex.lastIndex = 0;
  return found;
}

/** Start of the closest measurement word before `at` within the sentence, or -1. */
function contextStart(regex: RegExp, text: string, from: number, at: number): number {
  const offset = Math.max(from, at - CONTEXT_WINDOW);
  const found = lastMatch(regex, text.slice(offset, at));
  return found < 0 ? -1 : offset + found;
}

/** A measurement word shortly after the number, in the same sentence, or -1. */
function contextAfter(regex: RegExp, text: AnalyzedText, number: NumberMention): number {
  const sentence = sentenceOf(text, number.end);
  const end = Math.min(sentence.end, number.end + CONTEXT_AFTER);
  regex.lastIndex = 0;
  const match = regex.exec(text.matchable.slice(number.end, end));
  regex.lastIndex = 0;
  return match ? number.end + match.index : -1;
}

function isReadingLink(text: AnalyzedText, number: NumberMention, vocab: Vocabulary): boolean {
  return vocab.readingLinkBefore.test(text.matchable.slice(Math.max(0, number.start - 30), number.start));
}

function isTarget(text: AnalyzedText, number: NumberMention, contextAt: number, vocab: Vocabulary): boolean {
  return vocab.targetCue.test(text.matchable.slice(Math.min(contextAt, number.start), number.start));
}

/** "30 minutes", "3 times", "2 tablets": a number of something that is not a reading. */
function countsSomethingElse(text: AnalyzedText, number: NumberMention, vocab: Vocabulary): boolean {
  return vocab.nonReadingUnit.test(text.matchable.slice(number.end, number.end + 20));
}

// ---------------------------------------------------------------------------------------------
// Thresholds

function glucoseRule(value: number, pregnant: () => boolean): ReadingThreshold | null {
  const mmol = value <= GLUCOSE.mmolUpperBound;
  if (mmol && value <= 0.5) return null;
  if (!mmol && value < 40) return null; // between units: not a believable reading either way
  if (value < (mmol ? GLUCOSE.severeLowMmol : GLUCOSE.severeLowMgdl)) return READING_RULES.glucoseSevereLow;
  if (value < (mmol ? GLUCOSE.lowMmol : GLUCOSE.lowMgdl)) return READING_RULES.glucoseLow;
  if (!mmol && value >= 1000) return null;
  if (value >= (mmol ? GLUCOSE.highMmol : GLUCOSE.highMgdl)) return READING_RULES.glucoseHigh;
  // diabetes in pregnancy has tighter targets: a reading above every one of them is reported
  if (value >= (mmol ? GLUCOSE.pregnancyHighMmol : GLUCOSE.pregnancyHighMgdl) && pregnant()) return READING_RULES.glucosePregnancyHigh;
  return null;
}

function temperatureRule(value: number): ReadingThreshold | null {
  if (value >= 34 && value <= 43) return value >= TEMPERATURE.feverCelsius ? READING_RULES.fever : null;
  if (value >= 93 && value <= 110) return value >= TEMPERATURE.feverFahrenheit ? READING_RULES.fever : null;
  return null;
}

function bloodPressureRule(systolic: number, diastolic: number | null, pregnant: () => boolean): ReadingThreshold | null {
  if (systolic < BLOOD_PRESSURE.cmHgLowerSystolic) return null;
  const sys = systolic <= BLOOD_PRESSURE.cmHgUpperBound ? systolic * 10 : systolic;
  const dia = diastolic === null ? null : diastolic <= BLOOD_PRESSURE.cmHgUpperBound ? diastolic * 10 : diastolic;
  if (sys < 50 || sys > 300) return null;
  if ((sys >= BLOOD_PRESSURE.pregnancySystolic || (dia !== null && dia >= BLOOD_PRESSURE.pregnancyDiastolic)) && pregnant()) return READING_RULES.bpPregnancy;
  if (sys >= BLOOD_PRESSURE.urgentSystolic || (dia !== null && dia >= BLOOD_PRESSURE.urgentDiastolic)) return READING_RULES.bpHigh;
  // a lone number is a systolic only with its diastolic: "160" alone is too often something else
  if (dia !== null && (sys >= BLOOD_PRESSURE.highSystolic || dia >= BLOOD_PRESSURE.highDiastolic)) return READING_RULES.bpStage2;
  return sys < BLOOD_PRESSURE.lowSystolic ? READING_RULES.bpLow : null;
}

/** Values a kind of reading can plausibly take (anything else is some other number). */
function plausible(kind: ReadingKind, value: number): boolean {
  // pressures, pulses, saturations and mg/dL sugars are said as whole numbers
  if (!Number.isInteger(value) && (kind === "blood_pressure" || kind === "pulse" || kind === "oxygen" || (kind === "glucose" && value > GLUCOSE.mmolUpperBound))) return false;
  switch (kind) {
    case "glucose": return (value > 0.5 && value <= GLUCOSE.mmolUpperBound) || (value >= 40 && value < 1000);
    case "temperature": return (value >= 34 && value <= 43) || (value >= 93 && value <= 110);
    case "blood_pressure": return (value >= 50 && value <= 300) || (value >= 5 && value <= BLOOD_PRESSURE.cmHgUpperBound);
    case "pulse": return value >= 20 && value <= 250;
    case "oxygen": return value >= 50 && value <= 100;
    case "inr": return value >= 0.8 && value <= 12;
    case "lithium": return value > 0 && value <= 5;
    case "weight": return value >= WEIGHT.minKg && value <= WEIGHT.maxLb;
  }
}

function judge(kind: ReadingKind, value: number, diastolic: NumberMention | null, facts: CallFacts = NO_CALL_FACTS): ReadingThreshold | null {
  const { pregnant } = facts;
  switch (kind) {
    case "glucose": return glucoseRule(value, pregnant);
    case "temperature": return temperatureRule(value);
    case "blood_pressure": return bloodPressureRule(value, diastolic ? diastolic.value : null, pregnant);
    case "pulse": return plausible("pulse", value) && (value < PULSE.low || value > PULSE.high) ? READING_RULES.pulse : null;
    case "oxygen": return plausible("oxygen", value) && value < (facts.lowerOxygenTarget() ? OXYGEN.lowChronicLungDisease : OXYGEN.low) ? READING_RULES.oxygen : null;
    case "inr": return !plausible("inr", value) ? null : value >= INR.high ? READING_RULES.inrHigh : value < INR.low ? READING_RULES.inrLow : null;
    case "lithium": return plausible("lithium", value) && value >= LITHIUM.high ? READING_RULES.lithiumHigh : null;
    case "weight": return null;
  }
}

/** "180 over 110": the diastolic number right after a systolic one. */
function diastolicAfter(text: AnalyzedText, current: NumberMention, next: NumberMention | undefined, vocab: Vocabulary): NumberMention | null {
  if (!next) return null;
  const between = text.folded.slice(current.end, next.start);
  return (vocab.bloodPressureSeparator.test(between) && between.trim().length <= 6) || vocab.bloodPressureNamedSeparator.test(between) ? next : null;
}

/** A pair that can only be a blood pressure: "178 por 108", "186/112", "15 sur 9". */
function isPressurePair(current: NumberMention, diastolic: NumberMention | null): boolean {
  if (!diastolic) return false;
  const [sys, dia] = [current.value, diastolic.value];
  return (sys >= 70 && sys <= 260 && dia >= 35 && dia <= 160 && sys > dia) || (sys >= BLOOD_PRESSURE.cmHgLowerSystolic && sys <= 26 && dia >= 4 && dia <= 16 && sys > dia);
}

// ---------------------------------------------------------------------------------------------
// The topic of the conversation before a number

/**
 * What the whole call says about the patient that changes a limit. Each is asked only when a
 * reading needs it: answering reads the whole call.
 */
export interface CallFacts {
  /** A pregnancy or the weeks after birth: blood pressure and sugar limits are lower. */
  readonly pregnant: () => boolean;
  /** COPD or another lung disease with a lower oxygen target. */
  readonly lowerOxygenTarget: () => boolean;
}

export const NO_CALL_FACTS: CallFacts = { pregnant: () => false, lowerOxygenTarget: () => false };

export interface ReadingContext {
  readonly facts?: CallFacts;
  /**
   * Earlier turns of the call, nearest first (the agent's question right before comes first):
   * their topic carries into the patient's bare numbers.
   */
  readonly history: readonly AnalyzedText[];
}

interface Topic {
  readonly kind: ReadingKind;
  /** True when the topic is the turn right before (usually the agent asking for the values). */
  readonly fromAgent: boolean;
}

/** The context of one turn's reading, with what its numbers share. */
interface TurnContext extends ReadingContext {
  /**
   * The topic found before each number, by its offset: the weight trends and the readings ask it
   * for the same numbers (sixteen regex scans each).
   */
  readonly topicsAt: Map<number, Topic | null>;
}

/** End of the last match of a global regex in `text` and its start, or null. */
function lastMatchSpan(regex: RegExp, text: string): Span | null {
  regex.lastIndex = 0;
  let found: Span | null = null;
  let match: RegExpExecArray | null;
  while ((match = regex.exec(text)) !== null) {
    found = { start: match.index, end: match.index + match[0].length };
    if (match[0].length === 0) regex.lastIndex++;
  }
  return found;
}

/**
 * The measurement last spoken of in `text` before `at`, if any. Of two cues ending together the
 * longer wins: "pulse oximeter" is about oxygen, not the pulse.
 */
function lastTopic(vocab: Vocabulary, text: string, at: number): { kind: ReadingKind; at: number } | null {
  let best: { kind: ReadingKind; span: Span } | null = null;
  const before = at >= text.length ? text : text.slice(0, at);
  for (const { kind, context } of readingKinds(vocab).topics) {
    const found = lastMatchSpan(context, before);
    if (!found) continue;
    if (!best || found.end > best.span.end || (found.end === best.span.end && found.start < best.span.start)) best = { kind, span: found };
  }
  return best ? { kind: best.kind, at: best.span.start } : null;
}

/**
 * The last topic of a whole earlier turn, asked again for every number of the turns after it; by
 * turn, with the vocabulary it was read with (one lookup, where a map per vocabulary took two).
 */
const turnTopics = new WeakMap<AnalyzedText, { readonly vocab: Vocabulary; readonly topic: { kind: ReadingKind; at: number } | null }>();

function lastTopicOfTurn(vocab: Vocabulary, turn: AnalyzedText): { kind: ReadingKind; at: number } | null {
  const known = turnTopics.get(turn);
  if (known !== undefined && known.vocab === vocab) return known.topic;
  // most turns name no measurement: one indexed pass spares a scan per kind
  const topic = vocab.anyTopic.test(turn.matchable, turn.tokens) ? lastTopic(vocab, turn.matchable, turn.matchable.length) : null;
  turnTopics.set(turn, { vocab, topic });
  return topic;
}

/** Turns of history searched for a topic. */
const TOPIC_HISTORY_TURNS = 6;

/**
 * What a bare number measures: the last measurement word before it in the turn, a unit right
 * after it in the turn ("... 2,9. I measure in mmol"), or the nearest earlier turn naming one.
 */
function topicBefore(vocab: Vocabulary, text: AnalyzedText, at: number, context: TurnContext): Topic | null {
  const known = context.topicsAt.get(at);
  if (known !== undefined) return known;
  const topic = readTopicBefore(vocab, text, at, context);
  context.topicsAt.set(at, topic);
  return topic;
}

function readTopicBefore(vocab: Vocabulary, text: AnalyzedText, at: number, context: ReadingContext): Topic | null {
  const own = lastTopic(vocab, text.matchable, at);
  if (own) return { kind: own.kind, fromAgent: false };
  const rest = text.matchable.slice(at);
  for (const { kind, context: regex } of readingKinds(vocab).topics) if (hasCue(regex, rest)) return { kind, fromAgent: false };
  for (let i = 0; i < Math.min(TOPIC_HISTORY_TURNS, context.history.length); i++) {
    const turn = context.history[i];
    if (!turn) break;
    const theirs = lastTopicOfTurn(vocab, turn);
    if (theirs) return { kind: theirs.kind, fromAgent: i === 0 };
  }
  return null;
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

/** How many days the text says the change took, or null when it does not say. */
function periodDays(text: AnalyzedText, span: Span, numbers: readonly NumberMention[], vocab: Vocabulary): number | null {
  const slice = text.matchable.slice(span.start, span.end);
  let days: number | null = null;
  for (const period of vocab.periods) if (hasCue(period.regex, slice)) days = Math.min(days ?? Infinity, period.days);
  for (const n of numbers) {
    if (n.start < span.start || n.end > span.end) continue;
    const after = text.matchable.slice(n.end, n.end + 12);
    if (vocab.dayUnit.test(after)) days = Math.min(days ?? Infinity, n.value);
    else if (vocab.weekUnit.test(after)) days = Math.min(days ?? Infinity, n.value * 7);
  }
  return days;
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

const KG_PER_LB = 0.4536;

/** A loss of WEIGHT.lossFraction of the body or more; without a unit, the amount is read as kilograms. */
/** Words from a gain word ("put on", "mais") to the amount it governs, the gain word included. */
const GAIN_WORD_REACH = 4;

function isReportableLoss(from: number, to: number, unit: MassUnit): boolean {
  const lost = from - to;
  const lostKg = unit === "lb" ? lost * KG_PER_LB : lost;
  return lost > 0 && lost / from >= WEIGHT.lossFraction && lostKg >= WEIGHT.minLossKg;
}

function isBodyWeight(value: number, unit: MassUnit): boolean {
  return value >= WEIGHT.minKg && value <= (unit === "kg" ? WEIGHT.maxKg : WEIGHT.maxLb);
}

/**
 * The earliest and the latest of a series of weights. Said in order unless the first one's clause
 * names the present day and the last one's does not: "hoy 71 kilos, y el jueves 68" is a gain.
 */
function inTimeOrder(text: AnalyzedText, series: readonly Weight[], vocab: Vocabulary): [Weight | undefined, Weight | undefined] {
  const first = series[0];
  const last = series[series.length - 1];
  if (!first || !last || first === last) return [first, last];
  const today = (i: number): boolean => {
    const weight = series[i] as Weight;
    const sentence = sentenceOf(text, weight.number.start);
    const from = Math.max(sentence.start, series[i - 1]?.end ?? 0);
    const to = Math.min(sentence.end, series[i + 1]?.number.start ?? Infinity);
    const before = text.folded.slice(from, weight.number.start);
    const after = text.folded.slice(weight.end, to);
    const breakBefore = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":"));
    const breakAfter = after.search(/[,;:]/);
    return hasCue(vocab.currentTime, text.matchable.slice(from + breakBefore + 1, breakAfter < 0 ? to : weight.end + breakAfter));
  };
  return today(0) && !today(series.length - 1) ? [last, first] : [first, last];
}

function findWeightGains(text: AnalyzedText, numbers: readonly NumberMention[], vocab: Vocabulary, context: TurnContext): ReadingFinding[] {
  const findings: ReadingFinding[] = [];
  const series: Weight[] = [];
  if (numbers.length === 0) return findings;
  for (const sentence of text.sentences) {
    const inSentence = numbers.filter((n) => n.start >= sentence.start && n.end <= sentence.end);
    if (inSentence.length === 0) continue;
    const mentionsWeight = hasCue(vocab.weightContext, text.matchable.slice(sentence.start, sentence.end));
    for (const number of inSentence) {
      const { unit, end } = unitAfter(text, number, vocab);
      // without a unit the number joins the series below only as a body weight: no other needs its topic ("oh", "four days")
      if (!unit && !isBodyWeight(number.value, "lb")) continue;
      const topic = unit || mentionsWeight ? null : topicBefore(vocab, text, number.start, context);
      if (!unit && !mentionsWeight && topic?.kind !== "weight") continue;
      const weight = { number, unit, end };
      // a stated gain: "put on 3 pounds", "up two kilos"
      if (unit && !isBodyWeight(number.value, unit)) {
        const before = text.matchable.slice(Math.max(sentence.start, number.start - 40), number.start);
        const gain = lastMatch(vocab.weightGain, before);
        // the gain word governs the amount: a few words before it, in the same clause ("my dose went up
        // to 2 mg, and I've lost ten pounds since" is no gain)
        const between = gain >= 0 ? before.slice(gain) : "";
        const governs = gain >= 0 && !/[,;:.!?]/.test(between) && wordCount(between) <= GAIN_WORD_REACH;
        if (governs && isReportableGain(number.value, unit, periodDays(text, sentence, numbers, vocab))) {
          findings.push({ rule: READING_RULES.weightGain, span: { start: number.start - before.length + gain, end } });
        }
        continue;
      }
      // a number after another reading's own word is that reading: "weight fine at 72, pressure 120 over 80"
      if (!unit && namedByOtherReading(text, number, numbers, vocab)) continue;
      if (isBodyWeight(number.value, unit ?? "lb") && !countsSomethingElse(text, number, vocab)) series.push(weight);
    }
  }
  // readings, the later one higher: "from 81 to 83.5", "82 on Monday and 84 today"; or lower by
  // a share of the body: "74 kilos in March, 67 yesterday"
  const [first, last] = inTimeOrder(text, series, vocab);
  if (first && last && first !== last) {
    const unit = first.unit ?? last.unit;
    const span = { start: Math.min(first.number.start, last.number.start), end: Math.max(first.end, last.end) };
    if (isReportableGain(last.number.value - first.number.value, unit, periodDays(text, span, numbers, vocab))) {
      findings.push({ rule: READING_RULES.weightGain, span, comparesWithEarlier: true });
    } else if (isReportableLoss(first.number.value, last.number.value, unit)) {
      findings.push({ rule: READING_RULES.weightLoss, span, comparesWithEarlier: true });
    }
  }
  return findings;
}

// ---------------------------------------------------------------------------------------------

/** Whether a reading other than the weight is named between the weight's word and the number. */
function namedByOtherReading(text: AnalyzedText, number: NumberMention, numbers: readonly NumberMention[], vocab: Vocabulary): boolean {
  const own = kindInSentence(text, number, numbers, vocab);
  return own !== null && own.at < number.start;
}

/** How far after a number its measurement cue may start and still name it alone ("185 de máxima"). */
const CUE_RIGHT_AFTER_CHARS = 4;

/**
 * The kind a number measures by a word in its own sentence, and where that word is: the nearest
 * word before the number ("tension douze sept et mon pouls 78": 78 is the pulse), else one
 * shortly after it.
 */
function kindInSentence(text: AnalyzedText, number: NumberMention, numbers: readonly NumberMention[], vocab: Vocabulary): { candidate: Candidate; at: number } | null {
  const sentence = sentenceOf(text, number.start);
  let nearest: { candidate: Candidate; span: Span } | null = null;
  let after: { candidate: Candidate; at: number } | null = null;
  for (const candidate of readingKinds(vocab).candidates) {
    const span = contextSpanBefore(candidate.context, text.matchable, sentence.start, number.start);
    // of two cues ending together the longer wins, as in lastTopic: "pulse ox said 84", "oxímetro de pulso"
    if (span && (!nearest || span.end > nearest.span.end || (span.end === nearest.span.end && span.start < nearest.span.start))) nearest = { candidate, span };
    else if (!span && !after) {
      const cueAt = contextAfter(candidate.context, text, number);
      if (cueAt >= 0) after = { candidate, at: cueAt };
    }
  }
  const weightAt = contextStart(vocab.weightContext, text.matchable, sentence.start, number.start);
  if (nearest) {
    // the weight named nearer before the number owns it: "la presión 13 8 y el peso 72"
    return weightAt > nearest.span.start ? null : { candidate: nearest.candidate, at: nearest.span.start };
  }
  if (!after) return null;
  // a cue right after the number names it whatever follows: "185 de máxima y 105 de mínima"
  if (after.at - number.end <= CUE_RIGHT_AFTER_CHARS) return { candidate: after.candidate, at: number.start };
  // a cue after the number names it ("got 88 on the finger clip") unless the cue has a reading of
  // its own after it: "peso 72 ... y la presión 12 8", "it said 72, and his pressure was 128 over 76"
  if (numbers.some((n) => n.start > after.at && n.start < sentence.end)) return null;
  return { candidate: after.candidate, at: number.start };
}

/** The closest measurement cue before `at` within the sentence and the context window, or null. */
function contextSpanBefore(regex: RegExp, text: string, from: number, at: number): Span | null {
  const offset = Math.max(from, at - CONTEXT_WINDOW);
  const found = lastMatchSpan(regex, text.slice(offset, at));
  return found ? { start: offset + found.start, end: offset + found.end } : null;
}

export function findReadings(text: AnalyzedText, vocab: Vocabulary, given: ReadingContext = { history: [] }): ReadingFinding[] {
  const numbers = findNumbers(text.folded, text.tokens, vocab);
  if (numbers.length === 0) return [];
  const context: TurnContext = { ...given, topicsAt: new Map() };
  const findings: ReadingFinding[] = findWeightGains(text, numbers, vocab, context);
  const seriesCounts = new Map<ReadingKind, number>();
  const pending: Array<{ kind: ReadingKind; number: NumberMention; diastolic: NumberMention | null; linked: boolean; fromAgent: boolean }> = [];
  for (let i = 0; i < numbers.length; i++) {
    const number = numbers[i];
    if (!number) break;
    const next = numbers[i + 1];
    const diastolic = diastolicAfter(text, number, next, vocab);
    const own = kindInSentence(text, number, numbers, vocab);
    if (own) {
      const { candidate, at } = own;
      if (candidate.needsReadingLink && !isReadingLink(text, number, vocab) && countsSomethingElse(text, number, vocab)) continue;
      if (isTarget(text, number, at, vocab)) continue;
      // "tension douze sept", "140 90": two numbers said one after the other are one pressure
      const said = diastolic ?? (next && /^[\s,-]*$/.test(text.folded.slice(number.end, next.start)) && isPressurePair(number, next) ? next : null);
      const pair = candidate.kind === "blood_pressure" ? said : null;
      if (pair) i++; // "128 over 82": the 82 is this reading's diastolic, never a reading of its own
      const rule = judge(candidate.kind, number.value, pair, context.facts);
      if (rule) findings.push({ rule, span: { start: Math.min(at, number.start), end: pair ? pair.end : number.end } });
      continue;
    }
    if (isPressurePair(number, diastolic)) {
      i++;
      const rule = judge("blood_pressure", number.value, diastolic, context.facts);
      if (rule && diastolic) findings.push({ rule, span: { start: number.start, end: diastolic.end } });
      continue;
    }
    if (countsSomethingElse(text, number, vocab)) continue;
    // "37,9 ... 38,2": a decimal between 35 and 43 is a temperature whatever the topic
    if (!Number.isInteger(number.value) && number.value >= 35 && number.value <= 43) {
      const rule = judge("temperature", number.value, null);
      if (rule) findings.push({ rule, span: { start: number.start, end: number.end } });
      continue;
    }
    // "one last thing": a small number said as a word is not a reading the topic can claim
    if (number.value < 10 && Number.isInteger(number.value) && !/\d/.test(text.folded.slice(number.start, number.end))) continue;
    const topic = topicBefore(vocab, text, number.start, context);
    if (!topic || topic.kind === "weight" || !plausible(topic.kind, number.value)) continue;
    if (topic.kind === "blood_pressure" && diastolic) i++;
    seriesCounts.set(topic.kind, (seriesCounts.get(topic.kind) ?? 0) + 1);
    pending.push({ kind: topic.kind, number, diastolic: topic.kind === "blood_pressure" ? diastolic : null, linked: isReadingLink(text, number, vocab), fromAgent: topic.fromAgent });
  }
  // numbers read by the topic count when they look like readings: linked, or a series
  for (const p of pending) {
    if (!p.linked && (seriesCounts.get(p.kind) ?? 0) < 2 && !p.fromAgent) continue;
    // a single number read as a blood pressure by the topic is judged only when high: "84" in
    // "132 y 84" is a diastolic, not a systolic of 84
    if (p.kind === "blood_pressure" && !p.diastolic && p.number.value < BLOOD_PRESSURE.urgentSystolic) continue;
    const rule = judge(p.kind, p.number.value, p.diastolic, context.facts);
    if (rule) findings.push({ rule, span: { start: p.number.start, end: p.diastolic ? p.diastolic.end : p.number.end } });
  }
  return findings;
}

/**
 * Body temperatures in the normal range said with their tenths ("36,8", "thirty-seven four",
 * "98.6"), which only a thermometer gives: the patient measured, and it was no fever.
 */
export function normalTemperatures(text: AnalyzedText, vocab: Vocabulary): Span[] {
  return findNumbers(text.folded, text.tokens, vocab)
    .filter((n) => !Number.isInteger(n.value) && plausible("temperature", n.value) &&
      (n.value < 50 ? n.value < TEMPERATURE.normalBelowCelsius : n.value < TEMPERATURE.normalBelowFahrenheit))
    .map((n) => ({ start: n.start, end: n.end }));
}
