/**
 * Decides whether the agent answered each question.
 *
 * The reply is split into sentences and each sentence is classified by the agent's intent:
 * content, deflection (the care team decides / "I can't advise" / "not in my materials" /
 * steering back to the plan), urgent referral, meta ("before we get to that"), interim advice
 * ("in the meantime"), empathy, or safety net ("call if it gets worse"). A question is answered
 * when a content sentence addresses it: it shares content words with the question, or, when
 * nothing was deflected, the reply still gives content (paraphrased answers). A question about a
 * topic (driving, work, flying...) whose topic the content never mentions was answered with
 * something else.
 */

import type { CompiledPack } from "./compile";
import { GROUNDING } from "./lexicon/thresholds";
import type { QuestionUnit } from "./questions";
import { tokenStems } from "./questions";
import { hasMatch } from "./regex";
import { clip, endsWithQuestionMark, firstTokenIndex, type Span, type Token } from "./text";
import type { Turn } from "./transcript";
import type { RagRetrievalInfo, UnansweredReason } from "./types";

export type SentenceKind = "content" | "deflection" | "urgent" | "meta" | "clarification" | "interim" | "empathy" | "safety_net";

export interface ReplySentence {
  readonly turn: Turn;
  readonly span: Span;
  readonly stems: ReadonlySet<string>;
  readonly kind: SentenceKind;
  /** True when the sentence defers the question to someone else, whatever its main kind. */
  readonly deflects: boolean;
  /** "As for the monitor, ...": starts answering the next question. */
  readonly switchesTopic: boolean;
  /** Concrete content: a number with a unit ("two weeks"), or an opening yes/no. */
  readonly concrete: boolean;
  /** Names the care team as the one who will decide or tell ("Dr. Lee will go over that"). */
  readonly refers: boolean;
}

export interface UnitVerdict {
  readonly unit: QuestionUnit;
  readonly answered: boolean;
  readonly reason: UnansweredReason | null;
  /** Sentences that answer it (answered) or what was said instead (unanswered). */
  readonly evidence: readonly ReplySentence[];
  /** Answered only because the reply gave content without deflecting, not by shared words. */
  readonly viaParaphrase: boolean;
}

const MAX_EXCERPT_CHARS = 400;
const MAX_EXCERPT_SENTENCES = 3;

/** A number with a unit or an opening yes/no, unless the number only names an appointment. */
function hasConcreteAnswer(pack: CompiledPack, sentence: string, hasNumber: boolean): boolean {
  const r = pack.replies;
  // without any number the only concrete answer is a short opening ("Yes,", "Most people can't."): skip the full scan
  if (!hasNumber && !/^(?:[a-z']+,?\s+){0,3}[a-z']+\s*[,.;:!]/.test(sentence)) return false;
  r.concreteAnswer.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = r.concreteAnswer.exec(sentence)) !== null) {
    const before = sentence.slice(Math.max(0, match.index - 40), match.index);
    if (!r.appointmentBeforeNumber.test(before)) return true;
    if (match[0].length === 0) r.concreteAnswer.lastIndex++;
  }
  return false;
}

/** Whether the sentence has a number (digits or a number word): only then can it give an amount. */
function mentionsNumber(pack: CompiledPack, turn: Turn, span: Span): boolean {
  const { tokens } = turn;
  for (let i = firstTokenIndex(tokens, span.start), end = firstTokenIndex(tokens, span.end); i < end; i++) {
    const token = tokens[i] as Token;
    const first = token.text.charCodeAt(0);
    if ((first >= 48 && first <= 57) || pack.measurements.numberWords.has(token.text) || pack.replies.amountWords.has(token.text)) return true;
  }
  return false;
}

/** Which cue lists matched a sentence. */
interface SentenceCues {
  readonly deflection: boolean;
  readonly urgent: boolean;
  readonly meta: boolean;
}

/**
 * A classified reply sentence. Whether it deflects is decided up front; its kind, whether it is
 * concrete, switches topic, and its stems are computed only when something asks (a reply is often
 * read only for whether its first sentence deflects).
 */
class Sentence implements ReplySentence {
  private cachedKind: SentenceKind | null = null;
  private cachedStems: ReadonlySet<string> | null = null;
  private cachedConcrete: boolean | null = null;
  private cachedSwitchesTopic: boolean | null = null;
  private cachedRefers: boolean | null = null;
  readonly deflects: boolean;

  constructor(
    private readonly pack: CompiledPack,
    readonly turn: Turn,
    readonly span: Span,
    /** The sentence in the turn's matchable text. */
    private readonly text: string,
    private readonly cues: SentenceCues,
  ) {
    this.deflects = cues.deflection && !this.concrete;
  }

  get kind(): SentenceKind {
    this.cachedKind ??= this.classify();
    return this.cachedKind;
  }

  private classify(): SentenceKind {
    const { cues, text } = this;
    const r = this.pack.replies;
    if (cues.urgent) return "urgent";
    if (cues.meta) return "meta";
    if (this.deflects) return "deflection";
    if (endsWithQuestionMark(text, "\"')")) return "clarification"; // the agent asks back
    if (hasMatch(r.interim, text)) return "interim";
    if (hasMatch(r.empathy, text) && !this.concrete) return "empathy";
    if (hasMatch(r.safetyNet, text) && !this.concrete) return "safety_net";
    return "content";
  }

  get concrete(): boolean {
    this.cachedConcrete ??= hasConcreteAnswer(this.pack, this.afterTopic(), mentionsNumber(this.pack, this.turn, this.span));
    return this.cachedConcrete;
  }

  /**
   * The sentence without an opening "as for X," clause: the topic restates the question ("Sobre
   * tomar una pastilla de más, eso no te lo puedo indicar"), so its numbers answer nothing.
   */
  private afterTopic(): string {
    if (!this.switchesTopic) return this.text;
    const comma = this.text.indexOf(",");
    return comma < 0 ? this.text : this.text.slice(comma + 1);
  }

  get refers(): boolean {
    this.cachedRefers ??= hasMatch(this.pack.replies.referral, this.text);
    return this.cachedRefers;
  }

  get switchesTopic(): boolean {
    this.cachedSwitchesTopic ??= hasMatch(this.pack.replies.topicSwitch, this.text);
    return this.cachedSwitchesTopic;
  }

  get stems(): ReadonlySet<string> {
    this.cachedStems ??= tokenStems(this.pack, this.turn.tokens, this.span);
    return this.cachedStems;
  }
}

function classifyTurn(pack: CompiledPack, turn: Turn): ReplySentence[] {
  // one pass over the whole turn for all cue lists, grouped by sentence
  const bySentence = pack.replies.cues.matchesBySpan(turn.matchable, turn.tokens, turn.sentences);
  return turn.sentences.map((span, i) => {
    const found = bySentence[i] ?? [];
    const cues = {
      deflection: found.some((m) => m.tag === "deflection"),
      urgent: found.some((m) => m.tag === "urgent"),
      meta: found.some((m) => m.tag === "meta"),
    };
    return new Sentence(pack, turn, span, turn.matchable.slice(span.start, span.end), cues);
  });
}

export function classifyReply(pack: CompiledPack, reply: readonly Turn[]): ReplySentence[] {
  return reply.flatMap((turn) => classifyTurn(pack, turn));
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared;
}

/** Gives every reply sentence to the question it talks about; unrelated ones follow the flow. */
function assign(units: readonly QuestionUnit[], sentences: readonly ReplySentence[]): ReplySentence[][] {
  if (units.length === 1) return [[...sentences]];
  const buckets: ReplySentence[][] = units.map(() => []);
  let current = 0;
  for (const sentence of sentences) {
    let best = -1;
    let bestScore = 0;
    units.forEach((unit, i) => {
      const score = overlap(unit.stems, sentence.stems);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    });
    if (best < 0) best = sentence.switchesTopic && current + 1 < units.length ? current + 1 : current;
    buckets[best]?.push(sentence);
    current = best;
  }
  return buckets;
}

function mentionsFocus(pack: CompiledPack, focus: string, sentence: ReplySentence): boolean {
  const concept = pack.focusConcepts.find((c) => c.id === focus);
  return !concept || concept.answer.test(sentence.turn.matchable.slice(sentence.span.start, sentence.span.end));
}

/**
 * Judges one question against the reply sentences given to it. A sentence that names the care
 * team as the one who decides ("Dr. Lee will go over that with you") is a referral, not an
 * answer, unless the question was about contacting them. When nothing in the whole reply defers,
 * a reply with content answers every question of the turn: patients often ask one thing twice
 * ("Can I shower? Can the dressing get wet?").
 */
function judge(pack: CompiledPack, unit: QuestionUnit, assigned: readonly ReplySentence[], reply: readonly ReplySentence[]): UnitVerdict {
  if (reply.length === 0) return { unit, answered: false, reason: "no_reply", evidence: [], viaParaphrase: false };
  // "What do I do if I see flashing lights?" is answered by "go to the emergency department".
  const escalation = hasMatch(pack.questions.escalationQuestion, unit.text);
  const aboutCare = hasMatch(pack.replies.referral, unit.text);
  // "what do I do if...?" is answered by "call the clinic straight away": the referral is the answer
  const isAnswer = (s: ReplySentence): boolean => (escalation && s.kind === "urgent") || (s.kind === "content" && (!s.refers || aboutCare));
  const replyDefers = reply.some((s) => s.deflects);
  const pool = replyDefers ? assigned : reply;
  const answers = pool.filter(isAnswer);
  const deferring = pool.filter((s) => s.deflects || (s.kind === "content" && s.refers && !aboutCare));
  // "When can I drive?" answered about riding as a passenger: the topic never comes up and no
  // concrete answer (a time, a yes/no) is given. An answer that takes up the question's own words
  // ("keep the pens in your carry-on" for flying) is on topic too.
  if (unit.focus !== null && !answers.some((s) => s.concrete || mentionsFocus(pack, unit.focus as string, s) || overlap(unit.stems, s.stems) > 0)) {
    const reason = deferring.length > 0 ? "deflected" : "different_question";
    return { unit, answered: false, reason, evidence: deferring.length > 0 ? deferring : answers, viaParaphrase: false };
  }
  // a decision for the care team, deferred, is unanswered; unless the reply opens by answering it
  // ("Not usually. Most people...") and then only names who tailors or follows it up, refusing
  // nothing in its own name ("isn't something I can approve")
  const refuses = pool.some((s) => s.deflects && hasMatch(pack.context.firstPerson, s.turn.matchable.slice(s.span.start, s.span.end)));
  const opensWithAnswer = pool[0] !== undefined && isAnswer(pool[0]) && (pool[0].concrete || overlap(unit.stems, pool[0].stems) > 0) && !refuses;
  if (deferring.length > 0 && hasMatch(pack.questions.reservedDecision, unit.text) && !opensWithAnswer) {
    return { unit, answered: false, reason: "deflected", evidence: deferring, viaParaphrase: false };
  }
  // the reply opens by deflecting ("I can't see your schedule from here"): what follows is advice
  // on something else, not the answer
  if (pool[0]?.deflects) return { unit, answered: false, reason: "deflected", evidence: deferring, viaParaphrase: false };
  const addressing = answers.filter((s) => overlap(unit.stems, s.stems) > 0);
  // "About two litres a day, including soup. The nurse can confirm your exact limit.": a concrete
  // answer first, then who confirms it
  if (pool[0] && isAnswer(pool[0]) && pool[0].concrete) {
    return { unit, answered: true, reason: null, evidence: [...new Set([pool[0], ...addressing])], viaParaphrase: addressing.length === 0 };
  }
  // nothing in the reply defers: its content answers, and a closing "Dr. Lee will clear you
  // for weights" only adds who follows up
  if (!replyDefers && answers.length > 0) {
    const evidence = [...addressing, ...answers.filter((s) => !addressing.includes(s))];
    return { unit, answered: true, reason: null, evidence, viaParaphrase: addressing.length === 0 };
  }
  if (addressing.length > 0) {
    // the sentences that share words with the question first, then the rest of the answer
    const evidence = [...addressing, ...answers.filter((s) => !addressing.includes(s))];
    return { unit, answered: true, reason: null, evidence, viaParaphrase: false };
  }
  if (deferring.length > 0) return { unit, answered: false, reason: "deflected", evidence: deferring, viaParaphrase: false };
  if (answers.length > 0) return { unit, answered: true, reason: null, evidence: answers, viaParaphrase: true };
  return { unit, answered: false, reason: "different_question", evidence: pool, viaParaphrase: false };
}

export function judgeAnswers(pack: CompiledPack, units: readonly QuestionUnit[], reply: readonly ReplySentence[]): UnitVerdict[] {
  const buckets = assign(units, reply);
  return units.map((unit, i) => judge(pack, unit, buckets[i] ?? [], reply));
}

/**
 * A reply that only asks back ("Do you mean the morning dose?") has not answered yet: the answer
 * comes after the patient clarifies.
 */
export function onlyAsksBack(reply: readonly ReplySentence[]): boolean {
  return reply.some((s) => s.kind === "clarification") && reply.every((s) => s.kind === "clarification" || s.kind === "empathy");
}

/**
 * For each reply, whether the agent escalated (call now, go to the emergency department) in
 * reaction to what the patient just said, and not as general advice ("call if you get a rash"). A
 * sentence with an urgent-referral cue is "urgent" whatever else it says, so this needs no full
 * classification (most turns are read only for this). Every sentence's urgent cues are looked for
 * first (the indexed set), then the sentences with one are read for a condition, so each step's
 * patterns stay in the processor's caches.
 */
export function escalatesInReplies(pack: CompiledPack, replies: ReadonlyArray<readonly Turn[]>): boolean[] {
  const r = pack.replies;
  // the sentences with an urgent cue, in order, each with the reply it is in (a flat list: most have none)
  const urgent: Array<{ readonly reply: number; readonly turn: Turn; readonly sentence: Span }> = [];
  replies.forEach((reply, i) => {
    for (const turn of reply) {
      for (const sentence of turn.sentences) if (r.urgentCues.test(turn.matchable, turn.tokens, sentence.start, sentence.end)) urgent.push({ reply: i, turn, sentence });
    }
  });
  const escalates = replies.map(() => false);
  for (const { reply, turn, sentence } of urgent) {
    if (!escalates[reply] && !r.conditionalEscalation.test(turn.matchable.slice(sentence.start, sentence.end))) escalates[reply] = true;
  }
  return escalates;
}

/**
 * Whether a reply's escalation carries on an earlier one ("but she still needs to be seen today"):
 * an urgent sentence that says so.
 */
export function continuesEscalation(pack: CompiledPack, reply: readonly Turn[]): boolean {
  const r = pack.replies;
  return reply.some((turn) => turn.sentences.some((s) => r.urgentCues.test(turn.matchable, turn.tokens, s.start, s.end) && r.continuingEscalation.test(turn.matchable.slice(s.start, s.end))));
}

/** How far into the sentence after a calm one a "but" still turns it ("But with a fever...", "Still, ..."). */
const CONTRAST_OPENING_CHARS = 12;

/** How many sentences at the start of a reply can carry the agent's judgement of the turn ("Thank you for telling me. That's important."). */
const CONCERN_OPENING_SENTENCES = 2;

/**
 * Whether the agent's reply opens by judging what the patient said as important, serious or an
 * emergency, or counts it as one more warning sign.
 */
export function concernOpens(pack: CompiledPack, reply: readonly Turn[]): boolean {
  const first = reply[0];
  if (!first) return false;
  const { concernOpening, additionalConcern, safetyNet } = pack.replies;
  return first.sentences.slice(0, CONCERN_OPENING_SENTENCES).some((s) => {
    const sentence = first.matchable.slice(s.start, s.end);
    // "another warning sign" counts the turn; a conditional ("if ..., that's another warning sign to call") teaches
    return concernOpening.test(sentence) || (additionalConcern.test(sentence) && !safetyNet.test(sentence));
  });
}

/** Whether the agent's reply opens by thanking the patient for what they just disclosed ("Thank you for being honest with me."). */
export function thanksForDisclosure(pack: CompiledPack, reply: readonly Turn[]): boolean {
  const first = reply[0];
  const sentence = first?.sentences[0];
  return first !== undefined && sentence !== undefined && pack.replies.disclosureThanks.test(first.matchable.slice(sentence.start, sentence.end));
}

/**
 * Whether the agent's reply opens by calling what the patient said normal, common or good news
 * ("That's very common after surgery."), or judges it so later in its first sentence ("Dark stools
 * are very common with iron tablets.") and escalates nowhere. A "but" in that sentence, or at the
 * start of the next, turns it ("That's common. But with a fever...").
 */
export function calmOpens(pack: CompiledPack, reply: readonly Turn[]): boolean {
  const first = reply[0];
  const sentence = first?.sentences[0];
  if (first === undefined || sentence === undefined) return false;
  const text = first.matchable.slice(sentence.start, sentence.end);
  const { calmOpening, calmContrast, calmJudgement } = pack.replies;
  const opens = calmOpening.test(text);
  if (!opens && !calmJudgement.test(text)) return false;
  const next = first.sentences[1];
  if (calmContrast.test(text) || (next !== undefined && calmContrast.test(first.matchable.slice(next.start, Math.min(next.end, next.start + CONTRAST_OPENING_CHARS))))) return false;
  return opens || !escalatesInReplies(pack, [reply])[0];
}

/**
 * Whether the agent takes the turn up without escalating ("Please tell them about that too.", "Taking
 * it daily can be dangerous."): in a sentence that is no safety-net condition.
 */
export function takesUp(pack: CompiledPack, reply: readonly Turn[]): boolean {
  const { takesUp: cue, conditionalEscalation } = pack.replies;
  return reply.some((turn) => turn.sentences.some((s) => {
    const sentence = turn.matchable.slice(s.start, s.end);
    return cue.test(sentence) && !conditionalEscalation.test(sentence);
  }));
}

/**
 * The patient's words that accept contact the agent offered in its last question ("Would you like a
 * nurse to call you back?" - "Yes please."), or null.
 */
export function acceptedContactOffer(pack: CompiledPack, offer: Turn | null, patient: Turn): string | null {
  if (!offer) return null;
  const last = offer.sentences[offer.sentences.length - 1];
  if (!last || !endsWithQuestionMark(offer.text.slice(last.start, last.end), "\"')") || !pack.replies.contactOffer.test(offer.matchable.slice(last.start, last.end))) return null;
  const accepted = pack.replies.offerAccepted.exec(patient.matchable);
  return accepted ? patient.text.slice(0, accepted[0].length).trim() : null;
}

export function excerpt(sentences: readonly ReplySentence[]): string {
  return clip(sentences.slice(0, MAX_EXCERPT_SENTENCES).map((s) => s.turn.text.slice(s.span.start, s.span.end)).join(" "), MAX_EXCERPT_CHARS);
}

/** Whether an agent turn drew on the knowledge base (used chunks, or a very close chunk). */
export function isGrounded(rag: RagRetrievalInfo | null): boolean {
  if (!rag) return false;
  const chunks = Array.isArray(rag.chunks) ? rag.chunks : [];
  const distance = (id: string | null | undefined): number | null => {
    const chunk = chunks.find((c) => c && c.chunk_id === id);
    return chunk && typeof chunk.vector_distance === "number" ? chunk.vector_distance : null;
  };
  const used = Array.isArray(rag.used_chunk_ids) ? rag.used_chunk_ids.filter((id) => typeof id === "string") : null;
  if (used && used.length > 0) {
    const distances = used.map(distance).filter((d): d is number => d !== null);
    return distances.length === 0 || Math.min(...distances) <= GROUNDING.maxUsedChunkDistance;
  }
  if (used) return false;
  return chunks.some((c) => c && typeof c.vector_distance === "number" && c.vector_distance <= GROUNDING.maxRetrievedChunkDistance);
}

export function groundedAnswer(sentences: readonly ReplySentence[]): boolean {
  return sentences.some((s) => isGrounded(s.turn.rag));
}

