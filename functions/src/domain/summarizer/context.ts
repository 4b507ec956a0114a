/**
 * ConText-style assertion status of a finding: is it the patient's, present, and real?
 *
 * - negated (NegEx): a negation cue before the finding, within a few words, whose scope is not
 *   ended by a terminator ("but", "pero") or by a new clause after a comma/"and";
 * - other_person: the nearest subject before the finding is a relative or friend ("my husband
 *   has chest pains"), pronouns ("he", "she") resolved to the last such person;
 * - hypothetical: a conditional/fear/leaflet cue whose clause contains the finding, or a
 *   question that asks about it without saying it is happening ("should I take two?");
 * - resolved: historical ("years ago", "used to") or resolved ("it's gone now") unless a recent
 *   urgent event ("this morning ... till it passed" stays current);
 * - expected: the care team told the patient to expect it (never for urgent findings).
 */

import type { CompiledPack } from "./compile";
import type { Experiencer } from "./lexicon/types";
import { allMatches, hasMatch } from "./regex";
import { endsWithQuestionMark, tokenize, type Span } from "./text";
import type { AnalyzedText } from "./transcript";
import type { Severity } from "./types";

export type ContextStatus =
  | "affirmed"
  | "negated"
  | "hypothetical"
  | "resolved"
  | "other_person"
  | "expected"
  | "sanctioned"
  /** A medication problem said of no medicine the call names ("I ran out on Sunday"): possibly the patient's treatment. */
  | "medicine_unnamed"
  /** A fever named with the patient's own reading below one ("I took the fever, 36,8"): the words and the number disagree. */
  | "measured_normal"
  | "out_of_context";

export interface FindingToAssess {
  readonly span: Span;
  readonly severity: Severity;
  readonly experiencer: Experiencer;
  readonly questionMeansHypothetical: boolean;
  readonly needsMedicationContext: boolean;
  readonly isMedication: boolean;
  /** An event that stays a problem once it happened ("ran out"): only an explicit fix resolves it. */
  readonly persists: boolean;
  readonly passingDoesNotResolve?: boolean;
  readonly pastIsBaseline?: boolean;
  /** A request for contact: "I'll ring them myself" is not one. */
  readonly isRequest: boolean;
  /** Said as a conditional on purpose ("if I didn't wake up..."): conditionals do not make it hypothetical. */
  readonly conditionalIsReal: boolean;
  /**
   * The speaker talks for the patient (a parent, a carer): the words that name the patient ("my
   * son", "me dad"), whose findings are the patient's (see partyMentions).
   */
  readonly spokenFor?: RegExp;
}

/** How many words a negation cue reaches forward (NegEx uses five). */
const NEGATION_REACH = 5;
/** How many words a fear / leaflet / "signs of" cue reaches forward. */
const WEAK_HYPOTHETICAL_REACH = 8;
/** How many words an "if" clause reaches when speech-to-text left out the comma. */
const CONDITIONAL_REACH = 16;
/** Earlier turns whose medicine "I stopped it" may refer to (the agent's question, the patient's own words). */
const MEDICATION_HISTORY_TURNS = 1;
/** A resolution sentence that directly follows may resolve the finding: "It's gone now." */
const RESOLUTION_NEXT_SENTENCE_MAX_WORDS = 20;
/** Characters either side of a finding that count as its sentence in a run-on turn. */
const CONTEXT_CHARS = 240;

function sentenceIndexOf(text: AnalyzedText, position: number): number {
  const index = text.sentences.findIndex((s) => position < s.end);
  return index >= 0 ? index : Math.max(0, text.sentences.length - 1);
}

/**
 * Whether a cue that ends at `cueEnd` still covers a finding starting at `findingStart`.
 * In "list" mode a comma or coordinator ends the scope unless the finding follows it directly
 * ("no fever, no chills" and "not red or swollen" stay negated; "no fever, my calf is..." does
 * not). In "clause" mode (conditionals) any comma or "then" ends it: "if I walk, I get chest
 * pain" reports a real symptom after the comma.
 */
function scopeReaches(pack: CompiledPack, folded: string, cueEnd: number, findingStart: number, reach: number, mode: "list" | "clause"): boolean {
  const between = folded.slice(cueEnd, findingStart);
  const words = tokenize(between);
  if (words.length > reach) return false;
  if (hasMatch(pack.context.terminator, between)) return false;
  const punct = Math.max(between.lastIndexOf(","), between.lastIndexOf(";"), between.lastIndexOf(":"));
  if (mode === "clause") return punct < 0 && !words.some((w) => pack.context.clauseThen.has(w.text));
  let lastBreak = punct >= 0 ? punct + 1 : -1;
  for (const word of words) if (pack.context.listJoiners.has(word.text)) lastBreak = Math.max(lastBreak, word.end);
  return lastBreak < 0 || tokenize(between.slice(lastBreak)).length === 0;
}

/** Negation cues before the finding, without those that only look like one ("not only", "no doubt"). */
function negationCuesBefore(pack: CompiledPack, text: AnalyzedText, sentence: Span, findingStart: number): Array<{ start: number; end: number }> {
  const pre = text.folded.slice(sentence.start, findingStart);
  const cues = allMatches(pack.context.negation, pre, sentence.start);
  if (cues.length === 0) return cues;
  // a pseudo-negation may run past the finding's start ("nothing helps the pain"): read to the end
  const pseudo = allMatches(pack.context.pseudoNegation, text.folded.slice(sentence.start, sentence.end), sentence.start);
  return cues.filter((cue) => !pseudo.some((p) => cue.start >= p.start && cue.start < p.end));
}

/**
 * Negation after the finding, within the pack's reach and the same clause: "fiebre no tengo",
 * "de la fièvre, non", "Fieber habe ich keins".
 */
function isNegatedAfter(pack: CompiledPack, text: AnalyzedText, sentence: Span, finding: FindingToAssess): boolean {
  // "eu não tava dando não": a finding that is itself a negative statement is only repeated
  if (hasMatch(pack.context.negation, text.folded.slice(finding.span.start, finding.span.end))) return false;
  const tokens = tokenize(text.folded, finding.span.end, sentence.end);
  const reach = tokens[Math.min(tokens.length, pack.context.postNegationReach + 2) - 1];
  if (!reach) return false;
  const after = text.folded.slice(finding.span.end, reach.end);
  // a "but" or "eso sí" ends the finding's clause: only a cue before it negates ("fiebre, ninguna, eso sí")
  const stop = allMatches(pack.context.terminator, after, finding.span.end)[0]?.start ?? Number.POSITIVE_INFINITY;
  const cues = allMatches(pack.context.postNegation, after, finding.span.end).filter((cue) => cue.start < stop);
  const pseudo = allMatches(pack.context.pseudoNegation, text.folded.slice(finding.span.end, sentence.end), finding.span.end);
  for (const cue of cues) {
    if (pseudo.some((p) => cue.start >= p.start && cue.start < p.end)) continue;
    const before = tokenize(text.folded, finding.span.end, cue.start);
    // a sentence break or "and" inside the reach starts another clause ("... on Friday and I
    // haven't gone"); "or" lists alternatives under the same denial ("Atemnot oder Brustschmerzen
    // hab ich keine"), unless the denial follows it at once: "chest pain or not, more a pressure",
    // "o no sé" correct or doubt the finding itself. A comma may stand before the cue ("fiebre, no")
    const orRightBefore = before.length > 0 && pack.context.disjunctiveJoiners.has(before[before.length - 1]!.text);
    if (orRightBefore || before.some((w) => pack.context.listJoiners.has(w.text) && !pack.context.disjunctiveJoiners.has(w.text))) continue;
    // after a comma a bare "no" denies only when it closes the clause ("fiebre, no."); followed by
    // a verb it starts a new one ("me duele el pecho, no sé por qué")
    if (text.folded.slice(finding.span.end, cue.start).includes(",") && !cue.text.trim().includes(" ") && !closesClause(text.folded.slice(cue.end, sentence.end))) continue;
    if (before.length <= pack.context.postNegationReach && !/[.!?;]/.test(text.folded.slice(finding.span.end, cue.start))) return true;
  }
  return negatedListEnd(pack, text, sentence, finding);
}

/** Only punctuation, or another comma-separated part, after a word. */
function closesClause(after: string): boolean {
  return /^\s*(?:[,.!?;]|$)/.test(after);
}

/** Findings listed before a closing denial: at most this many words from the finding to the comma. */
const LIST_DENIAL_REACH = 10;

/**
 * A list that a denial after its last comma closes: "visão dupla ou formigueiros, nada", "chest
 * pain or breathlessness, none of that". Every finding of the list is denied, not only the last one.
 */
function negatedListEnd(pack: CompiledPack, text: AnalyzedText, sentence: Span, finding: FindingToAssess): boolean {
  const rest = text.folded.slice(finding.span.end, sentence.end);
  const comma = rest.lastIndexOf(",");
  if (comma < 0) return false;
  if (tokenize(text.folded, finding.span.end, finding.span.end + comma).length > LIST_DENIAL_REACH || hasMatch(pack.context.terminator, rest.slice(0, comma))) return false;
  return pack.context.listDenial.test(rest.slice(comma + 1));
}

function isNegated(pack: CompiledPack, text: AnalyzedText, sentence: Span, finding: FindingToAssess): boolean {
  const cues = negationCuesBefore(pack, text, sentence, finding.span.start);
  for (const cue of [...cues].reverse()) {
    if (scopeReaches(pack, text.folded, cue.end, finding.span.start, NEGATION_REACH, "list")) return true;
    if (tokenize(text.folded.slice(cue.end, finding.span.start)).length > NEGATION_REACH) break;
  }
  return isNegatedAfter(pack, text, sentence, finding);
}

type Party = "self" | "other";

interface PartyMention {
  readonly at: number;
  readonly party: Party;
}

/**
 * Everyone mentioned in a patient turn, in order: relatives and friends ("my husband"), the
 * patient ("I", "me", "my leg"), and pronouns that refer back to a relative ("he", "she").
 * Computed once per turn and cached, since every finding of the turn needs it.
 */
const mentionCache = new WeakMap<AnalyzedText, readonly PartyMention[]>();
const spokenForMentionCache = new WeakMap<RegExp, WeakMap<AnalyzedText, readonly PartyMention[]>>();

/**
 * In a call where the speaker talks for the patient (a parent for their child, a carer for their
 * father), the person they speak for ("my son", "me dad") is the patient: the speaker's report
 * about them is the patient's own finding, and "he"/"she" after them (or before anyone is named)
 * refers to them. Other people (a partner, a neighbour) stay others.
 */
function partyMentions(pack: CompiledPack, text: AnalyzedText, spokenFor?: RegExp): readonly PartyMention[] {
  let cache = mentionCache;
  if (spokenFor) {
    cache = spokenForMentionCache.get(spokenFor) ?? new WeakMap();
    spokenForMentionCache.set(spokenFor, cache);
  }
  const cached = cache.get(text);
  if (cached) return cached;
  const found = allMatches(pack.context.thirdPartyNoun, text.folded);
  const isSpokenFor = (m: { text: string }): boolean => spokenFor !== undefined && hasMatch(spokenFor, m.text);
  const others = found.filter((m) => !isSpokenFor(m));
  const children = found.filter((m) => isSpokenFor(m));
  const insideNoun = (at: number): boolean => found.some((o) => at >= o.start && at < o.end);
  // "talking to my wife, and the words came out wrong": a person in object position is not who
  // the next words are about (a later "he"/"she" still refers to them)
  const mentions: PartyMention[] = others.filter((m) => !afterObjectPreposition(pack, text.folded, m.start)).map((m) => ({ at: m.start, party: "other" as const }));
  for (const m of children) mentions.push({ at: m.start, party: "self" });
  const nouns = found.map((m) => ({ at: m.start, child: isSpokenFor(m) }));
  for (const m of allMatches(pack.context.firstPerson, text.folded)) {
    if (!insideNoun(m.start)) mentions.push({ at: m.start, party: "self" });
  }
  const firstOther = others[0]?.start ?? Number.POSITIVE_INFINITY;
  if (pack.context.thirdPartyPronouns.size > 0) {
    for (const token of text.tokens) {
      if (!pack.context.thirdPartyPronouns.has(token.text) || insideNoun(token.start)) continue;
      if (spokenFor) {
        // the pronoun refers to the last person named before it; with none, to the one spoken for
        const last = nouns.filter((n) => n.at < token.start).pop();
        mentions.push({ at: token.start, party: !last || last.child ? "self" : "other" });
      } else if (token.start > firstOther) mentions.push({ at: token.start, party: "other" });
    }
  }
  mentions.sort((a, b) => a.at - b.at);
  cache.set(text, mentions);
  return mentions;
}

function afterObjectPreposition(pack: CompiledPack, folded: string, at: number): boolean {
  if (pack.context.objectPrepositions.size === 0) return false;
  const before = /([a-z']+)\s*$/.exec(folded.slice(Math.max(0, at - 16), at));
  return !!before && pack.context.objectPrepositions.has(before[1]!);
}

/**
 * Who the turn is about at `position`: the last person mentioned before it (so a sentence with
 * no subject, "Slipped on the steps.", carries on with the previous one), and whether the
 * finding's sentence mentions the patient at all.
 */
function partyAt(pack: CompiledPack, text: AnalyzedText, sentence: Span, position: number, spokenFor?: RegExp): { party: Party; sentenceHasSelf: boolean } {
  const mentions = partyMentions(pack, text, spokenFor);
  const before = firstMentionAt(mentions, position) - 1;
  const party: Party = mentions[before]?.party ?? "self";
  let sentenceHasSelf = false;
  // Mentions are sorted, so only the sentence's own slice is walked (long turns stay linear).
  for (let i = firstMentionAt(mentions, sentence.start); i < mentions.length; i++) {
    const mention = mentions[i];
    if (!mention || mention.at >= sentence.end) break;
    if (mention.party === "self") { sentenceHasSelf = true; break; }
  }
  return { party, sentenceHasSelf };
}

/** Index of the first mention at or after `position` (binary search over sorted mentions). */
function firstMentionAt(mentions: readonly PartyMention[], position: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((mentions[mid]?.at ?? Number.POSITIVE_INFINITY) < position) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** "my husband didn't know and gave it him again": the person named gave the patient the dose. */
function givenToPatient(pack: CompiledPack, text: AnalyzedText, sentence: Span, finding: FindingToAssess, spokenFor?: RegExp): boolean {
  const before = text.folded.slice(sentence.start, finding.span.end);
  return hasMatch(pack.context.givenToSpeaker, before) || (spokenFor !== undefined && hasMatch(pack.context.givenToSpokenFor, before));
}

function isOtherPerson(pack: CompiledPack, text: AnalyzedText, sentence: Span, finding: FindingToAssess): boolean {
  if (finding.experiencer === "any") return false;
  const inside = text.folded.slice(finding.span.start, finding.span.end);
  if (hasMatch(pack.context.firstPerson, inside)) return false; // "my calf", "me he caído"
  const { spokenFor } = finding;
  const { party, sentenceHasSelf } = partyAt(pack, text, sentence, finding.span.start, spokenFor);
  if (party === "other" && finding.isMedication && givenToPatient(pack, text, sentence, finding, spokenFor)) return false;
  if (finding.experiencer === "speaker") return party === "other" && !sentenceHasSelf;
  // a reading is someone else's only when its own sentence names them ("my wife's was 170")
  if (finding.experiencer === "sentence") {
    const before = firstMentionAt(partyMentions(pack, text, spokenFor), finding.span.start) - 1;
    const last = partyMentions(pack, text, spokenFor)[before];
    if (!last || last.party !== "other" || last.at < sentence.start) return false;
    // "my husband checked it with the thermometer, 38.9": who measured, not whose reading
    return !hasMatch(pack.context.measuredForPatient, text.folded.slice(last.at, finding.span.start));
  }
  return party === "other";
}

/** "sí, me medí" is "yes", not "if": the accent the folding dropped tells them apart. */
function writtenAsOtherWord(pack: CompiledPack, text: AnalyzedText, cue: { start: number; end: number }): boolean {
  if (pack.context.accentedNonCues.size === 0) return false;
  return text.accented.slice(cue.start, cue.end).split(/[^\p{L}]+/u).some((word) => pack.context.accentedNonCues.has(word));
}

/** Characters before a finding searched for "for the", "pra a", "gegen". */
const TREATMENT_FOR_LOOKBACK = 24;

function isHypothetical(pack: CompiledPack, text: AnalyzedText, sentence: Span, finding: FindingToAssess, questionSpans: readonly Span[]): boolean {
  const pre = text.folded.slice(sentence.start, finding.span.start);
  const exceptions = allMatches(pack.context.hypotheticalException, pre, sentence.start);
  const cues = allMatches(pack.context.hypothetical, pre, sentence.start)
    .filter((cue) => !exceptions.some((e) => cue.start >= e.start && cue.start < e.end))
    .filter((cue) => !writtenAsOtherWord(pack, text, cue));
  for (const cue of cues) {
    const conditional = hasMatch(pack.context.conditional, cue.text);
    const reach = conditional ? CONDITIONAL_REACH : WEAK_HYPOTHETICAL_REACH;
    if (scopeReaches(pack, text.folded, cue.end, finding.span.start, reach, conditional ? "clause" : "list")) return true;
  }
  // "like the sheet says" is doing what was asked, not information read somewhere
  for (const cue of allMatches(pack.context.reportedInformation, pre, sentence.start).filter((c) => !exceptions.some((e) => c.start >= e.start && c.start < e.end))) {
    if (scopeReaches(pack, text.folded, cue.end, finding.span.start, WEAK_HYPOTHETICAL_REACH, "list")) return true;
  }
  // a future or conditional inside the finding itself: "my heart WILL BE racing all day"
  const inside = text.folded.slice(finding.span.start, finding.span.end);
  if (allMatches(pack.context.hypothetical, inside).some((cue) => !hasMatch(pack.context.conditional, cue.text))) return true;
  if (!finding.questionMeansHypothetical) return false;
  // "and for the fever, what can I give him?": the symptom a treatment is asked for is the question's topic
  if (endsWithQuestionMark(text.folded.slice(sentence.start, sentence.end)) && pack.context.treatmentFor.test(text.folded.slice(Math.max(sentence.start, finding.span.start - TREATMENT_FOR_LOOKBACK), finding.span.start))) return true;
  const question = questionSpans.find((q) => finding.span.start >= q.start && finding.span.start < q.end);
  if (!question) return false;
  // "Should I take two today to make up for it?" asks about a dose; events are told as statements
  if (finding.isMedication) return true;
  return !hasMatch(pack.context.presentState, text.folded.slice(question.start, finding.span.end));
}

/** Words before a fix that deny it: "never got more", "no he podido recoger". */
const DENIED_FIX_LOOKBACK = 24;

/** A cue between `from` and `to`; with `deniable`, one that no negation right before it denies. */
function cueBetween(pack: CompiledPack, regex: RegExp, text: AnalyzedText, from: number, to: number, deniable: boolean): boolean {
  // "not getting better", "never went away": a negation word right before the cue turns it around
  if (!deniable) return allMatches(regex, text.folded.slice(from, to), from).some((cue) => !deniedJustBefore(pack, text.folded, from, cue.start, 1));
  return allMatches(regex, text.folded.slice(from, to), from).some((cue) => {
    const before = text.folded.slice(Math.max(from, cue.start - DENIED_FIX_LOOKBACK), cue.start);
    return allMatches(pack.context.negation, before).every((n) => hasMatch(pack.context.pseudoNegation, before.slice(n.start)));
  });
}

/**
 * A resolution cue after the finding in its sentence, or in a short next sentence ("It went away.").
 * The fix of a persisting event is deniable ("ran out and never got more"); symptom cues are often
 * negative phrases themselves ("hasn't come back"), so they are not.
 */
function resolvedBy(pack: CompiledPack, regex: RegExp, text: AnalyzedText, sentenceIndex: number, sentence: Span, finding: FindingToAssess, deniable = false): boolean {
  if (cueBetween(pack, regex, text, finding.span.end, sentence.end, deniable)) return true;
  const next = text.sentences[sentenceIndex + 1];
  return !!next && tokenize(text.folded, next.start, next.end).length <= RESOLUTION_NEXT_SENTENCE_MAX_WORDS && cueBetween(pack, regex, text, next.start, next.end, deniable);
}

/** The turn's index-event cues, read once per turn and pack (every finding of the turn asks). */
const indexEventCache = new WeakMap<AnalyzedText, { readonly pack: CompiledPack; readonly found: ReturnType<typeof allMatches> }>();

function indexEventsOf(pack: CompiledPack, text: AnalyzedText): ReturnType<typeof allMatches> {
  const known = indexEventCache.get(text);
  if (known && known.pack === pack) return known.found;
  const found = allMatches(pack.context.indexEvent, text.folded);
  indexEventCache.set(text, { pack, found });
  return found;
}

function isResolved(pack: CompiledPack, text: AnalyzedText, sentenceIndex: number, sentence: Span, finding: FindingToAssess): boolean {
  // "I ran out last week" is still out: an event that persists is resolved only by its fix
  if (finding.persists) return resolvedBy(pack, pack.context.eventResolution, text, sentenceIndex, sentence, finding, true);
  const sentenceText = text.folded.slice(sentence.start, sentence.end);
  // "two stents after the heart attack": the event the care follows, the finding inside the cue, past
  // whatever else the sentence says happens now
  if (!finding.isRequest && indexEventsOf(pack, text).some((cue) => cue.start <= finding.span.start && cue.end >= finding.span.end && cue.start >= sentence.start)) return true;
  let resolved = false;
  // "a nurse on the ward": where care happens is the past only for a symptom, never for a request
  // "4.2 kilos, from 4.6 two weeks ago", "2.3, it was 1.2 in hospital": in a comparison the past is the baseline's
  const cues = finding.isRequest || finding.pastIsBaseline ? [] : allMatches(pack.context.careSetting, sentenceText, sentence.start);
  const historical = finding.pastIsBaseline ? [] : allMatches(pack.context.historical, sentenceText, sentence.start);
  for (const cue of [...historical, ...cues]) {
    const before = text.folded.slice(Math.max(sentence.start, cue.start - 25), cue.start);
    if (pack.context.ongoing.test(before)) continue; // "since last week", "desde hace"
    const [from, to] = cue.start < finding.span.start ? [cue.end, finding.span.start] : [finding.span.end, cue.start];
    const between = text.folded.slice(from, to);
    // "a tooth out two weeks ago, and last night 38.9": a nearer "last night" dates the finding
    if (cue.start < finding.span.start && hasMatch(pack.context.recency, between)) continue;
    if (!hasMatch(pack.context.terminator, between)) resolved = true;
  }
  if (!resolved && !finding.passingDoesNotResolve) resolved = resolvedBy(pack, pack.context.resolution, text, sentenceIndex, sentence, finding);
  if (resolved && finding.severity === "urgent" && pack.context.recency.test(sentenceText)) return false;
  return resolved;
}

/**
 * The patient says the care team told them to expect it, or that it is their usual. For an
 * urgent finding this only moves it to for_review (see summarize.ts), never out of sight.
 */
function isExpected(pack: CompiledPack, text: AnalyzedText, sentenceIndex: number, sentence: Span, questionSpans: readonly Span[]): boolean {
  // "is that normal?", "should I expect this?": the patient asking whether it is expected is no
  // statement that it is; only a cue outside the patient's questions says so
  const statedIn = (span: Span): boolean => allMatches(pack.context.expected, text.folded.slice(span.start, span.end), span.start)
    .some((cue) => !questionSpans.some((q) => cue.start >= q.start && cue.start < q.end) && !deniedJustBefore(pack, text.folded, span.start, cue.start));
  if (statedIn(sentence)) return true;
  // "I'm peeing all the time since the new pill. The doctor said I would."
  const next = text.sentences[sentenceIndex + 1];
  return !!next && tokenize(text.folded, next.start, next.end).length <= RESOLUTION_NEXT_SENTENCE_MAX_WORDS && statedIn(next);
}

/** Words of a bare echo question ("Chest pain?") that the next sentence can answer with a denial. */
const ECHO_QUESTION_MAX_WORDS = 4;

/** "Chest pain? No. Nothing like that.", "Fever? Nope, haven't had one.": the patient repeats the word and denies it. */
function deniedEchoQuestion(pack: CompiledPack, text: AnalyzedText, sentenceIndex: number): boolean {
  const whole = text.sentences[sentenceIndex];
  const next = text.sentences[sentenceIndex + 1];
  if (!whole || !next) return false;
  if (!text.text.slice(whole.start, next.start).includes("?")) return false;
  if (tokenize(text.folded, whole.start, whole.end).length > ECHO_QUESTION_MAX_WORDS) return false;
  return pack.context.denialOpening.test(text.folded.slice(next.start, next.end));
}

/** Words before a cue that can carry its denial: "isn't normal for me", "not really usual for me". */
const CUE_DENIAL_WORDS = 2;

/** "which isn't normal for me" says the finding is new: a denied cue is the opposite cue. */
function deniedJustBefore(pack: CompiledPack, folded: string, from: number, at: number, words = CUE_DENIAL_WORDS): boolean {
  return folded.slice(from, at).split(/[\s,]+/).filter(Boolean).slice(-words).some((word) => hasMatch(pack.context.negation, word));
}

/**
 * The patient calls the finding just named long-standing and unchanged: a baseline cue after the
 * finding ("my arm is weak, but it's been like that for years"), and no "but" after the cue that
 * brings a change ("..., been like that for years, but worse today"). Before the finding a cue is
 * about something else ("nothing new except this chest pain").
 */
function isBaseline(pack: CompiledPack, text: AnalyzedText, sentence: Span, finding: FindingToAssess): boolean {
  return allMatches(pack.context.baseline, text.folded.slice(finding.span.end, sentence.end), finding.span.end).some((cue) =>
    !hasMatch(pack.context.terminator, text.folded.slice(cue.end, sentence.end)));
}

/** The finding's sentence, cut to whole words within CONTEXT_CHARS of the finding. */
function contextWindow(folded: string, whole: Span, span: Span): Span {
  let start = Math.max(whole.start, span.start - CONTEXT_CHARS);
  let end = Math.min(whole.end, span.end + CONTEXT_CHARS);
  if (start > whole.start) start = wordBoundaryAfter(folded, start, span.start);
  if (end < whole.end) end = wordBoundaryBefore(folded, end, span.end);
  return { start, end };
}

function wordBoundaryAfter(folded: string, from: number, limit: number): number {
  const space = folded.indexOf(" ", from);
  return space === -1 || space > limit ? from : space + 1;
}

function wordBoundaryBefore(folded: string, from: number, limit: number): number {
  const space = folded.lastIndexOf(" ", from);
  return space < limit ? from : space;
}

/**
 * A medicine or a dose named in the finding's sentence, the one before ("My inhaler. I ran
 * out."), or the agent's question just before ("Are you still taking the calcium?" "I stopped.").
 */
function mentionsMedication(pack: CompiledPack, text: AnalyzedText, sentenceIndex: number, sentence: Span, history: readonly AnalyzedText[]): boolean {
  if (medicationNamedIn(pack, text, sentence.start, sentence.end)) return true;
  for (const near of [text.sentences[sentenceIndex - 1], text.sentences[sentenceIndex + 1]]) {
    if (near && medicationNamedIn(pack, text, near.start, near.end)) return true;
  }
  return history.slice(0, MEDICATION_HISTORY_TURNS).some((turn) => medicationNamedIn(pack, turn, 0, turn.matchable.length));
}

/** Answers per pack, text and span: a turn's findings ask about the same sentences and the same previous turn. */
const medicationMentions = new WeakMap<CompiledPack, WeakMap<AnalyzedText, Map<number, boolean>>>();

function medicationNamedIn(pack: CompiledPack, text: AnalyzedText, start: number, end: number): boolean {
  let byText = medicationMentions.get(pack);
  if (!byText) medicationMentions.set(pack, (byText = new WeakMap()));
  let known = byText.get(text);
  if (!known) byText.set(text, (known = new Map()));
  const key = start * 1_000_003 + end;
  let named = known.get(key);
  if (named === undefined) known.set(key, (named = pack.context.medicationContext.test(text.matchable.slice(start, end))));
  return named;
}

/**
 * A medication change the care team asked for ("Dr. Lee cut my dose"; "The doctor said to stop
 * it. So I stopped it."), unless the patient says they did something else than told.
 */
function isSanctioned(pack: CompiledPack, text: AnalyzedText, sentenceIndex: number, sentence: Span): boolean {
  const own = text.matchable.slice(sentence.start, sentence.end);
  if (pack.context.unsanctioned.test(own)) return false;
  if (pack.context.sanctionedChange.test(own)) return true;
  const before = text.sentences[sentenceIndex - 1];
  return before !== undefined && pack.context.consequenceOpener.test(own) && pack.context.sanctionedChange.test(text.matchable.slice(before.start, before.end));
}

export function assessFinding(pack: CompiledPack, text: AnalyzedText, finding: FindingToAssess, questionSpans: readonly Span[], history: readonly AnalyzedText[] = []): ContextStatus {
  const sentenceIndex = sentenceIndexOf(text, finding.span.start);
  const whole = text.sentences[sentenceIndex] ?? { start: 0, end: text.folded.length };
  // Speech-to-text can deliver minutes of speech as one unpunctuated "sentence"; context cues
  // further than CONTEXT_CHARS away are not about this finding, and bounding keeps it linear.
  const sentence = contextWindow(text.folded, whole, finding.span);
  const status = statusInSentence(pack, text, finding, questionSpans, sentenceIndex, sentence);
  if (!finding.needsMedicationContext || mentionsMedication(pack, text, sentenceIndex, sentence, history)) return status;
  // When unsure, escalate: "I ran out on Sunday" with no medicine named may still be the
  // patient's own treatment, under a name the pack lacks or speech-to-text garbled.
  return status === "affirmed" ? "medicine_unnamed" : "out_of_context";
}

function statusInSentence(pack: CompiledPack, text: AnalyzedText, finding: FindingToAssess, questionSpans: readonly Span[], sentenceIndex: number, sentence: Span): ContextStatus {
  const sentenceText = text.folded.slice(sentence.start, sentence.end);
  // "I'll ring the clinic myself" is the patient's plan, not a request to be called
  if (finding.isRequest && pack.context.selfContact.test(sentenceText)) return "out_of_context";
  if (isNegated(pack, text, sentence, finding) || deniedEchoQuestion(pack, text, sentenceIndex)) return "negated";
  if (isOtherPerson(pack, text, sentence, finding)) return "other_person";
  // "could the nurse ring me?" is polite, not hypothetical; "if I went to sleep and never woke
  // up" is how passive ideation is said
  if (!finding.isRequest && !finding.conditionalIsReal && isHypothetical(pack, text, sentence, finding, questionSpans)) return "hypothetical";
  if (isResolved(pack, text, sentenceIndex, sentence, finding)) return "resolved";
  if (finding.isMedication && isSanctioned(pack, text, sentenceIndex, sentence)) return "sanctioned";
  // a medication problem is never "as expected"
  if (!finding.isMedication && (isExpected(pack, text, sentenceIndex, sentence, questionSpans) || isBaseline(pack, text, sentence, finding))) return "expected";
  return "affirmed";
}

