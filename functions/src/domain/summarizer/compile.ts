/**
 * Compiles a language pack's data into regular expressions, once per pack.
 *
 * Every list becomes ONE alternation, so each stage scans a message once per list instead of
 * once per entry; that is what keeps an hour-long call within a few milliseconds. Gaps are
 * bounded ({G1}..{G8}) and word tokens in a gap cannot overlap the whitespace after them, so
 * no pattern can backtrack catastrophically.
 */

import type { ConceptRule, IdiomSpec, LanguageLexicon } from "./lexicon/types";
import { PatternSet } from "./matcher";
import { listEntries, RuleCompiler, WORD_START } from "./rules";
import { fold, stem } from "./text";

/** Nothing letter-like may follow a match: the end of a word. */
const WORD_END = "(?![a-z0-9'])";


export type QuestionCueKind = "clause" | "clause_needing_mark" | "clause_if_unpunctuated" | "indirect";
export type ReplyCueKind = "deflection" | "urgent" | "meta";

/** A concept rule ready to run: its `with` and `qualifiedBy` expressions compiled. */
export interface CompiledRule {
  readonly spec: ConceptRule;
  /** Each must match somewhere in the window around the finding. */
  readonly with: readonly RegExp[];
  /** One of these must match in the window, or the finding is only uncertain. */
  readonly qualifiedBy: RegExp | null;
  readonly window: number;
}

/** Words around a match that `with` and `qualifiedBy` look at, unless a rule says otherwise. */
export const DEFAULT_RULE_WINDOW = 12;

export interface CompiledPack {
  readonly lexicon: LanguageLexicon;
  readonly rules: RuleCompiler;
  readonly attention: {
    /**
     * Every `when` sequence of every rule, tagged with its rule: the confident rules', then the
     * safety floor's. One set, so a turn's tokens are walked once for both; findAttention reads the
     * floor's matches after the confident ones, so they never hide a confident rule's match.
     */
    readonly rules: PatternSet<CompiledRule>;
    /** Other senses of clinical words, blanked before the rules run. */
    readonly idioms: PatternSet<IdiomSpec>;
  };
  readonly context: {
    readonly negation: RegExp;
    readonly pseudoNegation: RegExp;
    readonly postNegation: RegExp;
    readonly postNegationReach: number;
    /** The whole rest of a sentence after its last comma, when it is a closing denial. */
    readonly listDenial: RegExp;
    readonly denialOpening: RegExp;
    readonly conditional: RegExp;
    readonly clauseThen: ReadonlySet<string>;
    readonly terminator: RegExp;
    readonly listJoiners: ReadonlySet<string>;
    readonly disjunctiveJoiners: ReadonlySet<string>;
    readonly hypothetical: RegExp;
    readonly hypotheticalException: RegExp;
    readonly accentedNonCues: ReadonlySet<string>;
    readonly reportedInformation: RegExp;
    readonly historical: RegExp;
    readonly indexEvent: RegExp;
    readonly measuredForPatient: RegExp;
    readonly givenToSpeaker: RegExp;
    readonly givenToSpokenFor: RegExp;
    readonly careSetting: RegExp;
    readonly ongoing: RegExp;
    readonly resolution: RegExp;
    readonly eventResolution: RegExp;
    readonly recency: RegExp;
    readonly expected: RegExp;
    readonly baseline: RegExp;
    /** A member of the care team named (the pack's CARE_PERSON class): who can state an expectation. */
    readonly careTeam: RegExp;
    readonly thirdPartyNoun: RegExp;
    readonly thirdPartyPronouns: ReadonlySet<string>;
    readonly objectPrepositions: ReadonlySet<string>;
    readonly childNoun: RegExp;
    readonly childCall: RegExp;
    /** The caller says they call for a relative ("I'm ringing about me dad", "soy su hija"). */
    readonly carerCall: RegExp;
    /** Inside a carer cue, the caller's own role ("I'm her daughter"): that noun is not the patient. */
    readonly carerOwnRole: RegExp;
    readonly firstPerson: RegExp;
    readonly presentState: RegExp;
    /** Matched where it ends the text before a finding. */
    readonly treatmentFor: RegExp;
    readonly sanctionedChange: RegExp;
    readonly consequenceOpener: RegExp;
    readonly unsanctioned: RegExp;
    readonly medicationContext: RegExp;
    readonly selfContact: RegExp;
    readonly contactWords: RegExp;
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
    readonly echoCheckAt: RegExp;
    readonly tagAtEnd: RegExp;
    /** Every word that can end a tag: a sentence ending otherwise has no tag to look for. */
    readonly tagWords: ReadonlySet<string>;
    readonly evaluative: RegExp;
    readonly acknowledgement: RegExp;
    readonly alternativeBefore: RegExp;
    /** Words that make an indirect cue a lead-in ("what I wanted to ASK is"). */
    readonly leadIn: RegExp;
    readonly announcement: RegExp;
    /** In a sentence ending with "?", words that make a statement-shaped sentence a real question. */
    readonly yesNoMarker: RegExp;
    readonly yesNoByIntonation: boolean;
    /** Tags that seek reassurance about the patient ("..., will it?"), unlike "right?". */
    readonly reassuranceTag: RegExp;
    /** A tag that only rounds a statement off ("..., you know?"), ending the sentence. */
    readonly rhetoricalTag: RegExp;
    readonly reservedDecision: RegExp;
    readonly escalationQuestion: RegExp;
  };
  readonly replies: {
    /** Deflection, urgent-referral and meta cues, in one index. */
    readonly cues: PatternSet<ReplyCueKind>;
    /** The urgent-referral cues alone: whether the agent escalated is asked of every reply. */
    readonly urgentCues: PatternSet<ReplyCueKind>;
    /** "That's important.", "Eso es una urgencia.": the agent's judgement, at a sentence's start. */
    readonly concernOpening: RegExp;
    /** "Confusion is another warning sign.": the agent adding this turn to its concern, anywhere in a sentence. */
    readonly additionalConcern: RegExp;
    /** "Leanne, thank you for telling me.": a thanks for a disclosure, at a sentence's start or after a comma. */
    readonly disclosureThanks: RegExp;
    /** "Yes, that's very common.": the agent's calm judgement, at a reply's start. */
    readonly calmOpening: RegExp;
    readonly calmContrast: RegExp;
    readonly calmJudgement: RegExp;
    readonly takesUp: RegExp;
    readonly contactOffer: RegExp;
    /** Anchored at the start of the patient's turn. */
    readonly offerAccepted: RegExp;
    readonly empathy: RegExp;
    readonly interim: RegExp;
    readonly conditionalEscalation: RegExp;
    readonly continuingEscalation: RegExp;
    readonly logisticsWords: ReadonlySet<string>;
    readonly safetyNet: RegExp;
    readonly topicSwitch: RegExp;
    readonly concreteAnswer: RegExp;
    readonly appointmentBeforeNumber: RegExp;
    readonly amountWords: ReadonlySet<string>;
    /** A sentence naming the care team as the one who decides or tells. */
    readonly referral: RegExp;
    /** A reply that opens like an answer to a yes/no question ("Yes, ...", "Sim, ..."). */
    readonly answerOpener: RegExp;
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
    readonly weightContext: RegExp;
    readonly inrContext: RegExp;
    readonly lithiumContext: RegExp;
    /** Every measurement's words at once, indexed: most turns name none, and one pass tells. */
    readonly anyTopic: PatternSet<true>;
    /** Words of a pregnancy or the weeks after birth, indexed (read over every turn of a call). */
    readonly pregnancy: PatternSet<"pregnancy">;
    /** Words of a lung disease with a lower oxygen target, indexed (read over every turn of a call). */
    readonly lowerOxygenTarget: PatternSet<"lowerOxygenTarget">;
    readonly nonReadingUnit: RegExp;
    readonly weightGain: RegExp;
    readonly currentTime: RegExp;
    readonly kilogramUnit: RegExp;
    readonly poundUnit: RegExp;
    readonly periods: ReadonlyArray<{ readonly days: number; readonly regex: RegExp }>;
    readonly dayUnit: RegExp;
    readonly weekUnit: RegExp;
    readonly readingLinkBefore: RegExp;
    readonly targetCue: RegExp;
    readonly bloodPressureSeparator: RegExp;
    readonly bloodPressureNamedSeparator: RegExp;
    readonly numberWords: ReadonlyMap<string, number>;
    readonly hundredWords: ReadonlySet<string>;
    readonly thousandWords: ReadonlySet<string>;
    readonly decimalWords: ReadonlySet<string>;
    readonly numberJoiners: ReadonlySet<string>;
    readonly compoundNumberWords: boolean;
    readonly multiplyingTens: ReadonlySet<string>;
    readonly tensTakingTeens: ReadonlySet<number>;
    readonly tenTakesUnits: boolean;
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
  const expanded = listEntries(sources, where).map((s) => {
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
  return listEntries(sources, where).map((source) => {
    assertNoCapturingGroup(source, where);
    return { source: `${WORD_START}(?:${expandMacros(source, lexicon)})`, tag };
  });
}

export function compileRule(compiler: RuleCompiler, spec: ConceptRule): CompiledRule {
  const one = (sources: readonly string[], what: string): RegExp =>
    new RegExp(sources.map((s) => compiler.pattern(s, `${spec.id} ${what}`)).join("|"));
  return {
    spec,
    with: (spec.with ?? []).map((s) => one([s], "with")),
    qualifiedBy: spec.qualifiedBy && spec.qualifiedBy.length > 0 ? one(spec.qualifiedBy, "qualifiedBy") : null,
    window: spec.window ?? DEFAULT_RULE_WINDOW,
  };
}

function compileAttention(lexicon: LanguageLexicon, compiler: RuleCompiler): CompiledPack["attention"] {
  const entries = (floor: boolean) => lexicon.rules.filter((spec) => (spec.floor ?? false) === floor).flatMap((spec) => {
    const rule = compileRule(compiler, spec);
    return spec.when.map((source) => ({ source: compiler.pattern(source, spec.id), tag: rule }));
  });
  const idioms = lexicon.idioms.flatMap((idiom) => idiom.when.map((source) => ({ source: compiler.pattern(source, idiom.id), tag: idiom })));
  return { rules: new PatternSet([...entries(false), ...entries(true)]), idioms: new PatternSet(idioms) };
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
    echoCheckAt: new RegExp(alternation(q.echoChecks, lexicon, "echoChecks"), "y"),
    tagAtEnd: new RegExp(`(?:^|[\\s,]+)\u00bf?\\s*${tag}${WORD_END}[\\s?.!,]*$`),
    tagWords: new Set(q.tags.flatMap((t) => t.replace(/\\[a-z]/g, " ").match(/[a-z']+/g) ?? [])),
    evaluative: phrases(q.evaluativeCues, lexicon, "evaluativeCues", ""),
    acknowledgement: new RegExp(`^[\\s\u00bf\u00a1"']*${alternation(q.acknowledgements, lexicon, "acknowledgements")}[\\s?.!,]*$`),
    // "or" offers an alternative, "I mean" / "o sea" rephrases: either way the same question
    alternativeBefore: new RegExp(`${WORD_START}${alternation(q.alternativeMarkers, lexicon, "alternativeMarkers")}[\\s,]*$`),
    leadIn: words(q.leadInWords, lexicon, "leadInWords", ""),
    announcement: phrases(q.announcementCues ?? [], lexicon, "announcementCues", ""),
    yesNoMarker: phrases(q.yesNoMarkers, lexicon, "yesNoMarkers", ""),
    yesNoByIntonation: q.yesNoByIntonation,
    reassuranceTag: new RegExp(`(?:^|[\\s,]+)\u00bf?\\s*${alternation(q.reassuranceTags, lexicon, "reassuranceTags")}${WORD_END}[\\s?.!,]*$`),
    rhetoricalTag: new RegExp(`(?:^|[\\s,]+)\u00bf?\\s*${alternation(q.rhetoricalTags, lexicon, "rhetoricalTags")}${WORD_END}[\\s?.!,]*$`),
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
    urgentCues: new PatternSet<ReplyCueKind>([
      ...tagged(r.urgentReferral, lexicon, "urgentReferral", "urgent" as const),
      ...tagged(r.flagAnnouncement, lexicon, "flagAnnouncement", "urgent" as const),
    ]),
    // "Thank you for telling me, Mrs Roth, that's important": a thanks and up to three words of name may precede the judgement
    concernOpening: new RegExp(
      `^[\\s"']*(?:[a-z]+,\\s+)?(?:${alternation(r.thanksBeforeJudgement, lexicon, "thanksBeforeJudgement")}[\\s,]+(?:(?:[a-z]+\\s+){0,2}[a-z]+,\\s+)?)?${alternation(r.concernOpening, lexicon, "concernOpening")}${WORD_END}`,
    ),
    additionalConcern: words(r.additionalConcern, lexicon, "additionalConcern", ""),
    // "Mrs Roth, yes, that's very common": up to two words and a comma, twice, may come first
    calmOpening: new RegExp(`^[\\s"']*(?:(?:[a-z']+\\s+)?[a-z']+,\\s+){0,2}${alternation(r.calmOpening, lexicon, "calmOpening")}${WORD_END}`),
    calmContrast: words(r.calmContrast, lexicon, "calmContrast", ""),
    calmJudgement: words(r.calmJudgement, lexicon, "calmJudgement", ""),
    takesUp: words(r.takesUp, lexicon, "takesUp", ""),
    contactOffer: words(r.contactOffer, lexicon, "contactOffer", ""),
    offerAccepted: new RegExp(`^[\\s"'\u00a1\u00bf]*${alternation(r.offerAccepted, lexicon, "offerAccepted")}${WORD_END}`),
    // at the sentence's start or after a comma and one word more: "Donna, thank you for telling me",
    // "I'm so sorry it feels that heavy, and thank you for telling me"
    disclosureThanks: new RegExp(`(?:^[\\s"']*|,\\s+(?:[a-z]+\\s+)?)${alternation(r.disclosureThanks, lexicon, "disclosureThanks")}${WORD_END}`),
    empathy: anchoredAnywhere(r.empathy, lexicon, "empathy"),
    interim: anchoredAnywhere(r.interim, lexicon, "interim"),
    conditionalEscalation: anchoredAnywhere(r.conditionalEscalation, lexicon, "conditionalEscalation"),
    continuingEscalation: anchoredAnywhere(r.continuingEscalation, lexicon, "continuingEscalation"),
    logisticsWords: new Set(r.logisticsWords.map(stem)),
    safetyNet: anchoredAnywhere(r.safetyNet, lexicon, "safetyNet"),
    topicSwitch: anchoredAnywhere(r.topicSwitch, lexicon, "topicSwitch"),
    concreteAnswer: new RegExp(alternation(r.concreteAnswer, lexicon, "concreteAnswer"), "g"),
    appointmentBeforeNumber: new RegExp(`${alternation(r.appointmentBeforeNumber, lexicon, "appointmentBeforeNumber")}$`),
    amountWords: plainWords(r.amountWords),
    referral: phrases(r.referralCues, lexicon, "referralCues", ""),
    answerOpener: new RegExp(`^[\\s"']*(?:${alternation(r.answerOpeners, lexicon, "answerOpeners")})(?![a-z0-9])`),
  };
}

/** A list of rule-language cues as one global regex, each cue anchored at a word start. */
function cues(compiler: RuleCompiler, sources: readonly string[], where: string, flags = "g"): RegExp {
  if (sources.length === 0) return new RegExp("(?!)", flags);
  return new RegExp(listEntries(sources, where).map((s) => compiler.pattern(s, where)).join("|"), flags);
}

/** The same cues, matched only where they end the text (what precedes a finding or a number). */
function cuesAtEnd(compiler: RuleCompiler, sources: readonly string[], where: string, trailing = ""): RegExp {
  if (sources.length === 0) return /(?!)/;
  return new RegExp(`(?:${listEntries(sources, where).map((s) => compiler.pattern(s, where)).join("|")})${trailing}\\s*$`);
}

function plainWords(list: readonly string[]): ReadonlySet<string> {
  return new Set(list.map((w) => fold(w).trim()));
}

function compileContext(lexicon: LanguageLexicon, compiler: RuleCompiler): CompiledPack["context"] {
  const c = lexicon.context;
  const determiners = c.thirdPartyDeterminers.length > 0 ? `(?:(?:${c.thirdPartyDeterminers.map((d) => compiler.expression(d, "thirdPartyDeterminers")).join("|")})\\s+)?` : "";
  const nouns = c.thirdPartyNouns.map((n) => compiler.expression(n, "thirdPartyNouns")).join("|");
  const denials = c.listDenialCues.map((d) => compiler.expression(d, "listDenialCues")).join("|");
  return {
    negation: cues(compiler, c.negationCues, "negationCues"),
    pseudoNegation: cues(compiler, c.pseudoNegations, "pseudoNegations"),
    // longest first, so "no tengo" is read whole and not as a bare "no"
    postNegation: cues(compiler, [...c.postNegationCues].sort((a, b) => b.length - a.length), "postNegationCues"),
    listDenial: new RegExp(`^\\s*(?:${denials})[\\s.!]*$`),
    // a denial that opens a sentence and closes its clause, a form of address allowed: "No ma'am, none of that"
    denialOpening: new RegExp(`^\\s*(?:${denials})(?:\\s+[a-z']+)?\\s*(?:[,.!;]|$)`),
    postNegationReach: c.postNegationReach,
    conditional: cues(compiler, c.conditionalCues, "conditionalCues", ""),
    clauseThen: plainWords(c.clauseThen),
    terminator: cues(compiler, c.terminators, "terminators"),
    listJoiners: plainWords(c.listJoiners),
    disjunctiveJoiners: plainWords(c.disjunctiveJoiners),
    hypothetical: cues(compiler, [...c.hypotheticalCues, ...c.conditionalCues], "hypotheticalCues"),
    hypotheticalException: cues(compiler, c.hypotheticalExceptions, "hypotheticalExceptions"),
    accentedNonCues: new Set(c.accentedNonCues),
    reportedInformation: cues(compiler, c.reportedInformationCues, "reportedInformationCues"),
    historical: cues(compiler, c.historicalCues, "historicalCues"),
    indexEvent: cues(compiler, c.indexEventCues ?? [], "indexEventCues"),
    measuredForPatient: cues(compiler, c.measuredForPatientCues ?? [], "measuredForPatientCues", ""),
    givenToSpeaker: cues(compiler, c.givenToSpeakerCues ?? [], "givenToSpeakerCues", ""),
    givenToSpokenFor: cues(compiler, c.givenToSpokenForCues ?? [], "givenToSpokenForCues", ""),
    careSetting: cues(compiler, c.careSettingCues, "careSettingCues"),
    ongoing: cuesAtEnd(compiler, c.ongoingCues, "ongoingCues", "(?:\\s+[a-z']+)?"),
    resolution: cues(compiler, c.resolutionCues, "resolutionCues"),
    eventResolution: cues(compiler, c.eventResolutionCues, "eventResolutionCues"),
    recency: cues(compiler, c.recencyCues, "recencyCues", ""),
    expected: cues(compiler, c.expectedCues, "expectedCues", ""),
    baseline: cues(compiler, c.baselineCues, "baselineCues"),
    careTeam: cues(compiler, ["@CARE_PERSON"], "careTeam", ""),
    thirdPartyNoun: new RegExp(`${WORD_START}${determiners}(?:${nouns})`, "g"),
    thirdPartyPronouns: plainWords(c.thirdPartyPronouns),
    objectPrepositions: plainWords(c.objectPrepositions ?? []),
    childNoun: cues(compiler, c.childNouns ?? [], "childNouns"),
    childCall: cues(compiler, c.childCallCues ?? [], "childCallCues", ""),
    carerCall: cues(compiler, c.carerCallCues ?? [], "carerCallCues"),
    carerOwnRole: cues(compiler, c.carerOwnRoleCues ?? [], "carerOwnRoleCues", ""),
    firstPerson: cues(compiler, c.firstPersonCues, "firstPersonCues"),
    presentState: cues(compiler, c.presentStateCues, "presentStateCues", ""),
    treatmentFor: cuesAtEnd(compiler, c.treatmentForCues ?? [], "treatmentForCues"),
    sanctionedChange: cues(compiler, c.sanctionedChangeCues, "sanctionedChangeCues", ""),
    consequenceOpener: new RegExp(`^\\s*(?:${c.consequenceOpeners.map((s) => compiler.expression(s, "consequenceOpeners")).join("|") || "(?!)"})`),
    unsanctioned: cues(compiler, c.unsanctionedCues, "unsanctionedCues", ""),
    medicationContext: cues(compiler, c.medicationContext, "medicationContext", ""),
    selfContact: cues(compiler, c.selfContactCues, "selfContactCues", ""),
    contactWords: cues(compiler, c.contactCues, "contactCues", ""),
  };
}

/** The measurement word lists a bare number's topic is read from (readings.ts). */
const TOPIC_LISTS = ["glucoseContext", "temperatureContext", "bloodPressureContext", "pulseContext", "oxygenContext", "weightContext", "inrContext", "lithiumContext"] as const;

function compileMeasurements(lexicon: LanguageLexicon, compiler: RuleCompiler): CompiledPack["measurements"] {
  const m = lexicon.measurements;
  const fillers = m.readingFillers.length > 0 ? `(?:\\s+(?:${m.readingFillers.map((f) => compiler.expression(f, "readingFillers")).join("|")}))?` : "";
  return {
    glucoseContext: cues(compiler, m.glucoseContext, "glucoseContext"),
    temperatureContext: cues(compiler, m.temperatureContext, "temperatureContext"),
    bloodPressureContext: cues(compiler, m.bloodPressureContext, "bloodPressureContext"),
    pulseContext: cues(compiler, m.pulseContext, "pulseContext"),
    oxygenContext: cues(compiler, m.oxygenContext, "oxygenContext"),
    weightContext: cues(compiler, m.weightContext, "weightContext"),
    inrContext: cues(compiler, m.inrContext, "inrContext"),
    lithiumContext: cues(compiler, m.lithiumContext, "lithiumContext"),
    anyTopic: new PatternSet(TOPIC_LISTS.flatMap((list) => listEntries(m[list], list).map((source) => ({ source: compiler.pattern(source, list), tag: true as const })))),
    pregnancy: new PatternSet(m.pregnancyContext.map((source) => ({ source: compiler.pattern(source, "pregnancyContext"), tag: "pregnancy" as const }))),
    lowerOxygenTarget: new PatternSet((m.lowerOxygenTargetContext ?? []).map((source) => ({ source: compiler.pattern(source, "lowerOxygenTargetContext"), tag: "lowerOxygenTarget" as const }))),
    nonReadingUnit: new RegExp(`^\\s*(?:${m.nonReadingUnits.map((u) => compiler.expression(u, "nonReadingUnits")).join("|")})`),
    weightGain: cues(compiler, m.weightGainCues, "weightGainCues"),
    currentTime: cues(compiler, m.currentTimeCues, "currentTimeCues"),
    kilogramUnit: new RegExp(`^\\s*(?:${m.kilogramUnits.map((u) => compiler.expression(u, "kilogramUnits")).join("|")})`),
    poundUnit: new RegExp(`^\\s*(?:${m.poundUnits.map((u) => compiler.expression(u, "poundUnits")).join("|")})`),
    periods: m.periods.map((p) => ({ days: p.days, regex: cues(compiler, p.when, "periods", "") })),
    dayUnit: new RegExp(`^\\s*(?:${m.dayUnits.map((u) => compiler.expression(u, "dayUnits")).join("|")})`),
    weekUnit: new RegExp(`^\\s*(?:${m.weekUnits.map((u) => compiler.expression(u, "weekUnits")).join("|")})`),
    readingLinkBefore: cuesAtEnd(compiler, m.readingLinks, "readingLinks", fillers),
    targetCue: cues(compiler, m.targetCues, "targetCues", ""),
    bloodPressureSeparator: new RegExp(`^\\s*(?:${m.bloodPressureSeparators.join("|")})\\s*`),
    bloodPressureNamedSeparator: new RegExp(`^\\s*(?:${m.bloodPressureNamedSeparators.join("|")})\\s*$`),
    numberWords: new Map(Object.entries(m.numberWords)),
    hundredWords: new Set(m.hundredWords),
    thousandWords: new Set(m.thousandWords),
    decimalWords: new Set(m.decimalWords),
    numberJoiners: new Set(m.numberJoiners),
    compoundNumberWords: m.compoundNumberWords ?? false,
    multiplyingTens: new Set(m.multiplyingTens ?? []),
    tensTakingTeens: new Set(m.tensTakingTeens ?? []),
    tenTakesUnits: m.tenTakesUnits ?? false,
  };
}

export function compilePack(lexicon: LanguageLexicon): CompiledPack {
  const rules = new RuleCompiler({ terms: lexicon.terms, gapBlockers: lexicon.gapBlockers, code: lexicon.code });
  return {
    lexicon,
    rules,
    attention: compileAttention(lexicon, rules),
    context: compileContext(lexicon, rules),
    questions: compileQuestions(lexicon),
    replies: compileReplies(lexicon),
    overlapStopwords: new Set(lexicon.overlapStopwords),
    focusConcepts: lexicon.focusConcepts.map((f) => ({
      id: f.id,
      question: words(f.question, lexicon, `focus ${f.id}`, ""),
      answer: words(f.answer, lexicon, `focus ${f.id}`, ""),
    })),
    anyFocus: words(lexicon.focusConcepts.flatMap((f) => f.question), lexicon, "focus", ""),
    measurements: compileMeasurements(lexicon, rules),
  };
}
