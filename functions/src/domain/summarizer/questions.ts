/**
 * Finds the information questions in a patient turn, by syntax rather than by "?":
 * interrogative words and auxiliary inversion at the start of a clause (clauses also start after
 * discourse markers, because speech-to-text drops punctuation), indirect questions ("I was
 * wondering", "tell me about"), Spanish "¿...?" and accented interrogatives, elliptical
 * questions ("True?"), and checked assumptions ("so that's better, right?").
 * Statements that merely end with "?", rhetorical tags, greetings and lead-ins are not questions.
 *
 * Each question becomes a unit (a span of the turn) so that a turn asking two things can be
 * judged answered for one and unanswered for the other.
 */

import type { CompiledPack, QuestionCueKind } from "./compile";
import type { PatternMatch } from "./matcher";
import { allMatches, hasMatch } from "./regex";
import { endsWithQuestionMark, firstTokenIndex, isSpaceCode, stem, tokenCountIn, tokenize, tokensIn, wordCount, type Span, type Token } from "./text";
import type { AnalyzedText } from "./transcript";

export interface QuestionUnit {
  readonly span: Span;
  /** Folded text of the question. */
  readonly text: string;
  /** Own stems plus those of the topic it refers back to ("Driving. When can I ...?"). */
  readonly stems: ReadonlySet<string>;
  /** A topic such as driving or work that an answer must mention. */
  readonly focus: string | null;
}

interface Cue {
  readonly at: number;
  /** Where the cue's words end ("I was wondering whether" ends after "whether"). */
  readonly end: number;
  readonly leadIn: boolean;
}

/** A question longer than this (in words) is cut: run-on speech would swallow the whole turn. */
const MAX_UNIT_WORDS = 30;
/** A one-to-four-word "...?" is an elliptical question ("True?", "Morning or night?"). */
const ELLIPTICAL_MAX_WORDS = 4;
/** Longest sentence closed by "?" with no question syntax that still counts as asked (longer ones are often statements). */
const MARKED_QUESTION_MAX_WORDS = 12;
/** A sentence this short right before a question is its topic ("Driving."). */
const TOPIC_FRAGMENT_MAX_WORDS = 4;
/** A checked assumption sharing this much with the agent's last turn is a confirmation. */
const CONFIRMATION_OVERLAP = 0.6;

/** Stems of the content words among already computed tokens, within `span` if given. */
export function tokenStems(pack: CompiledPack, tokens: readonly Token[], span?: Span): Set<string> {
  const stems = new Set<string>();
  // a range of the turn's tokens, read in place: this runs for every question, reply sentence and turn
  const end = span ? firstTokenIndex(tokens, span.end) : tokens.length;
  for (let i = span ? firstTokenIndex(tokens, span.start) : 0; i < end; i++) {
    const token = tokens[i] as Token;
    if (token.text.length < 3 || pack.overlapStopwords.has(token.text)) continue;
    stems.add(stem(token.text));
  }
  return stems;
}

export function contentStems(pack: CompiledPack, folded: string, span?: Span): Set<string> {
  return tokenStems(pack, tokenize(folded, span?.start ?? 0, span?.end ?? folded.length));
}

function isConfirmation(pack: CompiledPack, stemText: string, previousAgent: AnalyzedText | null): boolean {
  if (!previousAgent) return false;
  const own = contentStems(pack, stemText);
  if (own.size === 0) return true;
  const agent = tokenStems(pack, previousAgent.tokens);
  let shared = 0;
  for (const s of own) if (agent.has(s)) shared++;
  return shared / own.size >= CONFIRMATION_OVERLAP;
}

/** Tags are at most three words ("do you think", "¿no es cierto?"): only the last four are read. */
const TAG_MAX_WORDS = 4;

/** "right?", "¿viste?", "won't he?" at the end of a sentence: where the tag starts, or -1. */
function tagStart(pack: CompiledPack, text: AnalyzedText, sentence: Span): number {
  // the sentence's words read in place (this runs for every sentence)
  const { tokens } = text;
  const from = firstTokenIndex(tokens, sentence.start);
  const to = firstTokenIndex(tokens, sentence.end);
  const last = to > from ? tokens[to - 1] : undefined;
  if (!last || !pack.questions.tagWords.has(last.text)) return -1;
  const first = tokens[Math.max(from, to - TAG_MAX_WORDS)];
  const offset = first ? first.start : sentence.start;
  // a truncated window must not look like a sentence start
  const window = (offset > sentence.start ? "#" : "") + text.folded.slice(offset, sentence.end);
  const match = pack.questions.tagAtEnd.exec(window);
  return match ? match.index + offset - (offset > sentence.start ? 1 : 0) - sentence.start : -1;
}

function isNonQuestionAt(pack: CompiledPack, folded: string, at: number): boolean {
  const regex = pack.questions.nonQuestionAt;
  regex.lastIndex = at;
  return regex.test(folded);
}

/** "Is that right?" opening the turn checks the agent's words; after the patient's own claim it asks. */
function isEchoCheckAt(pack: CompiledPack, text: AnalyzedText, at: number): boolean {
  const first = text.sentences[0];
  if (first && at >= first.end) return false;
  const regex = pack.questions.echoCheckAt;
  regex.lastIndex = at;
  return regex.test(text.folded);
}

function invertedQuestionCues(pack: CompiledPack, folded: string, sentence: Span): Cue[] {
  const cues: Cue[] = [];
  for (let i = folded.indexOf("\u00bf", sentence.start); i >= 0 && i < sentence.end; i = folded.indexOf("\u00bf", i + 1)) {
    const close = folded.indexOf("?", i);
    if (close < 0 || close > sentence.end) continue;
    const inner = folded.slice(i + 1, close);
    if (pack.questions.acknowledgement.test(inner) || pack.questions.tagAtEnd.test(inner.trim()) && wordCount(inner) <= 3) continue;
    cues.push({ at: i + 1, end: i + 1, leadIn: false });
  }
  return cues;
}

function clauseCueCounts(kind: QuestionCueKind, marked: boolean, text: AnalyzedText, sentence: Span): boolean {
  if (kind === "clause") return true;
  if (kind === "clause_needing_mark") return marked;
  return marked || lostItsMark(text, sentence);
}

/** How far back (in characters) a clause opening is looked for. */
const CLAUSE_LOOKBACK = 48;

/** Whether a cue at `at` opens a clause: sentence start, after , ; : ¿ or a discourse marker. */
function opensClause(pack: CompiledPack, folded: string, sentence: Span, at: number): boolean {
  // the common cases without a regex: the sentence start, or right after , ; : ¿ (
  let i = at - 1;
  while (i >= sentence.start && isSpaceCode(folded.charCodeAt(i))) i--;
  if (i < sentence.start || /[,;:\u00bf\u00a1("']/.test(folded.charAt(i))) return true;
  const from = Math.max(sentence.start, at - CLAUSE_LOOKBACK);
  // a truncated window must not look like a sentence start
  const before = (from > sentence.start ? "#" : "") + folded.slice(from, at);
  return pack.questions.clauseStartBefore.test(before);
}

/** Words a yes/no question may run on after its cue and still end the turn ("... puedo tomarla con leche o mejor no"). */
const CLOSING_QUESTION_TAIL_WORDS = 8;

/**
 * In a turn without punctuation, a yes/no question that ends it ("i start nights next week does
 * that matter") is asked, though nothing marks where its clause began; unless another
 * clause follows it ("... does that matter and she said no"), where only an alternative ("or")
 * may join.
 */
function closesUnpunctuatedTurn(pack: CompiledPack, kind: QuestionCueKind, text: AnalyzedText, sentence: Span, cueEnd: number): boolean {
  if (kind !== "clause_if_unpunctuated" || sentence.end < text.folded.trimEnd().length || !lostItsMark(text, sentence)) return false;
  const tail = tokenize(text.folded, cueEnd, sentence.end);
  return tail.length <= CLOSING_QUESTION_TAIL_WORDS &&
    !tail.some((t) => pack.context.listJoiners.has(t.text) && !pack.questions.alternativeBefore.test(t.text)) &&
    !hasMatch(pack.context.terminator, text.folded.slice(cueEnd, sentence.end));
}

/** Speech-to-text without any punctuation: a dropped "?" cannot be told from a statement. */
function isUnpunctuated(text: AnalyzedText): boolean {
  return !/[.?!\u00bf,;]/.test(text.folded);
}

/**
 * Whether a "?" may have been dropped from `sentence`: the turn has no punctuation at all, or this is its
 * last sentence and has none of its own after punctuated ones ("he's in the spare room lol. um the
 * baby's got marks from the forceps do they go away").
 */
function lostItsMark(text: AnalyzedText, sentence: Span): boolean {
  if (isUnpunctuated(text)) return true;
  return sentence.end >= text.folded.trimEnd().length && !/[.?!\u00bf,;]/.test(text.folded.slice(sentence.start, sentence.end));
}

/** The question cues of each sentence of a turn, in the pack's indexed set. */
type CueMatches = ReadonlyArray<readonly PatternMatch<QuestionCueKind>[]>;

function cueMatchesOf(pack: CompiledPack, text: AnalyzedText): CueMatches {
  return text.sentences.map((sentence) => pack.questions.cues.matches(text.folded, text.tokens, sentence.start, sentence.end));
}

function syntacticCues(pack: CompiledPack, text: AnalyzedText, sentence: Span, marked: boolean, matches: readonly PatternMatch<QuestionCueKind>[]): Cue[] {
  const cues: Cue[] = [];
  for (const m of matches) {
    if (m.tag === "indirect") cues.push({ at: m.start, end: m.end, leadIn: hasMatch(pack.questions.leadIn, text.folded.slice(m.start, m.end)) });
    else if (clauseCueCounts(m.tag, marked, text, sentence) && (opensClause(pack, text.folded, sentence, m.start) || closesUnpunctuatedTurn(pack, m.tag, text, sentence, m.end))) cues.push({ at: m.start, end: m.end, leadIn: false });
  }
  if (pack.questions.accented) {
    for (const m of allMatches(pack.questions.accented, text.accented.slice(sentence.start, sentence.end), sentence.start)) {
      cues.push({ at: m.start, end: m.end, leadIn: false });
    }
  }
  return cues;
}

/** Where the words of `text` begin, past punctuation and spaces. */
function leadOf(text: string): number {
  return text.length - text.replace(/^[\s"',.;:!?\u00a1\u00bf-]+/, "").length;
}

/** Whether `text` opens with a negation ("No.", "None at all", "Nein, gar nicht"). */
export function opensWithNegation(pack: CompiledPack, text: string): boolean {
  const lead = leadOf(text);
  return allMatches(pack.context.negation, text).some((m) => m.start === lead);
}

/** Whether the patient's next words after `sentence` open with a denial or an answer ("None at all", "Nein, gar nicht"). */
function deniedRightAfter(pack: CompiledPack, text: AnalyzedText, sentence: Span): boolean {
  const rest = text.folded.slice(sentence.end, sentence.end + 40);
  return opensWithNegation(pack, rest) || pack.replies.answerOpener.test(rest.slice(leadOf(rest)));
}

/**
 * Cues of one sentence, after removing tags, greetings, lead-ins and rhetorical questions.
 * `answeredLikeQuestion`: the agent's reply opens like an answer ("Yes, ..."), so a "?" at the
 * end of the patient's last sentence was a question and not speech-to-text punctuation.
 */
function sentenceCues(pack: CompiledPack, text: AnalyzedText, sentence: Span, previousAgent: AnalyzedText | null, answeredLikeQuestion: boolean, matches: readonly PatternMatch<QuestionCueKind>[]): Cue[] {
  const slice = text.folded.slice(sentence.start, sentence.end);
  const marked = endsWithQuestionMark(slice) || slice.includes("\u00bf");
  const tagAt = tagStart(pack, text, sentence);
  const tagLimit = tagAt >= 0 ? sentence.start + tagAt : sentence.end;
  const found = [...syntacticCues(pack, text, sentence, marked, matches), ...invertedQuestionCues(pack, text.folded, sentence)];
  // the tag's own words ("..., isn't it?") are no cue of the stem: the tag is judged below
  const inStem = found.filter((c) => c.at < tagLimit || slice.includes("\u00bf"));
  const cues = inStem.filter((c) => !isNonQuestionAt(pack, text.folded, c.at) && !isEchoCheckAt(pack, text, c.at));
  // a greeting or rhetorical question ("¿cómo está?", "what's the point?") is not a question
  if (cues.length > 0 || inStem.length > 0) return cues;
  // No interrogative syntax: only "True?" or a checked assumption ("so that's better, right?").
  if (tagAt < 0 && !endsWithQuestionMark(slice)) return [];
  if (isNonQuestionAt(pack, text.folded, sentence.start) || isEchoCheckAt(pack, text, sentence.start)) return [];
  const stemText = tagAt >= 0 ? slice.slice(0, tagAt) : slice;
  const confirmation = isConfirmation(pack, stemText, previousAgent);
  const evaluative = hasMatch(pack.questions.evaluative, stemText) && !confirmation;
  const whole: Cue[] = [{ at: sentence.start, end: sentence.start, leadIn: false }];
  if (tagAt >= 0) {
    // "That won't happen to me, will it?" asks; "Geoffrey will have to, won't he?" does not
    const reassurance = pack.questions.reassuranceTag.test(slice) && hasMatch(pack.context.firstPerson, stemText) && !confirmation;
    // "That's the iron, right?", "Sixteen's good, isn't it?": a checking tag asks whether the claim holds
    const checks = marked && !pack.questions.rhetoricalTag.test(slice) && !confirmation;
    return evaluative || reassurance || checks ? whole : [];
  }
  if (pack.questions.acknowledgement.test(stemText)) return [];
  const elliptical = wordCount(stemText) <= ELLIPTICAL_MAX_WORDS;
  // "Pain? None at all." repeats the agent's question and answers it: an echo, not a question
  if (elliptical && deniedRightAfter(pack, text, sentence)) return [];
  const yesNo = hasMatch(pack.questions.yesNoMarker, stemText) && !confirmation;
  // a declarative question about what the patient does ("eu continuo tomando igual?"): where yes/no
  // questions are asked by intonation alone, only the "?" marks it
  const declarative = pack.questions.yesNoByIntonation && hasMatch(pack.context.firstPerson, stemText) && !confirmation;
  // a short fragment the speech-to-text closed with "?" asks by its intonation ("And a pint or two at the
  // weekend?"); a first-person statement with a rising end tells ("So I'm keeping a diary?"), and so does
  // a check of the agent's own words
  const askedByIntonation = !confirmation && wordCount(stemText) <= MARKED_QUESTION_MAX_WORDS && !hasMatch(pack.context.firstPerson, stemText);
  return elliptical || evaluative || yesNo || declarative || answeredLikeQuestion || askedByIntonation ? whole : [];
}

/** Words between two cues of the same clause ("¿hasta dónde", "dígame cuánto", "no entiendo qué"). */
const SAME_CLAUSE_MAX_WORDS = 3;

/** One cue per question: cues a few words apart in one clause are the same question. */
function dedupe(pack: CompiledPack, text: AnalyzedText, cues: Cue[]): Cue[] {
  // most sentences have no cue or one: nothing to merge
  if (cues.length < 2) return cues;
  const sorted = [...cues].sort((a, b) => a.at - b.at);
  const result: Cue[] = [];
  for (const cue of sorted) {
    const last = result[result.length - 1];
    if (last) {
      // measured from the end of the previous cue: "me puede explicar | para | qué sirve"
      const between = text.folded.slice(Math.min(Math.max(last.end, last.at), cue.at), cue.at);
      if (!/[,;:.!?]/.test(between) && !pack.questions.clauseMarker.test(between) && wordCount(between) <= SAME_CLAUSE_MAX_WORDS) {
        result[result.length - 1] = { ...last, end: Math.max(last.end, cue.end) };
        continue;
      }
    }
    result.push(cue);
  }
  return result;
}

interface RawUnit {
  start: number;
  end: number;
  sentence: number;
  leadIn: boolean;
}

function capWords(text: AnalyzedText, start: number, end: number): number {
  const tokens = tokensIn(text.tokens, { start, end });
  return tokens.length > MAX_UNIT_WORDS ? (tokens[MAX_UNIT_WORDS - 1]?.end ?? end) : end;
}

function rawUnits(pack: CompiledPack, text: AnalyzedText, previousAgent: AnalyzedText | null, replyOpensAsAnswer: boolean, cueMatches: CueMatches): RawUnit[] {
  const units: RawUnit[] = [];
  text.sentences.forEach((sentence, index) => {
    const last = index === text.sentences.length - 1;
    const cues = dedupe(pack, text, sentenceCues(pack, text, sentence, previousAgent, last && replyOpensAsAnswer, cueMatches[index] ?? []));
    // "can I take a shower or is it baths only": an alternative continues the same question
    const starts = cues.filter((cue, k) => {
      const previous = cues[k - 1];
      return !previous || !pack.questions.alternativeBefore.test(text.folded.slice(previous.at, cue.at));
    });
    starts.forEach((cue, k) => {
      const nextAt = starts[k + 1]?.at ?? sentence.end;
      units.push({ start: cue.at, end: capWords(text, cue.at, nextAt), sentence: index, leadIn: cue.leadIn });
    });
  });
  return units;
}

function mergeUnits(pack: CompiledPack, text: AnalyzedText, units: RawUnit[]): RawUnit[] {
  const merged: RawUnit[] = [];
  for (const unit of units) {
    const previous = merged[merged.length - 1];
    const own = tokenStems(pack, text.tokens, unit);
    const adjacent = previous && unit.sentence - previous.sentence <= 1;
    // "Like how much?" continues the question before it, and so does a one-word follow-up in
    // the same sentence ("... qué se siente"); a lead-in ("what I wanted to ask is") belongs to
    // the question that follows it.
    const continuation = own.size === 0 || (own.size === 1 && previous?.sentence === unit.sentence);
    const emptyOpener = previous && previous.sentence === unit.sentence && tokenStems(pack, text.tokens, previous).size === 0;
    // "¿Y | puedo tomar...?": a cue with no words of its own opens the question after it
    if (previous && adjacent && (continuation || previous.leadIn || emptyOpener)) {
      previous.end = Math.max(previous.end, unit.end);
      previous.leadIn = unit.leadIn;
      previous.sentence = unit.sentence;
      continue;
    }
    merged.push({ ...unit });
  }
  return merged;
}

function contextStems(pack: CompiledPack, text: AnalyzedText, unit: RawUnit, own: Set<string>, previousEnd: number): Set<string> {
  const stems = new Set(own);
  const sentence = text.sentences[unit.sentence];
  if (sentence && stems.size < 2) {
    const clauseStart = Math.max(sentence.start, previousEnd);
    for (const s of tokenStems(pack, text.tokens, { start: clauseStart, end: unit.start })) stems.add(s);
  }
  for (let i = unit.sentence - 1, taken = 0; i >= 0 && taken < 2; i--, taken++) {
    const prev = text.sentences[i];
    if (!prev) break;
    const words = tokenCountIn(text.tokens, prev);
    if (prev.end > previousEnd && (stems.size < 2 || words <= TOPIC_FRAGMENT_MAX_WORDS)) {
      for (const s of tokenStems(pack, text.tokens, prev)) stems.add(s);
    } else if (words > TOPIC_FRAGMENT_MAX_WORDS) {
      break;
    }
  }
  return stems;
}

/**
 * The topic of the question, read in the question and in a topic fragment before it ("Driving.").
 * A question with no words of its own ("is that okay?") takes its topic from what came before it
 * in the same clause and sentence ("we've booked a holiday next month, is that okay?").
 */
function focusOf(pack: CompiledPack, text: AnalyzedText, unit: RawUnit, ownWords: number, previousEnd: number): string | null {
  const previous = text.sentences[unit.sentence - 1];
  const parts = [text.folded.slice(unit.start, unit.end)];
  if (previous && tokenCountIn(text.tokens, previous) <= TOPIC_FRAGMENT_MAX_WORDS) parts.push(text.folded.slice(previous.start, previous.end));
  if (ownWords < 2) {
    const sentence = text.sentences[unit.sentence];
    if (sentence) parts.push(text.folded.slice(Math.max(sentence.start, previousEnd), unit.start));
    if (previous && previous.start >= previousEnd) parts.push(text.folded.slice(previous.start, previous.end));
  }
  const question = parts.join(" . ");
  if (!pack.anyFocus.test(question)) return null;
  return pack.focusConcepts.find((c) => c.question.test(question))?.id ?? null;
}

/**
 * The questions of a patient turn. `replyOpening` is the first sentence of the agent's reply, if
 * any: an opening "Yes, ..." shows that the patient's final "...?" was asked.
 */
/**
 * The closing words of a turn read as a question the reply declined: "y mañana me pongo la lantus
 * normal o me la salto" has no cue the packs know, but "that is for your doctor to decide" says
 * something was asked. The last sentence, at most MAX_UNIT_WORDS of its closing words.
 */
export function closingClauseUnit(pack: CompiledPack, text: AnalyzedText): QuestionUnit | null {
  const sentence = text.sentences[text.sentences.length - 1];
  if (!sentence) return null;
  const tokens = tokensIn(text.tokens, sentence);
  const first = tokens[Math.max(0, tokens.length - MAX_UNIT_WORDS)];
  if (!first) return null;
  const span = { start: first.start, end: sentence.end };
  return { span, text: text.folded.slice(span.start, span.end), stems: tokenStems(pack, text.tokens, span), focus: null };
}

export function detectQuestions(pack: CompiledPack, text: AnalyzedText, previousAgent: AnalyzedText | null, replyOpening = ""): QuestionUnit[] {
  return questionsOf(pack, text, previousAgent, replyOpening, cueMatchesOf(pack, text));
}

/** A patient turn to read for questions, with the agent's words around it (see detectQuestions). */
export interface QuestionInput {
  readonly text: AnalyzedText;
  readonly previousAgent: AnalyzedText | null;
  readonly replyOpening: string;
}

/**
 * The questions of patient turns, one list per turn: every turn's question cues are found before
 * any turn's cues are judged, so the indexed set and then the judging regexes stay in the
 * processor's caches. The same as detectQuestions one turn at a time.
 */
export function detectQuestionsInTurns(pack: CompiledPack, inputs: readonly QuestionInput[]): QuestionUnit[][] {
  const cueMatches = inputs.map(({ text }) => cueMatchesOf(pack, text));
  return inputs.map(({ text, previousAgent, replyOpening }, i) => questionsOf(pack, text, previousAgent, replyOpening, cueMatches[i] ?? []));
}

function questionsOf(pack: CompiledPack, text: AnalyzedText, previousAgent: AnalyzedText | null, replyOpening: string, cueMatches: CueMatches): QuestionUnit[] {
  const units = mergeUnits(pack, text, rawUnits(pack, text, previousAgent, pack.replies.answerOpener.test(replyOpening), cueMatches));
  let previousEnd = 0;
  return units.map((unit) => {
    const own = tokenStems(pack, text.tokens, unit);
    const stems = contextStems(pack, text, unit, own, previousEnd);
    const focus = focusOf(pack, text, unit, own.size, previousEnd);
    previousEnd = unit.end;
    return { span: { start: unit.start, end: unit.end }, text: text.folded.slice(unit.start, unit.end), stems, focus };
  });
}
