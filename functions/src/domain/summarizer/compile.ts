/**
 * Compiles a language pack's data into regular expressions, once per pack.
 *
 * Every list becomes ONE alternation, so each stage scans a message once per list instead of
 * once per entry; that is what keeps an hour-long call within a few milliseconds. Gaps are
 * bounded ({G1}..{G8}) and word tokens in a gap cannot overlap the whitespace after them, so
 * no pattern can backtrack catastrophically.
 */

import type { AttentionRuleSpec, LanguageLexicon } from "./lexicon/types";
import { PatternSet } from "./matcher";
import { stem } from "./text";

/** Nothing letter-like may precede a match: the start of a word. */
const WORD_START = "(?<![a-z0-9'])";
/** Nothing letter-like may follow a match: the end of a word. */
const WORD_END = "(?![a-z0-9'])";


export type QuestionCueKind = "clause" | "clause_needing_mark" | "clause_if_unpunctuated" | "indirect";
export type ReplyCueKind = "deflection" | "urgent" | "meta";

export interface CompiledPack {
  readonly lexicon: LanguageLexicon;
  readonly attention: {
    /** Every attention pattern, tagged with its rule. */
    readonly patterns: PatternSet<AttentionRuleSpec>;
  };
  readonly context: {
    readonly negation: RegExp;
    readonly postNegation: RegExp;
    readonly terminator: RegExp;
    readonly listJoiners: ReadonlySet<string>;
    readonly hypothetical: RegExp;
    readonly hypotheticalException: RegExp;
    readonly reportedInformation: RegExp;
    readonly historical: RegExp;
    readonly ongoing: RegExp;
    readonly resolution: RegExp;
    readonly recency: RegExp;
    readonly expected: RegExp;
    readonly thirdPartyNoun: RegExp;
    readonly thirdPartyPronouns: ReadonlySet<string>;
    readonly firstPerson: RegExp;
    readonly presentState: RegExp;
    readonly sanctionedChange: RegExp;
    readonly medicationContext: RegExp;
  };
  readonly questions: {
    /** Clause-initial, clause-initial-needing-"?" and indirect question cues, in one index. */
    readonly cues: PatternSet<QuestionCueKind>;
    /** Matches the text before a cue when the cue opens a clause. */
    readonly clauseStartBefore: RegExp;
    /** A discourse marker anywhere ("and", "y este"): a new clause, so a new question. */
    readonly clauseMarker: RegExp;

    readonly accented: RegExp | null;
    readonly nonQuestionAt: RegExp;
    readonly tagAtEnd: RegExp;
    /** Every word that can end a tag: a sentence ending otherwise has no tag to look for. */
    readonly tagWords: ReadonlySet<string>;
    readonly evaluative: RegExp;
    readonly acknowledgement: RegExp;
    readonly alternativeBefore: RegExp;
    readonly reservedDecision: RegExp;
    readonly escalationQuestion: RegExp;
  };
  readonly replies: {
    /** Deflection, urgent-referral and meta cues, in one index. */
    readonly cues: PatternSet<ReplyCueKind>;
    /** The urgent-referral cues alone: whether the agent escalated is asked of every reply. */
    readonly urgentCues: PatternSet<ReplyCueKind>;
    readonly empathy: RegExp;
    readonly interim: RegExp;
    readonly conditionalEscalation: RegExp;
    readonly logisticsWords: ReadonlySet<string>;
    readonly safetyNet: RegExp;
    readonly topicSwitch: RegExp;
    readonly concreteAnswer: RegExp;
    readonly appointmentBeforeNumber: RegExp;
  };
  readonly overlapStopwords: ReadonlySet<string>;
  readonly focusConcepts: ReadonlyArray<{ readonly id: string; readonly question: RegExp; readonly answer: RegExp }>;
  /** Any focus concept's question words: most questions have no focus, and one scan tells. */
  readonly anyFocus: RegExp;
  readonly measurements: {
    readonly glucoseContext: RegExp;
    readonly temperatureContext: RegExp;
    readonly bloodPressureContext: RegExp;
    readonly pulseContext: RegExp;
    readonly oxygenContext: RegExp;
    readonly readingLinkBefore: RegExp;
    readonly targetCue: RegExp;
    readonly bloodPressureSeparator: RegExp;
    readonly numberWords: ReadonlyMap<string, number>;
    readonly hundredWords: ReadonlySet<string>;
    readonly thousandWords: ReadonlySet<string>;
    readonly decimalWords: ReadonlySet<string>;
    readonly numberJoiners: ReadonlySet<string>;
  };
}

function gap(words: number, blockers: readonly string[]): string {
  const blocked = blockers.join("|");
  return `(?:(?!(?:${blocked})${WORD_END})[^\\s.!?]+\\s+){0,${words}}`;
}

/** Expands {G1}..{G8} and {NAME} macros; macros may use other macros. */
export function expandMacros(source: string, lexicon: LanguageLexicon, depth = 0): string {
  if (depth > 4) throw new Error(`macro nesting too deep in: ${source}`);
  return source.replace(/\{([A-Z][A-Z0-9_]*)\}/g, (_whole: string, name: string) => {
    const gapMatch = /^G([1-8])$/.exec(name);
    if (gapMatch) return gap(Number(gapMatch[1]), lexicon.gapBlockers);
    const plainGap = /^W([1-8])$/.exec(name);
    if (plainGap) return `(?:[^\\s.!?]+\\s+){0,${plainGap[1]}}`;
    const macro = lexicon.macros[name];
    if (macro === undefined) throw new Error(`unknown macro {${name}} in ${lexicon.code} lexicon`);
    return expandMacros(macro, lexicon, depth + 1);
  });
}

/** Capturing groups would shift group numbers; the lexicon must use (?:...). */
function assertNoCapturingGroup(source: string, where: string): void {
  if (/(?<!\\)\((?!\?)/.test(source)) throw new Error(`capturing group in ${where}: ${source}`);
}

function alternation(sources: readonly string[], lexicon: LanguageLexicon, where: string): string {
  const expanded = sources.map((s) => {
    assertNoCapturingGroup(s, where);
    return expandMacros(s, lexicon);
  });
  return expanded.length > 0 ? `(?:${expanded.join("|")})` : "(?!)";
}

function words(sources: readonly string[], lexicon: LanguageLexicon, where: string, flags = "g"): RegExp {
  return new RegExp(`${WORD_START}${alternation(sources, lexicon, where)}${WORD_END}`, flags);
}

function phrases(sources: readonly string[], lexicon: LanguageLexicon, where: string, flags = "g"): RegExp {
  return new RegExp(`${WORD_START}${alternation(sources, lexicon, where)}`, flags);
}

function anchoredAnywhere(sources: readonly string[], lexicon: LanguageLexicon, where: string): RegExp {
  // Patterns that start with ^ must not get a word-start guard in front of the anchor.
  return new RegExp(alternation(sources, lexicon, where), "");
}

/** Each source as its own word-initial pattern, tagged, for a PatternSet. */
function tagged<T>(sources: readonly string[], lexicon: LanguageLexicon, where: string, tag: T): Array<{ source: string; tag: T }> {
  return sources.map((source) => {
    assertNoCapturingGroup(source, where);
    return { source: `${WORD_START}(?:${expandMacros(source, lexicon)})`, tag };
  });
}

function compileAttention(lexicon: LanguageLexicon): CompiledPack["attention"] {
  const entries = lexicon.attention.flatMap((spec) => spec.patterns.map((source) => {
    assertNoCapturingGroup(source, `attention rule ${spec.id}`);
    return { source: `${WORD_START}(?:${expandMacros(source, lexicon)})`, tag: spec };
  }));
  return { patterns: new PatternSet(entries) };
}

function compileQuestions(lexicon: LanguageLexicon): CompiledPack["questions"] {
  const q = lexicon.questions;
  const markers = alternation(q.clauseMarkers, lexicon, "clauseMarkers");
  const fillers = alternation(q.fillers, lexicon, "fillers");
  // A clause starts at the sentence start, after , ; : ¿ ( or after a discourse marker.
  // A clause starts at the sentence start, after , ; : ¿ ( or after a discourse marker, with
  // any fillers in between ("ok so um can I ...").
  const clauseStart = `(?:^[\\s"'\u00bf\u00a1(]*|[,;:\u00bf\u00a1(]\\s*|${WORD_START}${markers}\\s+)(?:${fillers}\\s+)*$`;
  const tag = alternation(q.tags, lexicon, "tags");
  return {
    cues: new PatternSet<QuestionCueKind>([
      ...tagged(q.clauseInitialCues, lexicon, "clauseInitialCues", "clause" as const),
      ...tagged(q.clauseInitialCuesNeedingMark, lexicon, "clauseInitialCuesNeedingMark", "clause_needing_mark" as const),
      ...tagged(q.clauseInitialCuesWhenUnpunctuated, lexicon, "clauseInitialCuesWhenUnpunctuated", "clause_if_unpunctuated" as const),
      ...tagged(q.indirectCues, lexicon, "indirectCues", "indirect" as const),
    ]),
    clauseStartBefore: new RegExp(clauseStart),
    clauseMarker: new RegExp(`${WORD_START}${markers}${WORD_END}`),
    accented: q.accentedInterrogatives.length > 0
      ? new RegExp(`(?<![a-z\u00e1\u00e9\u00ed\u00f3\u00fa\u00f1\u00fc])${alternation(q.accentedInterrogatives, lexicon, "accentedInterrogatives")}`, "g")
      : null,
    nonQuestionAt: new RegExp(alternation(q.nonQuestions, lexicon, "nonQuestions"), "y"),
    tagAtEnd: new RegExp(`(?:^|[\\s,]+)\u00bf?\\s*${tag}${WORD_END}[\\s?.!,]*$`),
    tagWords: new Set(q.tags.flatMap((t) => t.replace(/\\[a-z]/g, " ").match(/[a-z']+/g) ?? [])),
    evaluative: phrases(q.evaluativeCues, lexicon, "evaluativeCues", ""),
    acknowledgement: new RegExp(`^[\\s\u00bf\u00a1"']*${alternation(q.acknowledgements, lexicon, "acknowledgements")}[\\s?.!,]*$`),
    // "or" offers an alternative, "I mean" / "o sea" rephrases: either way the same question
    alternativeBefore: new RegExp(`${WORD_START}(?:or|o|u|o\\s+sea|es\\s+decir|i\\s+mean|digo|like)[\\s,]*$`),
    reservedDecision: phrases(q.reservedDecisions, lexicon, "reservedDecisions", ""),
    escalationQuestion: phrases(q.escalationQuestions, lexicon, "escalationQuestions", ""),
  };
}

function compileReplies(lexicon: LanguageLexicon): CompiledPack["replies"] {
  const r = lexicon.replies;
  return {
    cues: new PatternSet<ReplyCueKind>([
      ...tagged(r.deflection, lexicon, "deflection", "deflection" as const),
      ...tagged(r.urgentReferral, lexicon, "urgentReferral", "urgent" as const),
      ...tagged(r.meta, lexicon, "meta", "meta" as const),
    ]),
    urgentCues: new PatternSet<ReplyCueKind>(tagged(r.urgentReferral, lexicon, "urgentReferral", "urgent" as const)),
    empathy: anchoredAnywhere(r.empathy, lexicon, "empathy"),
    interim: anchoredAnywhere(r.interim, lexicon, "interim"),
    conditionalEscalation: anchoredAnywhere(r.conditionalEscalation, lexicon, "conditionalEscalation"),
    logisticsWords: new Set(r.logisticsWords.map(stem)),
    safetyNet: anchoredAnywhere(r.safetyNet, lexicon, "safetyNet"),
    topicSwitch: anchoredAnywhere(r.topicSwitch, lexicon, "topicSwitch"),
    concreteAnswer: new RegExp(alternation(r.concreteAnswer, lexicon, "concreteAnswer"), "g"),
    appointmentBeforeNumber: new RegExp(`${alternation(r.appointmentBeforeNumber, lexicon, "appointmentBeforeNumber")}$`),
  };
}

function compileContext(lexicon: LanguageLexicon): CompiledPack["context"] {
  const c = lexicon.context;
  return {
    negation: words(c.negationCues, lexicon, "negationCues"),
    postNegation: new RegExp(`^\\s*${alternation(c.postNegationCues, lexicon, "postNegationCues")}`),
    terminator: words(c.terminators, lexicon, "terminators"),
    listJoiners: new Set(c.listJoiners),
    hypothetical: words(c.hypotheticalCues, lexicon, "hypotheticalCues"),
    hypotheticalException: phrases(c.hypotheticalExceptions, lexicon, "hypotheticalExceptions"),
    reportedInformation: phrases(c.reportedInformationCues, lexicon, "reportedInformationCues"),
    historical: words(c.historicalCues, lexicon, "historicalCues"),
    ongoing: new RegExp(`${WORD_START}${alternation(c.ongoingCues, lexicon, "ongoingCues")}\\s+(?:[a-z']+\\s+)?$`),
    resolution: phrases(c.resolutionCues, lexicon, "resolutionCues"),
    recency: words(c.recencyCues, lexicon, "recencyCues", ""),
    expected: phrases(c.expectedCues, lexicon, "expectedCues", ""),
    thirdPartyNoun: new RegExp(`${WORD_START}(?:my|mi|mis|our|his|her|their|su|sus|a|an|the|el|la|los|las)?\\s*${alternation(c.thirdPartyNouns, lexicon, "thirdPartyNouns")}(?:'s|s)?${WORD_END}`, "g"),
    thirdPartyPronouns: new Set(c.thirdPartyPronouns),
    firstPerson: words(c.firstPersonCues, lexicon, "firstPersonCues"),
    presentState: words(c.presentStateCues, lexicon, "presentStateCues", ""),
    sanctionedChange: phrases(c.sanctionedChangeCues, lexicon, "sanctionedChangeCues", ""),
    medicationContext: words(c.medicationContext, lexicon, "medicationContext", ""),
  };
}

function compileMeasurements(lexicon: LanguageLexicon): CompiledPack["measurements"] {
  const m = lexicon.measurements;
  return {
    glucoseContext: words(m.glucoseContext, lexicon, "glucoseContext"),
    temperatureContext: words(m.temperatureContext, lexicon, "temperatureContext"),
    bloodPressureContext: words(m.bloodPressureContext, lexicon, "bloodPressureContext"),
    pulseContext: words(m.pulseContext, lexicon, "pulseContext"),
    oxygenContext: words(m.oxygenContext, lexicon, "oxygenContext"),
    readingLinkBefore: new RegExp(`${WORD_START}${alternation(m.readingLinks, lexicon, "readingLinks")}\\s+(?:(?:like|about|around|only|just|in\\s+the|unos|como)\\s+)?$`),
    targetCue: words(m.targetCues, lexicon, "targetCues", ""),
    bloodPressureSeparator: new RegExp(`^\\s*(?:${m.bloodPressureSeparators.join("|")})\\s*`),
    numberWords: new Map(Object.entries(m.numberWords)),
    hundredWords: new Set(m.hundredWords),
    thousandWords: new Set(m.thousandWords),
    decimalWords: new Set(m.decimalWords),
    numberJoiners: new Set(m.numberJoiners),
  };
}

export function compilePack(lexicon: LanguageLexicon): CompiledPack {
  return {
    lexicon,
    attention: compileAttention(lexicon),
    context: compileContext(lexicon),
    questions: compileQuestions(lexicon),
    replies: compileReplies(lexicon),
    overlapStopwords: new Set(lexicon.overlapStopwords),
    focusConcepts: lexicon.focusConcepts.map((f) => ({
      id: f.id,
      question: words(f.question, lexicon, `focus ${f.id}`, ""),
      answer: words(f.answer, lexicon, `focus ${f.id}`, ""),
    })),
    anyFocus: words(lexicon.focusConcepts.flatMap((f) => f.question), lexicon, "focus", ""),
    measurements: compileMeasurements(lexicon),
  };
}
