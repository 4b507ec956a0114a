/**
 * Orchestrates the summarizer: transcript -> patient turns -> questions, answers, findings ->
 * the four lists. Pure and deterministic: no I/O, no clock, no randomness.
 */

import { readAnalysis, type AnalysisSignals } from "./analysis";
import { acceptedContactOffer, calmOpens, classifyReply, concernOpens, continuesEscalation, escalatesInReplies, excerpt, groundedAnswer, judgeAnswers, onlyAsksBack, takesUp, thanksForDisclosure, type ReplySentence, type UnitVerdict } from "./answers";
import { findAttentionInTurns, SEVERITY_RANK, type Finding } from "./attention";
import type { CompiledPack } from "./compile";
import { decideLanguage, getPack, type LanguageDecision } from "./languages";
import { FLOOR_DETAIL, REVIEW_DETAIL } from "./review";
import { closingClauseUnit, contentStems, detectQuestionsInTurns, opensWithNegation, tokenStems, type QuestionUnit } from "./questions";
import { allMatches, hasMatch } from "./regex";
import type { PatternSet } from "./matcher";
import type { CallFacts } from "./readings";
import { fold, tokenize, type Span } from "./text";
import { patientTurns, readTurns, type PatientTurn, type Turn } from "./transcript";
import type {
  AnsweredQuestion,
  AttentionCategory,
  AttentionItem,
  ConversationInput,
  ConversationSummary,
  ReviewItem,
  ReviewReason,
  UnansweredQuestion,
} from "./types";

interface TurnAnalysis {
  readonly patient: PatientTurn;
  readonly units: readonly QuestionUnit[];
  readonly verdicts: readonly UnitVerdict[];
  readonly findings: readonly Finding[];
  /** The agent reply, classified sentence by sentence (on demand: not every turn needs it). */
  readonly reply: () => readonly ReplySentence[];
}

/** A suppressed finding's status, when it is one a doctor should still see, and why. */
function reviewReasonOf(status: string): ReviewReason | null {
  switch (status) {
    case "negated":
    case "hypothetical":
    case "resolved":
    case "other_person":
    case "expected":
      return status;
    case "sanctioned":
      return "planned_change";
    case "medicine_unnamed":
    case "measured_normal":
      return "uncertain";
    default:
      return null;
  }
}

function chooseLanguage(conversation: ConversationInput, turns: readonly Turn[]): LanguageDecision {
  const spoken = turns.filter((t) => t.role !== "other" && t.text.trim().length > 0);
  // a turn's tokens are those detection reads (same folding): tokenized once, for both
  return decideLanguage(spoken.map((t) => t.text), conversation.metadata?.main_language, (i) => spoken[i]?.tokens ?? []);
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Earlier turns a patient turn may refer to (numbers, "it"), nearest first. */
const HISTORY_TURNS = 6;

/** The earlier turns the turn at position `at` of `turns` may refer to, nearest first. */
function historyOf(turns: readonly Turn[], at: number): Turn[] {
  const history: Turn[] = [];
  for (let i = at - 1; i >= Math.max(0, at - HISTORY_TURNS); i--) {
    const turn = turns[i] as Turn;
    if (turn.role !== "other" && turn.text.trim()) history.push(turn);
  }
  return history;
}

/** Whether any turn of the call names something in the set, asked at most once (it reads the whole call). */
function callMentions<T>(set: PatternSet<T>, turns: readonly Turn[]): () => boolean {
  let answer: boolean | null = null;
  return () => (answer ??= turns.some((t) => t.role !== "other" && set.test(t.matchable, t.tokens)));
}

/** What the call says that changes a limit: a pregnancy or the weeks after birth, COPD. */
function callFacts(pack: CompiledPack, turns: readonly Turn[]): CallFacts {
  return { pregnant: callMentions(pack.measurements.pregnancy, turns), lowerOxygenTarget: callMentions(pack.measurements.lowerOxygenTarget, turns) };
}

/** How many of the caller's first turns (and the agent's, plus its greeting) can say who the call is for ("I'm ringing about me dad"). */
const CARER_OPENING_TURNS = 3;

/** Matches nothing: a carer who names nobody ("I'm her daughter") speaks for whoever "she" is. */
const NOBODY_NAMED = /(?!)/g;

/**
 * The words naming the patient when the speaker talks for them, or undefined when the speaker is
 * the patient: the child when the agent asks after the speaker's child (a parent on the call); the
 * relative the caller says they call about ("ringing about me dad", "soy su hija").
 */
function spokenFor(pack: CompiledPack, turns: readonly Turn[]): RegExp | undefined {
  if (turns.some((t) => t.role === "agent" && hasMatch(pack.context.childCall, t.matchable))) return pack.context.childNoun;
  // the opening says who the call is for: the caller's first turns and the agent's first questions
  const opening = [...turns.filter((t) => t.role === "user").slice(0, CARER_OPENING_TURNS), ...turns.filter((t) => t.role === "agent").slice(0, CARER_OPENING_TURNS + 1)];
  for (const turn of opening) {
    const cue = allMatches(pack.context.carerCall, turn.folded)[0];
    if (!cue) continue;
    // the relative named in the cue ("me dad"); the speaker's own role ("her daughter") names nobody
    const named = allMatches(pack.context.thirdPartyNoun, cue.text).filter((m) => !hasMatch(pack.context.carerOwnRole, cue.text.slice(0, m.end)));
    const words = named.map((m) => m.text.split(/\s+/).pop() ?? "").filter((w) => w.length > 0);
    return words.length > 0 ? new RegExp(`\\b(?:${words.join("|")})\\b`, "g") : NOBODY_NAMED;
  }
  return undefined;
}

/** A turn that ends with a full stop or an exclamation (closing quotes allowed): a statement. */
const CLOSED_TURN = /[.!…]["'”’)]*\s*$/;

/** Whether the reply's first sentence declines or defers ("I can't say", "the doctor decides"). */
function firstReplyDeclines(reply: readonly ReplySentence[]): boolean {
  return reply[0]?.deflects === true;
}

/** The first sentence of the agent's reply: an opening "Yes, ..." shows the patient's "...?" was asked. */
function replyOpening(patient: PatientTurn): string {
  const firstReply = patient.reply[0];
  return firstReply ? firstReply.matchable.slice(0, firstReply.sentences[0]?.end ?? 0) : "";
}

const NO_UNITS: readonly QuestionUnit[] = [];
const NO_VERDICTS: readonly UnitVerdict[] = [];

/** The rest of a turn's reading, once its questions and findings are known (see summarizeConversation). */
function analyzeTurn(pack: CompiledPack, patient: PatientTurn, next: PatientTurn | undefined, questions: readonly QuestionUnit[], findings: readonly Finding[]): TurnAnalysis {
  const { turn } = patient;
  let classified: readonly ReplySentence[] | null = null;
  const reply = (): readonly ReplySentence[] => (classified ??= classifyReply(pack, patient.reply));
  let detected = questions;
  // a turn that does not close with a full stop, reports nothing of the patient's or of someone
  // else's and is not "I'll call them", answered by declining ("that's for your doctor to decide"),
  // asked something even where no question cue was found
  if (detected.length === 0 && !CLOSED_TURN.test(turn.text) && !findings.some((f) => (f.status === "affirmed" && !f.floor) || f.status === "other_person") &&
    !pack.context.selfContact.test(turn.matchable) && firstReplyDeclines(reply())) {
    const unit = closingClauseUnit(pack, turn);
    if (unit) detected = [unit];
  }
  // most turns ask nothing: nothing to judge
  if (detected.length === 0) return { patient, units: NO_UNITS, verdicts: NO_VERDICTS, findings, reply };
  // "Can the nurse call me back?" asks for an action, not for information.
  const requests = findings.filter((f) => f.category === "doctor_request");
  // "Just a few bits I wanted to check." answered by "What would you like to check?": announced, not yet asked
  if (detected.length > 0 && detected.every((u) => onlyAnnounces(pack, u.text)) && onlyInvites(reply(), detected.map((u) => contentStems(pack, u.text)))) detected = [];
  const units = detected.filter((u) => !requests.some((r) => overlaps(u.span, r.span)));
  let verdicts: UnitVerdict[] = [];
  // a reply that only asks back ("Which nurse?") is answered by the agent's next reply; asked only
  // when a question needs the answer (most turns ask nothing, and their reply need not be classified)
  const asksBack = (): boolean => next !== undefined && onlyAsksBack(reply());
  let nextClassified: readonly ReplySentence[] | null = null;
  const nextReply = (): readonly ReplySentence[] => (next ? (nextClassified ??= classifyReply(pack, next.reply)) : []);
  const answer = (): readonly ReplySentence[] => (asksBack() ? [...reply(), ...nextReply()] : reply());
  if (units.length > 0) verdicts = judgeAnswers(pack, units, answer());
  // A request asked as a question ("Could I speak to the nurse?") is a red flag and a question. Granted
  // ("Of course, I'll connect you"), it is answered; refused or put off ("I can't put you through"),
  // it is unanswered as well; otherwise it stays a request only.
  const requestQuestions = detected.filter((u) => !units.includes(u));
  const grantedNow = requestQuestions.length > 0 && grantsRequest(pack, patient.reply);
  const grantedAfterAsking = requestQuestions.length > 0 && !grantedNow && asksBack() && next !== undefined && grantsRequest(pack, next.reply);
  if (grantedNow || grantedAfterAsking) {
    const granting = (grantedAfterAsking ? nextReply() : reply()).slice(0, 1);
    verdicts = [...verdicts, ...requestQuestions.map((unit) => ({ unit, answered: true, reason: null, evidence: granting, viaParaphrase: false }))];
  } else if (requestQuestions.length > 0) {
    verdicts = [...verdicts, ...judgeAnswers(pack, requestQuestions, answer()).filter((v) => !v.answered)];
  }
  return { patient, units, verdicts, findings, reply };
}

/** Whether a question unit only announces questions: after its announcement, at most one word of substance ("..., if that's okay"). */
function onlyAnnounces(pack: CompiledPack, text: string): boolean {
  const found = allMatches(pack.questions.announcement, text);
  const last = found[found.length - 1];
  return last !== undefined && contentStems(pack, text, { start: last.end, end: text.length }).size <= 1;
}

/**
 * Whether the reply ends by asking the patient to go on and says nothing of substance about what
 * they announced: nothing concrete, no content sharing the announcement's words.
 */
function onlyInvites(reply: readonly ReplySentence[], announced: readonly ReadonlySet<string>[]): boolean {
  const last = reply[reply.length - 1];
  if (!last || last.kind !== "clarification") return false;
  return !reply.some((s) => s.concrete || (s.kind === "content" && announced.some((own) => [...own].some((stem) => s.stems.has(stem)))));
}

/** Whether the agent's reply opens with a yes ("Yes.", "Of course.", "Claro."), not a no. */
function grantsRequest(pack: CompiledPack, reply: readonly Turn[]): boolean {
  const first = reply[0];
  const sentence = first?.sentences[0];
  if (!first || !sentence) return false;
  const opening = first.matchable.slice(sentence.start, sentence.end);
  return pack.replies.answerOpener.test(opening) && !opensWithNegation(pack, opening);
}

function quote(turn: Turn, spans: readonly Span[]): string {
  return spans.map((s) => turn.text.slice(s.start, s.end).trim()).join(" \u2026 ");
}

const NO_QUESTION_ITEMS = { answered: null, unanswered: null } as const;

function questionItems(analysis: TurnAnalysis): { answered: AnsweredQuestion | null; unanswered: UnansweredQuestion | null } {
  // most turns ask nothing: no item, and nothing to build for one
  if (analysis.verdicts.length === 0) return NO_QUESTION_ITEMS;
  const { turn } = analysis.patient;
  const base = { turn_index: turn.index, time_in_call_secs: turn.time, patient_text: turn.text };
  const yes = analysis.verdicts.filter((v) => v.answered);
  const no = analysis.verdicts.filter((v) => !v.answered);
  const answerSentences = yes.flatMap((v) => v.evidence).filter((s, i, all) => all.indexOf(s) === i);
  return {
    answered: yes.length === 0 ? null : {
      ...base,
      question_text: quote(turn, yes.map((v) => v.unit.span)),
      answer_excerpt: excerpt(answerSentences),
      grounded: groundedAnswer(answerSentences),
    },
    unanswered: no.length === 0 ? null : {
      ...base,
      question_text: quote(turn, no.map((v) => v.unit.span)),
      unanswered_reason: no[0]?.reason ?? "deflected",
      agent_reply_excerpt: excerpt(no.flatMap((v) => v.evidence)),
    },
  };
}

function strongest(findings: readonly Finding[]): Finding {
  return findings.reduce((best, f) => (SEVERITY_RANK[f.severity] > SEVERITY_RANK[best.severity] ? f : best));
}

interface AttentionOutcome {
  readonly attention: AttentionItem[];
  readonly review: ReviewItem[];
}

/**
 * Whether a safety-floor finding still counts. Affirmed: yes. "Expected": only the care team's
 * stated expectation ("the surgeon said it would be sore") makes a mild complaint expected; the
 * patient's own "is that normal", "a bit sore" or an unpunctuated question keeps it for review.
 */
function floorCounts(pack: CompiledPack, turn: { readonly matchable: string }, status: string): boolean {
  if (status === "affirmed") return true;
  return status === "expected" && !hasMatch(pack.context.careTeam, turn.matchable);
}

/** One item per turn and category; a problem already flagged earlier in the call is not repeated. */
function attentionItems(pack: CompiledPack, analyses: readonly TurnAnalysis[]): AttentionOutcome {
  const attention: AttentionItem[] = [];
  const review: ReviewItem[] = [];
  const flaggedConcepts = new Set<string>();
  for (const analysis of analyses) {
    // a turn without findings gives no item and flags no concept
    if (analysis.findings.length === 0) continue;
    const { turn } = analysis.patient;
    const base = { turn_index: turn.index, time_in_call_secs: turn.time, patient_text: turn.text };
    const affirmed = analysis.findings.filter((f) => f.status === "affirmed" && f.qualified);
    // every turn that states a red flag is an item, a repeat too: the patient often adds what
    // changed ("and now I can't keep water down"), and the doctor reads each in their words
    const categories = [...new Set(affirmed.map((f) => f.category))];
    for (const category of categories) {
      const finding = strongest(affirmed.filter((f) => f.category === category));
      attention.push({
        ...base,
        category,
        severity: finding.severity,
        evidence: turn.text.slice(finding.span.start, finding.span.end),
        rule_id: finding.ruleId,
        corroborated_by_analysis: false,
      });
    }
    for (const f of affirmed) flaggedConcepts.add(f.concept);
    const affirmedConcepts = new Set(affirmed.map((f) => f.concept));
    const reviewed = new Set<string>();
    const reviewBefore = review.length;
    for (const f of analysis.findings) {
      if (f.floor) continue;
      const reason = f.status === "affirmed" ? (f.qualified ? null : "uncertain") : reviewReasonOf(f.status);
      if (!reason || (f.severity === "moderate" && reason !== "uncertain") || (reason === "negated" && f.severity !== "urgent") || affirmedConcepts.has(f.concept) || flaggedConcepts.has(f.concept) && reason === "uncertain") continue;
      const key = `${f.concept}:${reason}`;
      if (reviewed.has(key)) continue;
      reviewed.add(key);
      review.push({
        ...base,
        category: f.category,
        severity: f.severity,
        evidence: turn.text.slice(f.span.start, f.span.end),
        rule_id: f.ruleId,
        reason,
        reason_detail: REVIEW_DETAIL[reason],
      });
    }
    // the safety floor: a present complaint no confident rule turned into an item is still read
    const floor = categories.length === 0 && review.length === reviewBefore ? analysis.findings.find((f) => f.floor && floorCounts(pack, turn, f.status)) : undefined;
    if (floor) {
      review.push({
        ...base,
        category: floor.category,
        severity: floor.severity,
        evidence: turn.text.slice(floor.span.start, floor.span.end),
        rule_id: floor.ruleId,
        reason: "uncertain",
        reason_detail: FLOOR_DETAIL,
      });
    }
  }
  return { attention, review };
}

// ---------------------------------------------------------------------------------------------
// The agent's own escalation, as a backstop for red flags the vocabularies do not know

/** How many content words the patient's turn must share with the agent's escalation. */
const ESCALATION_MIN_SHARED_WORDS = 2;

/** Content words a turn needs before the call's first escalation counts as a reaction to it ("ok thanks" does not). */
const FIRST_ESCALATION_MIN_CONTENT_WORDS = 5;

/** Whether a stem is in one of the reply's sentences (asked of each sentence in place of a union of them all). */
function inReply(reply: readonly ReplySentence[], stem: string): boolean {
  for (let i = 0; i < reply.length; i++) if ((reply[i] as ReplySentence).stems.has(stem)) return true;
  return false;
}

function sharedSymptomWords(pack: CompiledPack, analysis: TurnAnalysis): number {
  const reply = analysis.reply();
  let shared = 0;
  for (const s of tokenStems(pack, analysis.patient.turn.tokens)) {
    if (inReply(reply, s) && !pack.replies.logisticsWords.has(s)) shared++;
  }
  return shared;
}

/** "What do I do if...?", "What counts as the red zone?": the agent's escalation answers a question. */
function onlyAsks(pack: CompiledPack, analysis: TurnAnalysis): boolean {
  const { turn } = analysis.patient;
  if (analysis.units.some((u) => hasMatch(pack.questions.escalationQuestion, u.text) || hasMatch(pack.context.hypothetical, u.text))) return true;
  const outside = turn.tokens.filter((t) => !analysis.units.some((u) => t.start >= u.span.start && t.start < u.span.end));
  return analysis.units.length > 0 && tokenStems(pack, outside).size < 3;
}

function bestOverlapSentence(pack: CompiledPack, analysis: TurnAnalysis): Span {
  const { turn } = analysis.patient;
  const reply = analysis.reply();
  let best = turn.sentences[0] ?? { start: 0, end: turn.text.length };
  let bestScore = -1;
  for (const sentence of turn.sentences) {
    let score = 0;
    for (const s of tokenStems(pack, turn.tokens, sentence)) if (inReply(reply, s) && !pack.replies.logisticsWords.has(s)) score++;
    if (score > bestScore) {
      best = sentence;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The agent tells patients with red flags to call now or go to the emergency department. When it
 * does so in direct reaction to a turn (not as general advice, not answering "what if...?", not
 * repeating an escalation it already made) and talks about what the patient said, that turn goes
 * to for_review even if no rule recognised the symptom: the agent's judgement is a signal, not a
 * finding.
 */
/** Content words outside the questions of a turn below which the turn is essentially a question. */
const MOSTLY_QUESTION_MAX_OUTSIDE_WORDS = 5;

/** "Which entrance do I use at the hospital?": an escalation may be the answer, not a reaction. */
function mostlyAsks(pack: CompiledPack, analysis: TurnAnalysis): boolean {
  if (analysis.units.length === 0) return false;
  const outside = analysis.patient.turn.tokens.filter((t) => !analysis.units.some((u) => t.start >= u.span.start && t.start < u.span.end));
  return tokenStems(pack, outside).size < MOSTLY_QUESTION_MAX_OUTSIDE_WORDS;
}

function applyEscalationBackstop(pack: CompiledPack, analyses: readonly TurnAnalysis[], outcome: AttentionOutcome): AttentionOutcome {
  const attention = [...outcome.attention];
  let review = [...outcome.review];
  const attentionTurns = new Set(attention.map((a) => a.turn_index));
  // a finding held only as uncertain (the floor, or a rule without its qualifier) is still open to
  // the agent's judgement: an urgent escalation in reply is the qualifier it lacked
  // so is a finding held as expected: the agent's urgent reply says it is not what the team expected
  const reviewTurns = new Set(review.filter((r) => r.reason !== "uncertain" && r.reason !== "expected").map((r) => r.turn_index));
  const uncertainTurns = new Set(review.filter((r) => r.reason === "uncertain" || r.reason === "expected").map((r) => r.turn_index));
  // a finding held open (unqualified, expected, or said as a possibility) may be a red flag after
  // all: the agent's judgement of the turn ("That's important.", "Thank you for telling me.") says so
  const openTurns = new Set(review.filter((r) => r.reason === "uncertain" || r.reason === "expected" || r.reason === "hypothetical").map((r) => r.turn_index));
  const flaggedTurns = analyses.map((analysis) => attentionTurns.has(analysis.patient.turn.index) || analysis.findings.some((f) => f.status === "affirmed" && f.qualified));
  // each reading of the replies over the whole call before the next, as in summarizeConversation
  const urgentReplies = escalatesInReplies(pack, analyses.map((analysis) => analysis.patient.reply));
  // the agent's opening judgement ("That's important.") is a reaction to this turn by its place
  const concernedReplies = analyses.map((analysis, i) => !flaggedTurns[i] && concernOpens(pack, analysis.patient.reply));
  let previousUrgent = false;
  let escalatedBefore = false;
  analyses.forEach((analysis, i) => {
    const { turn } = analysis.patient;
    const flagged = flaggedTurns[i] === true;
    const reviewed = reviewTurns.has(turn.index);
    const urgent = urgentReplies[i] === true;
    const concerned = concernedReplies[i] === true;
    const escalated = urgent || concerned;
    const uncertain = uncertainTurns.has(turn.index);
    let sharedCount: number | undefined;
    const shared = (): number => (sharedCount ??= sharedSymptomWords(pack, analysis));
    // an urgent escalation the agent also made after the turn before may be a repeat about that
    // turn, unless this one brings a finding of its own that the reply speaks of ("also my foot
    // has gone blue": "...your foot...") or the reply opens by judging this turn
    const repeatsLastReply = previousUrgent && !concerned && !(uncertain && shared() >= 1);
    // later in a call that already escalated, a reply naming nothing of a short turn ("Thanks,
    // love.") reminds the patient of the earlier advice ("please make that call now")
    const remindsOfEarlier = urgent && escalatedBefore && !concerned && tokenStems(pack, turn.tokens).size < FIRST_ESCALATION_MIN_CONTENT_WORDS && shared() === 0;
    // "...but she still needs to be seen today": an escalation that carries on an earlier one
    const carriesOn = urgent && escalatedBefore && !concerned && continuesEscalation(pack, analysis.patient.reply);
    const repeated = repeatsLastReply || remindsOfEarlier || carriesOn;
    const substantive = () => tokenStems(pack, turn.tokens).size >= FIRST_ESCALATION_MIN_CONTENT_WORDS;
    // the call's first urgent escalation, straight after the patient told something of substance,
    // is a reaction to that turn even when the agent names nothing the patient said
    const firstEscalationAfterStatement = () => urgent && !escalatedBefore && substantive();
    // the escalation's item, in the category of the turn's strongest finding
    const turnCategory = (): AttentionCategory => (analysis.findings.length > 0 ? strongest(analysis.findings).category : "other");
    const escalationItem = (category: AttentionCategory) => {
      const span = bestOverlapSentence(pack, analysis);
      const evidence = turn.text.slice(span.start, span.end).trim();
      return { turn_index: turn.index, time_in_call_secs: turn.time, patient_text: turn.text, category, severity: "high" as const, evidence, rule_id: "agent.escalation" };
    };
    const asReview = (category: AttentionCategory, reason: "agent_escalated" | "agent_concerned"): ReviewItem => ({ ...escalationItem(category), reason, reason_detail: REVIEW_DETAIL[reason] });
    let thankedOnce: boolean | undefined;
    const thanked = (): boolean => (thankedOnce ??= thanksForDisclosure(pack, analysis.patient.reply));
    if (escalated && !flagged && !reviewed && !repeated && !onlyAsks(pack, analysis)) {
      const reason = urgent ? "agent_escalated" : "agent_concerned";
      // a turn's own uncertain finding ties the escalation to it, and so does a reply that opens by
      // judging the turn ("That's serious."); otherwise shared words must
      if (uncertain || concerned || shared() >= ESCALATION_MIN_SHARED_WORDS) {
        review = review.filter((r) => r.turn_index !== turn.index);
        if (mostlyAsks(pack, analysis)) review.push(asReview(turnCategory(), reason));
        else attention.push({ ...escalationItem(turnCategory()), corroborated_by_analysis: false });
      } else if ((shared() >= 1 || firstEscalationAfterStatement()) && !review.some((r) => r.turn_index === turn.index) && !mostlyAsks(pack, analysis)) {
        // it speaks of something in the turn, though too little to tie a red flag to it: the doctor
        // reads it (for_review), never nothing
        review.push(asReview("other", reason));
      }
    } else if (!flagged && openTurns.has(turn.index) && !repeated && (concerned || (!escalated && thanked())) && !mostlyAsks(pack, analysis)) {
      // the agent took a finding the rules held open as news for the care team: a red flag
      review = review.filter((r) => r.turn_index !== turn.index);
      attention.push({ ...escalationItem(turnCategory()), corroborated_by_analysis: false });
    } else if (!flagged && !reviewed) {
      // a turn of substance that nothing holds yet: the doctor reads it (for_review), never nothing,
      // when a second urgent reply in a row may be about it rather than a repeat of the first, or
      // when the agent thanks the patient for telling it ("Thank you for being honest with me.")
      const reason = urgent && repeatsLastReply && !remindsOfEarlier && !carriesOn ? "agent_escalated" : !escalated && (thanked() || takesUp(pack, analysis.patient.reply)) ? "agent_concerned" : undefined;
      // a turn that only denies ("no numbness, I can wiggle them all") answers the agent's checks
      const onlyDenies = analysis.findings.length > 0 && analysis.findings.every((f) => f.status === "negated");
      if (reason && !onlyDenies && substantive() && !review.some((r) => r.turn_index === turn.index) && !onlyAsks(pack, analysis) && !mostlyAsks(pack, analysis)) review.push(asReview(turnCategory(), reason));
    }
    previousUrgent = urgent;
    escalatedBefore ||= urgent;
  });
  attention.sort((a, b) => a.turn_index - b.turn_index);
  return { attention, review };
}

// ---------------------------------------------------------------------------------------------
// ElevenLabs analysis, used conservatively (see analysis.ts)

/** The patient turn a free-text analysis statement most likely refers to, if any. */
function bestTurnFor(pack: CompiledPack, statement: string, analyses: readonly TurnAnalysis[]): TurnAnalysis | null {
  const wanted = contentStems(pack, fold(statement));
  if (wanted.size === 0) return null;
  let best: TurnAnalysis | null = null;
  let bestScore = 0;
  for (const analysis of analyses) {
    const have = contentStems(pack, analysis.patient.turn.folded);
    let score = 0;
    for (const s of wanted) if (have.has(s)) score++;
    if (score > bestScore) {
      best = analysis;
      bestScore = score;
    }
  }
  // a short statement ("Severe itching") may share a single word with the turn it is about
  const needed = wanted.size <= 3 ? 1 : 2;
  return bestScore >= needed ? best : null;
}

function bestSentence(pack: CompiledPack, turn: Turn, statement: string): Span {
  const wanted = contentStems(pack, fold(statement));
  let best = turn.sentences[0] ?? { start: 0, end: turn.text.length };
  let bestScore = -1;
  for (const sentence of turn.sentences) {
    let score = 0;
    for (const s of contentStems(pack, turn.folded, sentence)) if (wanted.has(s)) score++;
    if (score > bestScore) {
      best = sentence;
      bestScore = score;
    }
  }
  return best;
}

function applyRedFlagAnalysis(pack: CompiledPack, signals: AnalysisSignals, analyses: readonly TurnAnalysis[], outcome: AttentionOutcome): AttentionOutcome {
  const attention = [...outcome.attention];
  const review = [...outcome.review];
  for (const statement of signals.redFlags) {
    const target = bestTurnFor(pack, statement, analyses);
    if (!target) continue;
    const { turn } = target.patient;
    const flagged = attention.find((a) => a.turn_index === turn.index && a.category !== "doctor_request");
    if (flagged) {
      attention[attention.indexOf(flagged)] = { ...flagged, corroborated_by_analysis: true };
      continue;
    }
    if (review.some((r) => r.turn_index === turn.index && r.reason === "flagged_by_analysis")) continue;
    const ruleSupport = target.findings.length > 0 ? strongest(target.findings) : null;
    const span = ruleSupport ? ruleSupport.span : bestSentence(pack, turn, statement);
    review.push({
      turn_index: turn.index,
      time_in_call_secs: turn.time,
      patient_text: turn.text,
      category: ruleSupport ? ruleSupport.category : "other",
      severity: ruleSupport ? ruleSupport.severity : "moderate",
      evidence: turn.text.slice(span.start, span.end).trim(),
      rule_id: "analysis.red_flags",
      reason: "flagged_by_analysis",
      reason_detail: REVIEW_DETAIL.flagged_by_analysis,
    });
  }
  return { attention, review };
}

function applyContactAnalysis(pack: CompiledPack, signals: AnalysisSignals, analyses: readonly TurnAnalysis[], outcome: AttentionOutcome): AttentionOutcome {
  if (!signals.wantsDoctorContact) return outcome;
  if (outcome.attention.some((a) => a.category === "doctor_request")) {
    return {
      ...outcome,
      attention: outcome.attention.map((a) => (a.category === "doctor_request" ? { ...a, corroborated_by_analysis: true } : a)),
    };
  }
  const contact = pack.context.contactWords;
  const candidate = [...analyses].reverse().find((a) => hasMatch(contact, a.patient.turn.folded));
  if (!candidate) return outcome;
  const { turn } = candidate.patient;
  const sentence = turn.sentences.find((s) => hasMatch(contact, turn.folded.slice(s.start, s.end))) ?? { start: 0, end: turn.text.length };
  return {
    ...outcome,
    review: [...outcome.review, {
      turn_index: turn.index,
      time_in_call_secs: turn.time,
      patient_text: turn.text,
      category: "doctor_request",
      severity: "moderate",
      evidence: turn.text.slice(sentence.start, sentence.end).trim(),
      rule_id: "analysis.wants_doctor_contact",
      reason: "flagged_by_analysis",
      reason_detail: REVIEW_DETAIL.flagged_by_analysis,
    }],
  };
}

/**
 * "Would you like one of the nurses to call you?" - "Yes, please.": saying yes to contact the agent
 * offered is a request for contact, though the patient's own words name no one.
 */
function applyAcceptedContactOffers(pack: CompiledPack, language: string, analyses: readonly TurnAnalysis[], outcome: AttentionOutcome): AttentionOutcome {
  const added: AttentionItem[] = [];
  for (const { patient } of analyses) {
    const { turn } = patient;
    if (outcome.attention.some((a) => a.turn_index === turn.index && a.category === "doctor_request")) continue;
    const accepted = acceptedContactOffer(pack, patient.previousAgent, turn);
    if (accepted === null) continue;
    added.push({
      turn_index: turn.index,
      time_in_call_secs: turn.time,
      patient_text: turn.text,
      category: "doctor_request",
      severity: "moderate",
      evidence: accepted || turn.text,
      rule_id: `${language}.contact_offer_accepted`,
      corroborated_by_analysis: false,
    });
  }
  if (added.length === 0) return outcome;
  return { ...outcome, attention: [...outcome.attention, ...added].sort((a, b) => a.turn_index - b.turn_index) };
}

/** A question the rules judged answered only by paraphrase, and the analysis calls unanswered. */
function applyUnansweredAnalysis(pack: CompiledPack, signals: AnalysisSignals, analyses: readonly TurnAnalysis[]): TurnAnalysis[] {
  if (signals.unansweredQuestions.length === 0) return [...analyses];
  return analyses.map((analysis) => {
    const verdicts = analysis.verdicts.map((verdict) => {
      if (!verdict.answered || !verdict.viaParaphrase) return verdict;
      const flagged = signals.unansweredQuestions.some((statement) => {
        const wanted = contentStems(pack, fold(statement));
        let shared = 0;
        for (const s of wanted) if (verdict.unit.stems.has(s)) shared++;
        return shared >= Math.min(2, wanted.size) && shared > 0;
      });
      return flagged ? { ...verdict, answered: false, reason: "deflected" as const, viaParaphrase: false } : verdict;
    });
    return { ...analysis, verdicts };
  });
}

// ---------------------------------------------------------------------------------------------

/** A patient turn worth reading: a few words at least, or a number ("38.9"). */
const SUBSTANTIVE_MIN_WORDS = 3;

/**
 * No pack reads the conversation: nothing can be judged, so nothing may be lost either. Every
 * substantive patient turn goes to for_review, and the doctor is told to read the transcript.
 */
function unreadableSummary(decision: LanguageDecision, turns: readonly Turn[]): ConversationSummary {
  const spoken = turns.filter((t) => t.role === "user" && t.text.trim().length > 0);
  const substantive = spoken.filter((t) => tokenize(fold(t.text)).length >= SUBSTANTIVE_MIN_WORDS || /\d/.test(t.text));
  const chosen = substantive.length > 0 ? substantive : spoken;
  return {
    language: decision.language,
    language_unsupported: true,
    answered_questions: [],
    unanswered_questions: [],
    requires_attention: [],
    for_review: chosen.map((turn) => ({
      turn_index: turn.index,
      time_in_call_secs: turn.time,
      patient_text: turn.text,
      category: "other",
      severity: "moderate",
      evidence: turn.text,
      rule_id: "language.unsupported",
      reason: "unsupported_language",
      reason_detail: REVIEW_DETAIL.unsupported_language,
    })),
  };
}

/**
 * A red flag the agent answered by calling it normal, common or good news ("That's very common after
 * a bypass.") is more often a trap the rules misread than a warning the agent missed: it goes to
 * for_review, where the doctor still reads it. A request for contact, or a flag ElevenLabs' analysis
 * corroborated, stays.
 */
function applyAgentReassurance(pack: CompiledPack, analyses: readonly TurnAnalysis[], outcome: AttentionOutcome): AttentionOutcome {
  const calm = new Set(analyses.filter((analysis) => calmOpens(pack, analysis.patient.reply)).map((analysis) => analysis.patient.turn.index));
  if (calm.size === 0) return outcome;
  const attention: AttentionItem[] = [];
  const review = [...outcome.review];
  for (const item of outcome.attention) {
    if (!calm.has(item.turn_index) || item.category === "doctor_request" || item.corroborated_by_analysis) {
      attention.push(item);
      continue;
    }
    // a review item carries no corroboration flag: the rest of the attention item, as it was
    const { corroborated_by_analysis, ...rest } = item;
    if (!review.some((r) => r.turn_index === item.turn_index && r.rule_id === item.rule_id)) review.push({ ...rest, reason: "agent_reassured", reason_detail: REVIEW_DETAIL.agent_reassured });
  }
  return { attention, review };
}

export function summarizeConversation(conversation: ConversationInput): ConversationSummary {
  const turns = readTurns(conversation ?? {});
  const decision = chooseLanguage(conversation ?? {}, turns);
  if (!decision.supported) return unreadableSummary(decision, turns);
  const language = decision.language;
  const pack = getPack(language);
  const signals = readAnalysis(conversation?.analysis);
  const patients = patientTurns(turns);
  const facts = callFacts(pack, turns);
  const speakerFor = spokenFor(pack, turns);
  // where each turn is in the call, found once (an indexOf per patient turn grows with the square of the call)
  const positions = new Map(turns.map((turn, i) => [turn, i]));
  // Stage by stage over the whole call, not turn by turn: each stage's regexes and tables then stay
  // in the processor's caches. Measured on the hour-long call, running every stage on one turn
  // before the next turn made the same work about 40% slower.
  const questions = detectQuestionsInTurns(pack, patients.map((p) => ({ text: p.turn, previousAgent: p.previousAgent, replyOpening: replyOpening(p) })));
  const findings = findAttentionInTurns(pack, patients.map((p, i) => ({ text: p.turn, questionSpans: (questions[i] ?? []).map((u) => u.span), history: historyOf(turns, positions.get(p.turn) ?? -1) })), facts, speakerFor);
  const analyses = applyUnansweredAnalysis(pack, signals, patients.map((p, i) => analyzeTurn(pack, p, patients[i + 1], questions[i] ?? [], findings[i] ?? [])));

  const answered: AnsweredQuestion[] = [];
  const unanswered: UnansweredQuestion[] = [];
  for (const analysis of analyses) {
    const items = questionItems(analysis);
    if (items.answered) answered.push(items.answered);
    if (items.unanswered) unanswered.push(items.unanswered);
  }
  let outcome = attentionItems(pack, analyses);
  outcome = applyEscalationBackstop(pack, analyses, outcome);
  outcome = applyRedFlagAnalysis(pack, signals, analyses, outcome);
  outcome = applyAcceptedContactOffers(pack, language, analyses, outcome);
  outcome = applyContactAnalysis(pack, signals, analyses, outcome);
  outcome = applyAgentReassurance(pack, analyses, outcome);
  return {
    language,
    language_unsupported: false,
    answered_questions: answered,
    unanswered_questions: unanswered,
    requires_attention: outcome.attention,
    for_review: outcome.review.sort((a, b) => a.turn_index - b.turn_index),
  };
}
