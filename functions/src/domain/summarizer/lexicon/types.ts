/**
 * Shape of a language pack's vocabularies.
 *
 * Everything here is plain data so that a clinician can review it. Patterns are regular
 * expression sources written in lower case WITHOUT accents (matching runs on folded text where
 * "¿Cuándo?" reads "¿cuando?"), and with these macros, expanded when the pack is compiled:
 *
 *   {G1} ... {G8}  a gap of up to N words that never crosses a negation word, a "but"-like
 *                  terminator or a sentence end ("wound {G6}leaking" matches "wound on my
 *                  shoulder is leaking" but not "wound is fine, nothing is leaking")
 *   {W1} ... {W8}  a plain gap of up to N words, for use inside lookbehinds
 *
 * Performance note: a match is only attempted at words a pattern starts with, so a pattern
 * should START with its rarest part. When the natural first word is common ("I'd like the
 * nurse to call me"), start at the rare part and put the rest in a lookbehind:
 * "(?<=(?:like|want)\s+{W2})nurse\s+...".
 *   {NAME}         any entry of the pack's `macros` table (e.g. {MED} = medicine nouns)
 *
 * In attention patterns, commas, colons, quotes, brackets and hyphens read as spaces, so
 * "angry-looking" is matched by "angry looking" and "bolus, twice" by "bolus\s+twice".
 * Patterns must not contain capturing groups: use (?:...).
 */

import type { AttentionCategory, Severity } from "../types";

/**
 * Whose experience a finding must be for it to need attention.
 *  - "patient": default; a finding about a relative or friend goes to for_review (other_person).
 *  - "speaker": feelings; only treated as someone else's when the sentence has no first person
 *    at all ("I keep feeling like the baby would be better off..." is the patient's feeling).
 *  - "any": requests; whoever says it, the patient wants the care team to act.
 */
export type Experiencer = "patient" | "speaker" | "any";

export interface AttentionRuleSpec {
  /** Stable identifier shown on every item this rule produces. */
  readonly id: string;
  /**
   * Clinical concept. Once a concept is in requires_attention, later mentions of the same
   * concept in the call are follow-ups of the same problem and are not listed again.
   */
  readonly concept: string;
  readonly category: AttentionCategory;
  readonly severity: Severity;
  readonly patterns: readonly string[];
  readonly experiencer?: Experiencer;
  /**
   * Whether a mention inside a question is hypothetical unless the patient says it is happening
   * ("should I take two?" is not a double dose). Default true; false for requests and despair,
   * which are often phrased as questions ("can the nurse call me?", "what's the point?").
   */
  readonly questionMeansHypothetical?: boolean;
  /** The sentence must also mention a medicine, a dose or a dosing verb (see `medicationContext`). */
  readonly needsMedicationContext?: boolean;
}

export interface ContextVocabulary {
  /** Pre-negation triggers (NegEx): "no", "denies", "haven't had". Matched as whole words. */
  readonly negationCues: readonly string[];
  /** Post-negation right after a finding: Spanish "fiebre no tengo". */
  readonly postNegationCues: readonly string[];
  /** Words that end the scope of a negation or a hypothetical: "but", "however", "pero". */
  readonly terminators: readonly string[];
  /** Coordinators that continue a negated list only when the finding follows directly. */
  readonly listJoiners: readonly string[];
  /** Conditional / future / fear cues: "if", "what if", "in case", "si", "por si". */
  readonly hypotheticalCues: readonly string[];
  /** Cue phrases that are NOT conditionals despite containing one ("if I'm honest"). */
  readonly hypotheticalExceptions: readonly string[];
  /** Information from leaflets or the internet, not the patient's body: "the leaflet says". */
  readonly reportedInformationCues: readonly string[];
  /** Past, not current: "years ago", "used to", "before the surgery". */
  readonly historicalCues: readonly string[];
  /** Makes a historical cue describe an ongoing problem: "since last week". */
  readonly ongoingCues: readonly string[];
  /** Resolution: "it's gone now", "hasn't come back", "ya se me pasó". */
  readonly resolutionCues: readonly string[];
  /** A recent event stays current even if it passed: "this morning", "last night". */
  readonly recencyCues: readonly string[];
  /** The care team said to expect it / the patient is fine with it. */
  readonly expectedCues: readonly string[];
  /** People other than the patient, used as subjects: "my husband", "mi papá". */
  readonly thirdPartyNouns: readonly string[];
  /** Pronouns that refer back to the last third party mentioned: "he", "she". */
  readonly thirdPartyPronouns: readonly string[];
  /** The patient as subject or possessor: "I", "me", "my leg". */
  readonly firstPersonCues: readonly string[];
  /** Within a question, these mean the finding is happening now: "I'm", "since", "still". */
  readonly presentStateCues: readonly string[];
  /** The care team sanctioned a medication change: "the doctor told me to stop". */
  readonly sanctionedChangeCues: readonly string[];
  /** Words that give a medication rule its required context. */
  readonly medicationContext: readonly string[];
}

export interface QuestionVocabulary {
  /** Discourse markers after which a new clause can start in unpunctuated speech. */
  readonly clauseMarkers: readonly string[];
  /** Fillers that may sit between a clause start and the question words ("um", "like"). */
  readonly fillers: readonly string[];
  /** Interrogative syntax that must open a clause: "can I", "what do", "when's". */
  readonly clauseInitialCues: readonly string[];
  /** Clause-initial cues that count only in a sentence ending with "?" (e.g. Spanish "¿puedo...?"). */
  readonly clauseInitialCuesNeedingMark: readonly string[];
  /**
   * Clause-initial cues that also count in a turn with no punctuation at all, where speech-to-text
   * dropped the "?" ("y el baño puedo bañarme ya").
   */
  readonly clauseInitialCuesWhenUnpunctuated: readonly string[];
  /** Indirect questions and requests for information, anywhere: "I was wondering", "tell me about". */
  readonly indirectCues: readonly string[];
  /** Matched on lower-case text WITH accents (Spanish "cuándo" vs "cuando"). */
  readonly accentedInterrogatives: readonly string[];
  /** Greetings, lead-ins, exclamations and rhetorical questions that are never questions. */
  readonly nonQuestions: readonly string[];
  /** Rhetorical tags at the end of a sentence: "right?", "you know?", "¿viste?". */
  readonly tags: readonly string[];
  /** A checked assumption: "so that's better, right?" asks whether it is. */
  readonly evaluativeCues: readonly string[];
  /** One-word "?" replies that are reactions, not questions: "really?", "sorry?". */
  readonly acknowledgements: readonly string[];
  /**
   * Questions only the care team can settle: dose changes, "is it X?" diagnoses, switching
   * treatment. The agent never answers these, so once it deflects, related advice it adds
   * ("a humidifier may help") does not make the question answered.
   */
  readonly reservedDecisions: readonly string[];
  /**
   * "What do I do if...?", "Should I call someone?": questions whose answer IS the escalation
   * advice, so an urgent referral in the reply answers them.
   */
  readonly escalationQuestions: readonly string[];
}

export interface ReplyVocabulary {
  /** The agent declines, refers the decision to the care team, or says it has no information. */
  readonly deflection: readonly string[];
  /** Sympathy and acknowledgement sentences that carry no answer. */
  readonly empathy: readonly string[];
  /** "Before we get to X, I need to stop on what you said." */
  readonly meta: readonly string[];
  /** Urgent escalation: "call the office now", "go to the emergency department". */
  readonly urgentReferral: readonly string[];
  /**
   * A condition opening an urgent sentence ("call right away IF you get a rash", "warning signs
   * are..."): advice for later, not a reaction to what the patient just said.
   */
  readonly conditionalEscalation: readonly string[];
  /** Words an escalation shares with any patient turn ("call", "clinic", "today"): not evidence. */
  readonly logisticsWords: readonly string[];
  /** Stop-gap advice given instead of the answer: "in the meantime...". */
  readonly interim: readonly string[];
  /** "Call us if it gets worse": neither an answer nor a deflection. */
  readonly safetyNet: readonly string[];
  /** Start of the answer to the next question: "As for the monitor, ...". */
  readonly topicSwitch: readonly string[];
  /** Concrete content (numbers with units, yes/no) that keeps a sentence an answer. */
  readonly concreteAnswer: readonly string[];
  /** Right before such a number, it names an appointment instead ("at your six-week review"). */
  readonly appointmentBeforeNumber: readonly string[];
}

/**
 * A topic whose absence from the reply means the agent answered a different question: "When can
 * I drive?" answered about riding as a passenger never mentions driving.
 */
export interface FocusConcept {
  readonly id: string;
  /** The question is about the topic ("drive", "behind the wheel"). */
  readonly question: readonly string[];
  /** The reply talks about it. */
  readonly answer: readonly string[];
}

export interface MeasurementVocabulary {
  readonly glucoseContext: readonly string[];
  readonly temperatureContext: readonly string[];
  readonly bloodPressureContext: readonly string[];
  readonly pulseContext: readonly string[];
  readonly oxygenContext: readonly string[];
  /** Words right before a number that make it a reading: "it was", "came up", "salí en". */
  readonly readingLinks: readonly string[];
  /** A number that is a goal, not a reading: "target", "should be under". */
  readonly targetCues: readonly string[];
  readonly numberWords: Readonly<Record<string, number>>;
  readonly hundredWords: readonly string[];
  readonly thousandWords: readonly string[];
  readonly decimalWords: readonly string[];
  readonly numberJoiners: readonly string[];
  /** "over" in "180 over 110". */
  readonly bloodPressureSeparators: readonly string[];
}

export interface LanguageLexicon {
  /** ISO 639-1 code, e.g. "en". */
  readonly code: string;
  readonly name: string;
  /** Frequent function words, for language detection when metadata does not say. */
  readonly detectionWords: readonly string[];
  /** Characters only this language writes (Spanish "¿", "¡"); each message containing one counts as one more detection word. */
  readonly detectionCharacters?: readonly string[];
  /** Named regex fragments usable as {NAME} in every pattern of this pack. */
  readonly macros: Readonly<Record<string, string>>;
  /** Words that a gap never crosses, besides sentence ends. */
  readonly gapBlockers: readonly string[];
  readonly attention: readonly AttentionRuleSpec[];
  readonly context: ContextVocabulary;
  readonly questions: QuestionVocabulary;
  readonly replies: ReplyVocabulary;
  /** Function words ignored when comparing a question with a reply. */
  readonly overlapStopwords: readonly string[];
  readonly focusConcepts: readonly FocusConcept[];
  readonly measurements: MeasurementVocabulary;
}
