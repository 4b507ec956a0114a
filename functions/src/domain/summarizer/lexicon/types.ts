/**
 * Shape of a language pack: every word the summarizer reads, as data, for clinical review.
 *
 * Two notations are used:
 *  - the RULE LANGUAGE (see ConceptRule below, compiled by ../rules.ts) for everything clinical
 *    and for the context cues: term classes, concept rules, idioms, negation / hypothetical /
 *    resolution / third-party cues, measurement words. Word boundaries are enforced by the
 *    compiler, accents are folded, and no regular-expression syntax is allowed.
 *  - regular expressions with macros for the dialogue vocabularies (how patients ask and how
 *    the agent answers or deflects): lower case WITHOUT accents, matched on folded text;
 *    {G1}..{G8} are word gaps that never cross a negation, a "but" or a sentence end, {W1}..{W8}
 *    plain word gaps for lookbehinds, {NAME} an entry of the pack's `macros`. Patterns must not
 *    contain capturing groups. A pattern should START with its rarest word (matching is only
 *    attempted at the words patterns start with).
 */

import type { AttentionCategory, Severity } from "../types";

/**
 * Whose experience a finding must be for it to need attention.
 *  - "patient": default; a finding about a relative or friend goes to for_review (other_person).
 *  - "speaker": feelings; only treated as someone else's when the sentence has no first person
 *    at all ("I keep feeling like the baby would be better off..." is the patient's feeling).
 *  - "any": requests; whoever says it, the patient wants the care team to act.
 *  - "sentence": readings; someone else's only when their own sentence names that person.
 */
export type Experiencer = "patient" | "speaker" | "any" | "sentence";

/**
 * Sentences a rule must find (`match`) and must not find (`noMatch`), written by us in plain
 * patient language; the rule's own unit test runs them. Never copied from a labeled file.
 */
export interface RuleExamples {
  readonly match: readonly string[];
  readonly noMatch: readonly string[];
}

/**
 * One clinical concept, in the rule language below. A rule names the concept (body system x
 * symptom, a medication event, a feeling, a request), not a sentence: its `when` sequences are
 * built from the pack's term classes, so one rule covers every wording the classes combine to.
 *
 * Rule language (compiled by ../rules.ts; word boundaries are enforced on every word):
 *   @NAME        a term class of the pack (`terms`), e.g. @CHEST, @PAIN, @MED
 *   word         a whole word; a trailing * allows any ending ("breathless*"); an apostrophe is
 *                optional ("can't" also reads "cant"); written lower case without accents
 *   ~N           up to N words (1..8) in between, never across a negation, a "but"-like word
 *                or the end of a sentence
 *   (a b|c)      alternatives; [a b] optional; !word or !(a|b) the next word must not be this
 */
export interface ConceptRule {
  /** Stable identifier, "<language>.<concept>[.<variant>]", shown on every item it produces. */
  readonly id: string;
  /**
   * Clinical concept, the same in every language (see CHECKLIST.md). Once a concept is in
   * requires_attention, later mentions of it in the call are follow-ups and are not re-listed.
   */
  readonly concept: string;
  readonly category: AttentionCategory;
  readonly severity: Severity;
  /** Sequences, any of which finds the concept. */
  readonly when: readonly string[];
  /** Every one of these must also appear within `window` words of the match, in any order. */
  readonly with?: readonly string[];
  /**
   * A finding that is a red flag only with a qualifier (new, worse, sudden, severe, a number):
   * when none of these appears within `window` words, it goes to for_review as "uncertain".
   */
  readonly qualifiedBy?: readonly string[];
  /**
   * In a call about a pregnancy or the weeks after birth the finding needs no qualifier: a headache,
   * a change in vision or a puffy face is then itself a warning sign of pre-eclampsia.
   */
  readonly pregnancyQualifies?: boolean;
  /**
   * `qualifiedBy` is also looked for in the whole turn and the earlier turns of the call: the condition or the other
   * medicine that makes an event dangerous ("I'm on warfarin", "my kidneys") is often named before.
   */
  readonly qualifiedInHistory?: boolean;
  /** Words around the match searched by `with` and `qualifiedBy` (default 12). */
  readonly window?: number;
  readonly experiencer?: Experiencer;
  /**
   * Whether a mention inside a question is hypothetical unless the patient says it is happening
   * ("should I take two?" is not a double dose). Default true; false for requests and despair,
   * which are often phrased as questions ("can the nurse call me?", "what's the point?").
   */
  readonly questionMeansHypothetical?: boolean;
  /**
   * Conditionals do not make it hypothetical: passive ideation is said as one ("if I just didn't
   * wake up..."). Fears and questions still do.
   */
  readonly conditionalIsReal?: boolean;
  /** The sentence (or the sentence before) must also mention a medicine or a dose (`medicationContext`). */
  readonly needsMedicationContext?: boolean;
  /**
   * An event that stays a problem after it happened ("ran out", "stopped my tablets", "fell"):
   * the past tense does not resolve it, only an explicit fix does (`eventResolutionCues`).
   */
  readonly persists?: boolean;
  /**
   * An event that matters though it passed ("I blacked out, then felt all right"): that it
   * passed does not resolve it; only history does ("I fainted once as a child").
   */
  readonly passingDoesNotResolve?: boolean;
  /**
   * A comparison with an earlier value ("4.2 kilos, from 4.6 two weeks ago", "it was 1.2 in hospital"):
   * the past a historical or care-setting cue names is the baseline's, so it does not resolve the finding.
   */
  readonly pastIsBaseline?: boolean;
  /**
   * A safety-floor concept: broad words for a present bodily complaint, a medication event, distress
   * or a wish for contact. It never raises requires_attention itself; when it holds (first person,
   * not negated, resolved, hypothetical or planned) in a turn no other rule turned into an item, the
   * turn goes to for_review as "uncertain", so a red flag the confident rules do not know is read.
   */
  readonly floor?: boolean;
  readonly examples: RuleExamples;
}

/**
 * Another sense of a clinical word ("this paperwork is a headache", "dying to get back to golf",
 * "my phone number"): the words are blanked before the rules run.
 */
export interface IdiomSpec {
  readonly id: string;
  /** Sequences in the rule language. */
  readonly when: readonly string[];
  readonly examples: RuleExamples;
}

/** Context cues, all in the rule language. */
export interface ContextVocabulary {
  /** Pre-negation triggers (NegEx): "no", "denies", "haven't had". Matched as whole words. */
  readonly negationCues: readonly string[];
  /**
   * Phrases that contain a negation word but do not negate what follows ("not only", "no doubt",
   * "no wonder", "sin duda", "pas seulement", "nicht nur"): their cue is ignored.
   */
  readonly pseudoNegations: readonly string[];
  /**
   * Negation after the finding, within `postNegationReach` words and the same clause: Spanish
   * "fiebre no he tenido", French "de la fièvre, non", German "Fieber habe ich keins".
   */
  readonly postNegationCues: readonly string[];
  readonly postNegationReach: number;
  /**
   * A denial that closes a list after a comma and ends the sentence, denying every finding listed
   * before it: "double vision or new tingling, none of that", "visão dupla ou formigueiro, nada".
   */
  readonly listDenialCues: readonly string[];
  /** Conditionals that open a clause ("if", "what if", "si", "falls"): their scope ends at a comma. */
  readonly conditionalCues: readonly string[];
  /** Words that end a conditional clause without a comma ("then", "entonces", "alors", "dann"). */
  readonly clauseThen: readonly string[];
  /** Words that end the scope of a negation or a hypothetical: "but", "however", "pero". */
  readonly terminators: readonly string[];
  /** Coordinators that continue a negated list only when the finding follows directly (plain words). */
  readonly listJoiners: readonly string[];
  /**
   * The joiners among them that offer alternatives ("or", "nor"): "breathlessness or chest pain I
   * haven't got" is one list under one denial, where "and" may start a new clause.
   */
  readonly disjunctiveJoiners: readonly string[];
  /** Conditional / future / fear cues: "if", "what if", "in case", "si", "por si". */
  readonly hypotheticalCues: readonly string[];
  /** Cue phrases that are NOT conditionals despite containing one ("if I'm honest"). */
  readonly hypotheticalExceptions: readonly string[];
  /**
   * Words whose accent makes them another word that folds onto a cue word: Spanish "sí" (yes)
   * folds to "si" (if). A cue containing one, written with its accent, is not a cue.
   */
  readonly accentedNonCues: readonly string[];
  /** Information from leaflets or the internet, not the patient's body: "the leaflet says". */
  readonly reportedInformationCues: readonly string[];
  /** Past, not current: "years ago", "used to", "before the surgery". */
  readonly historicalCues: readonly string[];
  /**
   * The event the care follows, named as such ("after the heart attack", "del infarto", "seit dem
   * Schlaganfall"): past for the event word inside it only, never for what the sentence says next.
   */
  readonly indexEventCues?: readonly string[];
  /**
   * Someone named before a reading who took it for the patient, or lent the device ("the wife's
   * got one of those cuffs, it said 86 over 52", "ma femme a pris la température"): the measurer,
   * not whose reading it is.
   */
  readonly measuredForPatientCues?: readonly string[];
  /**
   * Someone named before a medicine problem who gave the dose ("my husband didn't know and gave
   * it him again", "ma mère lui a mis huit ml"): the giver, not whose medicine it is. The object
   * "me" is the speaker; "him"/"her" is the patient only in a call made for them (a child, a relative).
   */
  readonly givenToSpeakerCues?: readonly string[];
  readonly givenToSpokenForCues?: readonly string[];
  /**
   * Where earlier care happened ("in hospital", "on the ward"): past for a symptom ("the pain I had
   * in hospital"), but for a request it names where the person is ("a nurse on the ward").
   */
  readonly careSettingCues: readonly string[];
  /** Makes a historical cue describe an ongoing problem: "since last week". */
  readonly ongoingCues: readonly string[];
  /** Resolution: "it's gone now", "hasn't come back", "ya se me pasó". */
  readonly resolutionCues: readonly string[];
  /** The fix for a persisting event: "picked up the refill", "back on them now". */
  readonly eventResolutionCues: readonly string[];
  /** A recent event stays current even if it passed: "this morning", "last night". */
  readonly recencyCues: readonly string[];
  /** The care team said to expect it / the patient is fine with it. */
  readonly expectedCues: readonly string[];
  /**
   * The patient says the finding just named is long-standing and unchanged ("been like that for
   * years", "es de siempre"). Read only after the finding and within its clause: "nothing new
   * except this chest pain" keeps the chest pain.
   */
  readonly baselineCues: readonly string[];
  /** People other than the patient, used as subjects: "my husband", "mi papá". */
  readonly thirdPartyNouns: readonly string[];
  /** Determiners that may precede them: "my", "our", "mi", "ma", "meine". */
  readonly thirdPartyDeterminers: readonly string[];
  /** Pronouns that refer back to the last third party mentioned: "he", "she" (plain words). */
  readonly thirdPartyPronouns: readonly string[];
  /**
   * Words that put the person after them in object position ("talking TO my wife", "con mi
   * marido"): that person is not who the next words are about, though a later "he"/"she" may be.
   */
  readonly objectPrepositions?: readonly string[];
  /**
   * The patient's own child ("my son", "the baby"). In a call about a child (the agent asks after
   * "your son", "the baby"), a parent speaking about the child reports the patient's own finding.
   */
  readonly childNouns?: readonly string[];
  /** What the agent says when the call is about the speaker's child ("your baby", "how is he feeding"). */
  /**
   * The caller says they call for a relative, who is then the patient: "I'm ringing about me dad",
   * "llamo por mi mamá", "I'm his daughter". The relative named in the cue is the patient; with none
   * named, "he"/"she" is.
   */
  readonly carerCallCues?: readonly string[];
  /** The caller's own role inside a carer cue ("I'm her daughter", "soy su hija"): not the patient. */
  readonly carerOwnRoleCues?: readonly string[];
  readonly childCallCues?: readonly string[];
  /** The patient as subject or possessor: "I", "me", "my leg". */
  readonly firstPersonCues: readonly string[];
  /** Within a question, these mean the finding is happening now: "I'm", "since", "still". */
  readonly presentStateCues: readonly string[];
  /**
   * What names a symptom as the target of a treatment ("for the fever", "pra febre", "gegen Fieber"): in a
   * sentence that asks ("what can I take for the fever?"), the symptom is the question's topic, not a report.
   */
  readonly treatmentForCues?: readonly string[];
  /** The care team sanctioned a medication change: "the doctor told me to stop". */
  readonly sanctionedChangeCues: readonly string[];
  /**
   * A sentence opening that follows from the one before ("So I stopped it", "Así que la dejé"):
   * a change the care team asked for in that sentence is the one this sentence carries out.
   */
  readonly consequenceOpeners: readonly string[];
  /** ...unless the patient did something else than told: "half of what they told me", "instead of". */
  readonly unsanctionedCues: readonly string[];
  /** Words that give a medication rule its required context. */
  readonly medicationContext: readonly string[];
  /** Words in a request for contact that mean the patient will call, not be called ("I'll ring them"). */
  readonly selfContactCues: readonly string[];
  /** Care-team and contact words, to find the turn ElevenLabs' "wants contact" refers to. */
  readonly contactCues: readonly string[];
}

/** Regular expressions with macros (see the header). */
export interface QuestionVocabulary {
  /** Discourse markers after which a new clause can start in unpunctuated speech. */
  readonly clauseMarkers: readonly string[];
  /** "or", "I mean", "o sea" right before a second cue: the same question rephrased. */
  readonly alternativeMarkers: readonly string[];
  /** Words of an indirect cue that only announce the question ("I wanted to ASK"). */
  readonly leadInWords: readonly string[];
  /**
   * Questions announced, not yet asked ("just a few bits I wanted to check", "queria tirar umas
   * dúvidas"): when the agent only invites them ("What would you like to check?"), nothing was asked.
   */
  readonly announcementCues?: readonly string[];
  /**
   * In a sentence that ends with "?" but has no interrogative syntax, words that make it a real
   * question ("Beer is banned for me now?", "Vou ter de tomar cálcio para sempre?"): modals,
   * the future, permission, evaluation, "or". Speech-to-text also ends plain statements with "?".
   */
  readonly yesNoMarkers: readonly string[];
  /**
   * Whether a yes/no question is normally asked without inversion, by intonation alone ("eu continuo
   * tomando?", "je peux le prendre?"): then a first-person sentence ending in "?" is a question. In
   * English and German a question inverts, so an uninverted "...?" is as often uptalk as a question.
   */
  readonly yesNoByIntonation: boolean;
  /** Tag questions that seek reassurance about the patient ("That won't happen to me, will it?"). */
  readonly reassuranceTags: readonly string[];
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
  /**
   * Checks of what was just said ("Is that right?"): not a question when they open the turn (the
   * patient checks the agent's words), a question after the patient's own claim ("My daughter
   * says no salt at all. Is that right?").
   */
  readonly echoChecks: readonly string[];
  /** Tags at the end of a sentence: "right?", "you know?", "¿viste?". */
  readonly tags: readonly string[];
  /**
   * The tags that only round off a statement ("you know?", "¿sabes?", "viu?"). The others check
   * it: "That's the iron, right?" asks whether it is.
   */
  readonly rhetoricalTags: readonly string[];
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

/** Regular expressions with macros (see the header). */
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
   * The agent saying it is flagging what the patient just said for the care team now ("I'm
   * flagging this as urgent for the nurse"): the spoken side of the in-call flag tool. Read only as
   * an escalation of the patient's turn, never as an answer or a deflection.
   */
  readonly flagAnnouncement: readonly string[];
  /**
   * The agent's first words judging what the patient just said as important, serious or an
   * emergency ("That's important.", "Eso es una urgencia."): its reaction to that turn, read as
   * an escalation of it, never as an answer. Matched only where a reply's sentence begins.
   */
  readonly concernOpening: readonly string[];
  /**
   * A thanks that may open the judgement's sentence ("Thank you for telling me, Ann, this is
   * really important."): read past, so the judgement after it still opens the reply.
   */
  readonly thanksBeforeJudgement: readonly string[];
  /**
   * The agent opening its reply by thanking the patient for a disclosure ("Thank you for being
   * honest with me.", "Fez bem em contar."): not a bare "thanks", which closes any turn. The turn
   * told the agent something it took as news for the care team.
   */
  readonly disclosureThanks: readonly string[];
  /**
   * The agent opening its reply by calling what the patient said normal, common or good news
   * ("That's very common after surgery.", "Tant mieux."): the turn told no red flag the agent saw.
   */
  readonly calmOpening: readonly string[];
  /** Words after which a calm opening turns ("That's common, but..."): the opening then reassures nothing. */
  readonly calmContrast: readonly string[];
  /** The calm judgement anywhere in the reply's first sentence ("Dark stools are very common with iron."). */
  readonly calmJudgement: readonly string[];
  /**
   * The agent taking the turn up without escalating: asking that it be told to the team too, or
   * calling it harmful or unsafe ("please tell them about that too", "that can be dangerous").
   */
  readonly takesUp: readonly string[];
  /**
   * The agent offering, in a question, to have the care team call the patient or to put them
   * through ("Would you like a nurse to call you back?"): said yes to, it is a request for contact.
   */
  readonly contactOffer: readonly string[];
  /** The patient's turn opening by saying yes to an offer ("Yes please.", "Go on then."), not "yeah, no". */
  readonly offerAccepted: readonly string[];
  /**
   * The agent counting what the patient just said as one more warning sign or reason to act now
   * ("Confusion is another warning sign.", "and it's another reason to be seen today"): a reaction
   * to this turn wherever it stands in the reply's opening sentences, even after an earlier escalation.
   */
  readonly additionalConcern: readonly string[];
  /**
   * A condition opening an urgent sentence ("call right away IF you get a rash", "warning signs
   * are..."): advice for later, not a reaction to what the patient just said.
   */
  readonly conditionalEscalation: readonly string[];
  /**
   * An escalation that carries on an earlier one ("but she still needs to be seen today", "even so",
   * "the fever remains the priority"): its reason is in an earlier turn, not in the one just said.
   */
  readonly continuingEscalation: readonly string[];
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
  /** Words that stand for an amount besides numbers ("a FEW days", "unos días") (plain words). */
  readonly amountWords: readonly string[];
  /**
   * The care team named as the one who decides or tells ("Dr. Lee will", "your surgeon",
   * "ask the clinic"): such a sentence refers the question on instead of answering it.
   */
  readonly referralCues: readonly string[];
  /** How an answer to a yes/no question opens ("Yes", "No", "Sure", "It can"). */
  readonly answerOpeners: readonly string[];
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

/** Measurement words in the rule language; number words as plain words. */
export interface MeasurementVocabulary {
  readonly glucoseContext: readonly string[];
  readonly temperatureContext: readonly string[];
  readonly bloodPressureContext: readonly string[];
  readonly pulseContext: readonly string[];
  readonly oxygenContext: readonly string[];
  /** Pregnancy or the weeks after birth, anywhere in the call: blood pressure limits are lower. */
  readonly pregnancyContext: readonly string[];
  /**
   * A lung disease with a lower oxygen target (COPD and its names), anywhere in the call:
   * saturations of 88-91% are on target, not a red flag.
   */
  readonly lowerOxygenTargetContext?: readonly string[];
  /** The anticoagulation test: "INR", "Quick", "coagulación". */
  readonly inrContext: readonly string[];
  /** A lithium blood level: "lithium level", "litemia", "Lithiumspiegel". */
  readonly lithiumContext: readonly string[];
  /** Units of something other than a reading, right after a number: "minutes", "times", "tablets". */
  readonly nonReadingUnits: readonly string[];
  /** Body weight and the scales: "weight", "scales", "weighed", "pesé". */
  readonly weightContext: readonly string[];
  /** A gain: "gained", "put on", "up", "went up", "aumenté", "pris", "zugenommen". */
  readonly weightGainCues: readonly string[];
  /**
   * The present day: "today", "this morning", "hoy", "ce matin". A weight said with one, before an
   * earlier one ("72 today, 68 on Thursday"), is the later reading of the two.
   */
  readonly currentTimeCues: readonly string[];
  readonly kilogramUnits: readonly string[];
  readonly poundUnits: readonly string[];
  /** Spans of time: how many days a phrase covers ("overnight" 1, "a week" 7, "since Monday" 3). */
  readonly periods: ReadonlyArray<{ readonly days: number; readonly when: readonly string[] }>;
  /** "day"/"days", "week"/"weeks" after a number: "in 3 days", "in two weeks". */
  readonly dayUnits: readonly string[];
  readonly weekUnits: readonly string[];
  /** Words right before a number that make it a reading: "it was", "came up", "salí en". */
  readonly readingLinks: readonly string[];
  /** Hedges between such a word and the number: "about", "like", "unos", "environ". */
  readonly readingFillers: readonly string[];
  /** A number that is a goal, not a reading: "target", "should be under". */
  readonly targetCues: readonly string[];
  readonly numberWords: Readonly<Record<string, number>>;
  readonly hundredWords: readonly string[];
  readonly thousandWords: readonly string[];
  readonly decimalWords: readonly string[];
  readonly numberJoiners: readonly string[];
  /** Number words written as one token ("vierundachtzig", "zweihundertzehn"): split into known number words. */
  readonly compoundNumberWords?: boolean;
  /** Tens a unit before multiplies ("quatre-vingt" = 4 x 20). */
  readonly multiplyingTens?: readonly string[];
  /** Tens that take a teen after them ("soixante-dix" = 60 + 10, "quatre-vingt-douze"). */
  readonly tensTakingTeens?: readonly number[];
  /** A unit after the word for ten adds to it ("dix-sept" = 17). */
  readonly tenTakesUnits?: boolean;
  /** "over" in "180 over 110". */
  readonly bloodPressureSeparators: readonly string[];
  /**
   * Longer words between the two numbers of a pressure, each the whole of what lies between:
   * "185 de máxima y 105 de mínima", "150 on the top and 95 on the bottom".
   */
  readonly bloodPressureNamedSeparators: readonly string[];
}

/** How patients ask and how the agent answers: regular expressions with macros. */
export interface DialogueVocabulary {
  /** Named regex fragments usable as {NAME} in every dialogue pattern of this pack. */
  readonly macros: Readonly<Record<string, string>>;
  readonly questions: QuestionVocabulary;
  readonly replies: ReplyVocabulary;
  /** Function words ignored when comparing a question with a reply. */
  readonly overlapStopwords: readonly string[];
  readonly focusConcepts: readonly FocusConcept[];
}

export interface LanguageLexicon extends DialogueVocabulary {
  /** ISO 639-1 code, e.g. "en". */
  readonly code: string;
  readonly name: string;
  /** Frequent function words, for language detection when metadata does not say. */
  readonly detectionWords: readonly string[];
  /** Characters only this language writes (Spanish "¿", "¡"); each message containing one counts as one more detection word. */
  readonly detectionCharacters?: readonly string[];
  /** Words that a gap never crosses, besides sentence ends. */
  readonly gapBlockers: readonly string[];
  /** Term classes of the rule language (@NAME): body sites, symptoms, qualifiers, medicines... */
  readonly terms: Readonly<Record<string, readonly string[]>>;
  /** Clinical concepts (see CHECKLIST.md). */
  readonly rules: readonly ConceptRule[];
  /** Other senses of clinical words, blanked before the rules run. */
  readonly idioms: readonly IdiomSpec[];
  readonly context: ContextVocabulary;
  readonly measurements: MeasurementVocabulary;
}
