/**
 * Fast matching of many word-initial patterns.
 *
 * One big alternation makes the regex engine try every alternative at every character. Instead,
 * each pattern is compiled on its own as a sticky regex, and indexed by the literal word prefix
 * it must start with ("chest", "pain", "short"...). A text is tokenized once; at each token only
 * the patterns whose prefix the token starts with are tried, anchored at that token. A pattern
 * whose first word is whole is found by that word ("can'?t" as "can't" and "cant", "wife" also
 * under "wife's"); a drug-name suffix ("*sartan") by the token's last three characters; a number
 * ("\d+") by the digit it starts with. Patterns whose start is not a literal (another character
 * class, an optional group) are scanned normally.
 */

import { WORD_END } from "./rules";
import { firstTokenIndex, wordKey, type Token } from "./text";

export interface PatternMatch<T> {
  readonly start: number;
  readonly end: number;
  readonly tag: T;
}

interface IndexedPattern<T> {
  /** The literal the match starts with, or (for suffix patterns) the literal its first word ends with. */
  readonly prefix: string;
  /** What the next word must start with, when the pattern says ("my \s+(?:materials|notes)"). */
  readonly next: readonly string[] | null;
  /** Also tried on a token with a possessive "'s" after the word. */
  readonly possessive: boolean;
  /** Literals a match must contain further on: tried before the regex. */
  readonly required: RequiredLiterals;
  readonly regex: RegExp;
  readonly tag: T;
}

const LITERAL_CHAR = /[a-z0-9'\u00e1\u00e9\u00ed\u00f3\u00fa\u00f1\u00fc]/;

/** Numeric index key of a prefix: its first character, or its first two (no string allocation). */
function keyOf(text: string, start: number, length: 1 | 2): number {
  return length === 1 ? text.charCodeAt(start) : (text.charCodeAt(start) << 16) | text.charCodeAt(start + 1);
}


/** Index of the parenthesis closing the group opened at `open`, or -1. */
/**
 * Walks a regex source from `from`, calling `visit` for every character outside escapes and
 * character classes with the group depth before that character; stops when `visit` returns true.
 */
function walkRegexSource(source: string, from: number, visit: (char: string, index: number, depth: number) => boolean | void): void {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < source.length; i++) {
    const char = source.charAt(i);
    if (char === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (char === "]") inClass = false;
      continue;
    }
    if (char === "[") {
      inClass = true;
      continue;
    }
    if (visit(char, i, depth)) return;
    if (char === "(") depth++;
    else if (char === ")") depth--;
  }
}

function closingParen(source: string, open: number): number {
  let closing = -1;
  walkRegexSource(source, open, (char, index, depth) => {
    if (char !== ")" || depth !== 1) return false;
    closing = index;
    return true;
  });
  return closing;
}

function splitAlternatives(body: string): string[] {
  const parts: string[] = [];
  let from = 0;
  walkRegexSource(body, 0, (char, index, depth) => {
    if (char === "|" && depth === 0) {
      parts.push(body.slice(from, index));
      from = index + 1;
    }
  });
  parts.push(body.slice(from));
  return parts;
}

/** Drops zero-width assertions at the start: lookbehinds and \b. */
function skipLeadingAssertions(source: string): string {
  let s = source;
  for (;;) {
    if (s.startsWith("\\b")) {
      s = s.slice(2);
    } else if (s.startsWith("(?<!") || s.startsWith("(?<=")) {
      const close = closingParen(s, 0);
      if (close < 0) return s;
      s = s.slice(close + 1);
    } else {
      return s;
    }
  }
}

/** A literal a match starts with; `whole` when it must be a whole word ("chest\s+..."). */
export interface LeadingLiteral {
  readonly text: string;
  readonly whole: boolean;
  /** Prefixes of the word that must follow it, or null when that is not a plain literal. */
  readonly next: readonly string[] | null;
  /** The first word ends with `text` instead of starting with it (drug names: "*sartan"). */
  readonly suffix?: boolean;
  /** The word may carry a possessive "'s" (rule-language words): "wife's" is found under "wife". */
  readonly possessive?: boolean;
}

/** A word of letters that ends with a literal: "[a-z0-9]{2,}sartan" then a word end. */
const SUFFIX_WORD = /^\[a-z0-9\]\{\d+,\}([a-z0-9]+)\(\?:'s\)\?\(\?!\[a-z0-9\]/;
const DIGITS = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
/** Suffixes are indexed by their last three characters. */
const SUFFIX_KEY_LENGTH = 3;

/**
 * nextLiterals by continuation, during one top-level leadingLiterals call: every alternative of a
 * term class (hundreds of drug names) shares the continuation after the class, and reading it
 * again for each made compiling a pack take most of a second.
 */
let nextLiteralsMemo: Map<string, string[] | null> | null = null;

/** After a whole word: the literals the following word must start with, if the pattern says. */
function nextLiterals(rest: string): string[] | null {
  const known = nextLiteralsMemo?.get(rest);
  if (known !== undefined) return known;
  let next: string[] | null = null;
  if (rest.startsWith("\\s+")) {
    const literals = literalsOf(rest.slice(3), "");
    // a suffix says how the next word ends, not how it starts
    next = literals && !literals.some((l) => l.suffix) ? literals.map((l) => l.text) : null;
  }
  nextLiteralsMemo?.set(rest, next);
  return next;
}

/** Whether the pattern continues after a literal with a word boundary (space, \b, end). */
function endsWord(rest: string): boolean {
  // "nose\\s*bleeds" continues the word; "chest\\s+pain" ends it
  if (/^\\s[*?{]/.test(rest)) return false;
  return rest === "" || rest.startsWith("\\s") || rest.startsWith("\\b") || rest.startsWith(")") || rest.startsWith("|") || rest.startsWith("(?!") && !rest.startsWith("(?![a-z") || /^\(\?:\\s/.test(rest);
}

/**
 * The literals a match of `source` must start with, or null when the start is not a plain
 * literal (then the pattern is scanned instead of indexed). `after` is what follows the
 * enclosing group, to tell whether a literal that ends an alternative ends a word.
 */
export function leadingLiterals(source: string, after = ""): LeadingLiteral[] | null {
  if (nextLiteralsMemo) return literalsOf(source, after);
  nextLiteralsMemo = new Map();
  try {
    return literalsOf(source, after);
  } finally {
    nextLiteralsMemo = null;
  }
}

function literalsOf(source: string, after: string): LeadingLiteral[] | null {
  const s = skipLeadingAssertions(source);
  if (s.startsWith("(?:")) {
    const close = closingParen(s, 0);
    if (close < 0) return null;
    const quantifier = s.charAt(close + 1);
    const optional = quantifier === "?" || quantifier === "*" || (quantifier === "{" && s.charAt(close + 2) === "0");
    const quantifierEnd = quantifier === "{" ? s.indexOf("}", close) + 1 : optional || quantifier === "+" ? close + 2 : close + 1;
    const rest = s.slice(quantifierEnd);
    const literals: LeadingLiteral[] = [];
    // one string for every alternative, so that nextLiterals reads each continuation once (see nextLiteralsMemo)
    const continuation = rest + after;
    for (const alternative of splitAlternatives(s.slice(3, close))) {
      const inner = literalsOf(alternative, continuation);
      if (!inner) return null;
      literals.push(...inner);
    }
    if (!optional) return literals;
    // an optional opening group: the match starts with it or with what follows it
    const next = literalsOf(rest, after);
    return next ? [...literals, ...next] : null;
  }
  // a number ("\d+ kilos", "(\d+|two|three) times"): found at any token that starts with a digit
  if (s.startsWith("\\d")) return DIGITS.map((digit) => ({ text: digit, whole: false, next: null }));
  const suffixWord = SUFFIX_WORD.exec(s);
  if (suffixWord) {
    const suffix = suffixWord[1] ?? "";
    return suffix.length >= SUFFIX_KEY_LENGTH ? [{ text: suffix, whole: true, next: null, suffix: true }] : null;
  }
  let literal = "";
  let i = 0;
  while (i < s.length && LITERAL_CHAR.test(s.charAt(i))) literal += s.charAt(i++);
  const quantifier = s.charAt(i);
  // "can'?t": a contraction with its apostrophe optional is two whole words, "can't" and "cant"
  if (quantifier === "?" && literal.endsWith("'")) {
    const base = literal.slice(0, -1);
    let j = i + 1;
    let rest = "";
    while (j < s.length && s.charAt(j) !== "'" && LITERAL_CHAR.test(s.charAt(j))) rest += s.charAt(j++);
    if (base.length > 0 && rest.length > 0 && s.startsWith(WORD_END, j)) {
      const afterWord = s.slice(j + WORD_END.length);
      const next = nextLiterals(afterWord === "" ? after : afterWord);
      return [{ text: `${base}'${rest}`, whole: true, next, possessive: true }, { text: `${base}${rest}`, whole: true, next, possessive: true }];
    }
  }
  if (quantifier === "?" || quantifier === "*" || quantifier === "{") {
    literal = literal.slice(0, -1);
    return literal.length > 0 ? [{ text: literal, whole: false, next: null }] : null;
  }
  if (literal.length === 0) return null;
  const rest = s.slice(i) === "" ? after : s.slice(i);
  // a rule word ends with the rule language's word end (a possessive 's allowed)
  if (rest.startsWith(WORD_END)) {
    const afterWord = rest.slice(WORD_END.length);
    return [{ text: literal, whole: true, next: nextLiterals(afterWord === "" ? after : afterWord), possessive: true }];
  }
  const whole = endsWord(rest);
  return [{ text: literal, whole, next: whole ? nextLiterals(rest) : null }];
}

/** A group or class, an escape or a character, with its quantifier: one step of a sequence. */
interface Atom {
  readonly body: string;
  /** Zero-width (a lookaround, \b): never requires text. */
  readonly assertion: boolean;
  /** The atom may match nothing (?, *, {0,...}). */
  readonly optional: boolean;
  /** The atom has a quantifier: its text is not the body once. */
  readonly quantified: boolean;
}

/** Splits a sequence with no top-level alternation into its atoms; null when it has one. */
function sequenceAtoms(source: string): Atom[] | null {
  const atoms: Atom[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source.charAt(i);
    let end: number;
    let assertion = false;
    if (char === "|") return null;
    if (char === "(") {
      end = closingParen(source, i) + 1;
      if (end === 0) return null;
      assertion = /^\(\?<?[!=]/.test(source.slice(i, i + 4));
    } else if (char === "[") {
      let j = i + 1;
      while (j < source.length && source.charAt(j) !== "]") j += source.charAt(j) === "\\" ? 2 : 1;
      end = j + 1;
    } else if (char === "\\") {
      end = i + 2;
      assertion = source.charAt(i + 1) === "b" || source.charAt(i + 1) === "B";
    } else {
      end = i + 1;
      assertion = char === "^" || char === "$";
    }
    const body = source.slice(i, end);
    let optional = false;
    const quantifier = source.charAt(end);
    if (quantifier === "?" || quantifier === "*") {
      optional = true;
      end++;
    } else if (quantifier === "+") {
      end++;
    } else if (quantifier === "{") {
      const close = source.indexOf("}", end);
      if (close < 0) return null;
      optional = source.charAt(end + 1) === "0";
      end = close + 1;
    }
    const quantified = end > i + body.length;
    // a lazy mark after the quantifier changes nothing here
    if (source.charAt(end) === "?" && quantified) end++;
    atoms.push({ body, assertion, optional, quantified });
    i = end;
  }
  return atoms;
}

/** Whether an atom is one plain character, once: part of a word the match holds as written. */
function isPlainChar(atom: Atom): boolean {
  return !atom.assertion && !atom.quantified && atom.body.length === 1 && LITERAL_CHAR.test(atom.body);
}

/**
 * The longest word every match of one alternative holds ("a lot worse": "worse"), or null when it
 * has none of two characters or more.
 */
function longestWordOf(alternative: string): string | null {
  const atoms = sequenceAtoms(alternative);
  if (!atoms) return null;
  let longest = "";
  let word = "";
  for (const atom of [...atoms, null]) {
    if (atom && isPlainChar(atom)) {
      word += atom.body;
      continue;
    }
    if (word.length > longest.length) longest = word;
    word = "";
  }
  return longest.length >= 2 ? longest : null;
}

/**
 * A word every alternative of a group holds, one an alternative: a match of the group holds one of
 * them. Null when an alternative has none.
 */
function wordsOfAlternatives(group: string): string[] | null {
  const words: string[] = [];
  for (const alternative of splitAlternatives(group.slice(3, -1))) {
    const word = longestWordOf(alternative);
    if (word === null) return null;
    words.push(word);
  }
  return words;
}

/**
 * Lists of literals a match of `source` must contain after its first word: for each required
 * group of word alternatives, the literal each alternative starts with (or, when one starts with a
 * single letter, "a lot worse", the longest word each holds). A text lacking every
 * literal of one list cannot match, and the regex need not run (most tries of a call fail).
 * The lists are in the pattern's order, and each literal lies inside the text its own group or
 * word matches: in a match, a later list's literal starts after an earlier list's ends.
 */
export function requiredLiterals(source: string): string[][] {
  let atoms = sequenceAtoms(source);
  // the compiler wraps a rule in one group, between lookarounds: look inside it
  const core = atoms?.filter((a) => !a.assertion);
  if (atoms && core?.length === 1 && core[0] && !core[0].optional && core[0].body.startsWith("(?:")) {
    atoms = sequenceAtoms(core[0].body.slice(3, -1));
  }
  if (!atoms) return [];
  const required: string[][] = [];
  // the first word is what the index found the pattern by: look from the first space on
  let pastFirstWord = false;
  let word = "";
  const take = (literals: readonly string[]): void => {
    // a letter or two is in almost every text: not worth looking for
    if (literals.length > 0 && literals.every((l) => l.length >= 2)) required.push([...new Set(literals)]);
  };
  for (const atom of atoms) {
    // a run of plain characters is a word the match must hold ("\\s+depressed")
    if (!atom.assertion && !atom.optional && atom.body.length === 1 && LITERAL_CHAR.test(atom.body)) {
      word += atom.body;
      continue;
    }
    if (word && pastFirstWord) take([word]);
    word = "";
    if (atom.body === "\\s") pastFirstWord = true;
    if (atom.assertion || atom.optional || !pastFirstWord || !atom.body.startsWith("(?:")) continue;
    const leading = leadingLiterals(atom.body)?.map((l) => l.text) ?? [];
    // "a" or "i" is in almost every text: a longer word of each alternative rules out more
    take(leading.length > 0 && leading.every((l) => l.length >= 2) ? leading : (atom.quantified ? null : wordsOfAlternatives(atom.body)) ?? leading);
  }
  if (word && pastFirstWord) take([word]);
  return required;
}

/** Most literals a required list may have to be checked: a longer list costs more than the regex. */
const MAX_REQUIRED_CHECK = 400;

/** Lists longer than this are looked for with one regex pass instead of an indexOf per literal. */
const MAX_INDEXOF_LITERALS = 4;

/**
 * Whether a text holds one of a list's literals at or after a position. One class for both ways
 * of looking, so the check is one monomorphic call the engine can inline, not a closure of one of
 * two kinds per list.
 */
class LiteralList {
  /** Set when the list is long: a missing literal is the common case, and 400 indexOf scans of the text cost more than one regex scan. */
  private readonly anyLiteral: RegExp | null;
  private readonly shortest: number;

  constructor(private readonly literals: readonly string[]) {
    this.anyLiteral = literals.length > MAX_INDEXOF_LITERALS
      ? new RegExp(literals.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g")
      : null;
    this.shortest = Math.min(...literals.map((l) => l.length));
  }

  holdsAfter(text: string, at: number): boolean {
    const { anyLiteral, literals } = this;
    if (anyLiteral !== null) {
      anyLiteral.lastIndex = at;
      return anyLiteral.test(text);
    }
    for (let i = 0; i < literals.length; i++) if (text.indexOf(literals[i] as string, at) >= 0) return true;
    return false;
  }

  /**
   * Where the earliest literal of the list found at or after `at` ends at the soonest (its start
   * plus the shortest literal's length, never more), or -1 when none is found: a match holding a
   * literal of this list holds what comes after it in the pattern from there on.
   */
  endAfter(text: string, at: number): number {
    const { anyLiteral, literals, shortest } = this;
    if (anyLiteral !== null) {
      anyLiteral.lastIndex = at;
      const found = anyLiteral.exec(text);
      return found === null ? -1 : found.index + shortest;
    }
    let earliest = -1;
    for (let i = 0; i < literals.length; i++) {
      const found = text.indexOf(literals[i] as string, at);
      if (found >= 0 && (earliest < 0 || found < earliest)) earliest = found;
    }
    return earliest < 0 ? -1 : earliest + shortest;
  }
}

/** No list worth checking: every text is allowed. */
const NO_LISTS: readonly LiteralList[] = [];

/**
 * The literals one pattern's matches must contain, worked out on first use: a cold instance pays
 * only for the patterns its calls reach.
 */
class RequiredLiterals {
  /** The lists worth checking (the two shortest), shortest first; null until first use. */
  private lists: readonly LiteralList[] | null = null;
  /** The same two lists in the pattern's order, when there are two. */
  private inOrder: readonly LiteralList[] = NO_LISTS;

  constructor(private readonly source: string) {}

  /**
   * Whether `text` holds, at or after `at`, one literal of every list checked; and, of two lists, the
   * later one's literal after the earlier one's: the lists come from groups the pattern reads one
   * after the other. Each list is first looked for on its own, shortest first (most tries end
   * there); the order is checked only when both are found, which spares the regex of a pattern
   * whose words are there in the wrong order ("done and my son's popping round" holds the
   * wrong-medicine pattern's "one" only inside "done", before "son's").
   */
  allows(text: string, at: number): boolean {
    const lists = this.lists ?? this.prepare();
    for (let i = 0; i < lists.length; i++) if (!(lists[i] as LiteralList).holdsAfter(text, at)) return false;
    const { inOrder } = this;
    if (inOrder.length < 2) return true;
    const firstEnd = (inOrder[0] as LiteralList).endAfter(text, at);
    return firstEnd >= 0 && (inOrder[1] as LiteralList).holdsAfter(text, firstEnd);
  }

  private prepare(): readonly LiteralList[] {
    const found = requiredLiterals(this.source).map((literals, position) => ({ literals, position }));
    const checked = found.filter((l) => l.literals.length <= MAX_REQUIRED_CHECK).sort((a, b) => a.literals.length - b.literals.length).slice(0, 2);
    const lists = checked.map((l) => ({ position: l.position, list: new LiteralList(l.literals) }));
    this.lists = lists.length > 0 ? lists.map((l) => l.list) : NO_LISTS;
    if (lists.length === 2) this.inOrder = [...lists].sort((a, b) => a.position - b.position).map((l) => l.list);
    return this.lists;
  }
}

/** The literal word prefixes a match of `source` starts with (for tests and diagnostics). */
export function leadingPrefixes(source: string): string[] | null {
  return leadingLiterals(source)?.map((l) => l.text) ?? null;
}

/** Index slot of a one- or two-character prefix of ASCII text; -1 when not ASCII. */
function slotOf(text: string, start: number, length: 1 | 2): number {
  const first = text.charCodeAt(start);
  if (first >= 128) return -1;
  if (length === 1) return first;
  const second = text.charCodeAt(start + 1);
  return second >= 128 || Number.isNaN(second) ? -1 : 128 + first * 128 + second;
}

const SLOTS = 128 + 128 * 128;

/** One entry per starting literal; the words allowed after it are merged (null = anything). */
function mergeLiterals(literals: readonly LeadingLiteral[]): LeadingLiteral[] {
  const merged = new Map<string, LeadingLiteral>();
  for (const literal of literals) {
    const key = `${literal.suffix === true}:${literal.possessive === true}:${literal.whole}:${literal.text}`;
    const seen = merged.get(key);
    const next = seen === undefined ? literal.next : seen.next && literal.next ? [...seen.next, ...literal.next] : null;
    merged.set(key, { ...literal, next });
  }
  return [...merged.values()];
}

/** A bit for a word's first character (its low five bits: no two letters share one). */
function initialBit(word: string): number {
  return 1 << (word.charCodeAt(0) & 31);
}

/** The bit that stands for "no next word": no word starts with a character whose low five bits are all set ("_", "?"). */
const NO_NEXT_WORD_BIT = 1 << 31;

/** Which next words a pattern may be tried before: the bits of its prefixes' first characters, or every bit when any word (or none) will do. */
function initialsOf(prefixes: readonly string[] | null): number {
  if (prefixes === null) return -1;
  return prefixes.reduce((bits, prefix) => bits | (prefix.length === 0 ? -1 : initialBit(prefix)), 0);
}

/** Next words whose patterns a word bucket remembers: bounded, as a long-lived instance reads many calls. */
const MAX_REMEMBERED_NEXT_WORDS = 64;

/** No pattern may match before that word (shared: most next words rule out every pattern of a bucket). */
const NO_PATTERNS: readonly IndexedPattern<never>[] = [];

/**
 * The patterns that start with one whole word, with the next words each allows as bits in an
 * array (one load per pattern ruled out), and, by next word, the patterns that word allows: the
 * same few words follow a word again and again ("i have", "the pain"), and ruling out every
 * pattern for each was most of the matching of a call.
 */
class WordBucket<T> {
  readonly nextInitials: Int32Array;
  private readonly byNextWord = new Map<string, readonly IndexedPattern<T>[]>();

  constructor(readonly patterns: readonly IndexedPattern<T>[]) {
    this.nextInitials = Int32Array.from(patterns, (p) => initialsOf(p.next));
  }

  /** The patterns that may match before `following` (the next token, if any), in order. */
  before(following: Token | undefined): readonly IndexedPattern<T>[] {
    const word = following ? following.text : "";
    const known = this.byNextWord.get(word);
    if (known !== undefined) return known;
    const allowed = this.allowedBefore(following);
    if (this.byNextWord.size < MAX_REMEMBERED_NEXT_WORDS) this.byNextWord.set(word, allowed);
    return allowed;
  }

  private allowedBefore(following: Token | undefined): readonly IndexedPattern<T>[] {
    const { patterns, nextInitials } = this;
    const next = following ? initialBit(following.text) : NO_NEXT_WORD_BIT;
    const allowed: IndexedPattern<T>[] = [];
    for (let i = 0; i < patterns.length; i++) {
      if (((nextInitials[i] as number) & next) === 0) continue;
      const pattern = patterns[i] as IndexedPattern<T>;
      if (pattern.next && !(following && startsWithAny(following.text, pattern.next))) continue;
      allowed.push(pattern);
    }
    return allowed.length > 0 ? allowed : NO_PATTERNS;
  }
}

/** Whether `word` starts with one of `prefixes` (a loop: this runs for most tokens of a call). */
function startsWithAny(word: string, prefixes: readonly string[]): boolean {
  for (let i = 0; i < prefixes.length; i++) if (word.startsWith(prefixes[i] as string)) return true;
  return false;
}

/** Runs one candidate pattern at `at` and records its match; true when it matched. */
function matchAt<T>(pattern: IndexedPattern<T>, text: string, at: number, found: PatternMatch<T>[]): boolean {
  // the required literals come after the pattern's first word, and a match starts with the literal
  // the pattern was found by: the "back" a body word starts with is not the "back" of "come back"
  // that a body-change pattern asks for after it
  if (!pattern.required.allows(text, at + pattern.prefix.length)) return false;
  // a sticky test() leaves lastIndex at the end of the match, without allocating a result
  pattern.regex.lastIndex = at;
  if (!pattern.regex.test(text)) return false;
  found.push({ start: at, end: pattern.regex.lastIndex, tag: pattern.tag });
  return true;
}

/** Like PrefixBucket.tryAt, for whole-word patterns: only those whose second word can follow are tried. */
function tryWords<T>(bucket: WordBucket<T>, text: string, at: number, following: Token | undefined, found: PatternMatch<T>[], firstOnly: boolean, possessiveOnly = false): boolean {
  const patterns = bucket.before(following);
  for (let i = 0; i < patterns.length; i++) {
    const pattern = patterns[i] as IndexedPattern<T>;
    if (possessiveOnly && !pattern.possessive) continue;
    if (matchAt(pattern, text, at, found) && firstOnly) return true;
  }
  return false;
}

/** Numeric key of the last three characters before `end` (no string allocation). */
function suffixKeyOf(text: string, end: number): number {
  // seven bits a character keep the key a small integer; the bucket's endsWith check settles collisions
  return ((text.charCodeAt(end - 3) & 0x7f) << 14) | ((text.charCodeAt(end - 2) & 0x7f) << 7) | (text.charCodeAt(end - 1) & 0x7f);
}

/** Like PrefixBucket.tryAt, for patterns whose first word ends with a literal; `wordEnd` is where the token's word ends. */
function trySuffixes<T>(bucket: readonly IndexedPattern<T>[], text: string, at: number, wordEnd: number, found: PatternMatch<T>[], firstOnly: boolean): boolean {
  for (const pattern of bucket) {
    if (wordEnd - at <= pattern.prefix.length || !text.endsWith(pattern.prefix, wordEnd)) continue;
    if (matchAt(pattern, text, at, found) && firstOnly) return true;
  }
  return false;
}

/** Where a token's word ends, before a possessive "'s". */
function wordEndOf(text: string, token: Token): number {
  return token.end - token.start > 2 && text.charCodeAt(token.end - 2) === 39 && text.charCodeAt(token.end - 1) === 115 ? token.end - 2 : token.end;
}

/**
 * Patterns that start with word prefixes sharing their first characters ("st": struggl*, stink*,
 * statin*...). Many patterns share a prefix, so each distinct prefix is tested once per token,
 * and the patterns only when one of theirs starts there.
 */
class PrefixBucket<T> {
  private readonly prefixes: string[] = [];
  private readonly patterns: IndexedPattern<T>[] = [];
  /** Per pattern, its prefix's bit in the mask tryAt builds (prefixes past the 31st share bits; the prefix is confirmed). */
  private readonly bits: number[] = [];

  add(pattern: IndexedPattern<T>): void {
    let index = this.prefixes.indexOf(pattern.prefix);
    if (index < 0) index = this.prefixes.push(pattern.prefix) - 1;
    this.patterns.push(pattern);
    this.bits.push(1 << (index % 31));
  }

  /** Tries the patterns at `at`; true when done (first match wanted and found). */
  tryAt(text: string, at: number, found: PatternMatch<T>[], firstOnly: boolean): boolean {
    const { prefixes, patterns, bits } = this;
    let started = 0;
    for (let i = 0; i < prefixes.length; i++) if (text.startsWith(prefixes[i] as string, at)) started |= 1 << (i % 31);
    if (started === 0) return false;
    for (let i = 0; i < patterns.length; i++) {
      const pattern = patterns[i] as IndexedPattern<T>;
      if ((started & (bits[i] as number)) === 0 || !text.startsWith(pattern.prefix, at)) continue;
      if (matchAt(pattern, text, at, found) && firstOnly) return true;
    }
    return false;
  }
}

/**
 * Buckets of patterns by their whole first word, in an open-addressing table over the words'
 * keys (Token.key): most tokens start no pattern, and one typed-array load tells, where a Map
 * lookup per token and set cost more than the rest of the token loop.
 */
class WordTable<B> {
  /** Entry number + 1 at the key's slot or the next free one; 0 where empty. */
  private readonly slots: Int32Array;
  /** The key of the entry in each slot: a probe reads the slot's key next to it, not the entry's word. */
  private readonly slotKeys: Int32Array;
  private readonly mask: number;
  private readonly words: string[] = [];
  private readonly buckets: B[] = [];

  constructor(entries: ReadonlyMap<string, B>) {
    // a quarter full at most: most tokens start no pattern, and most probes then end at an empty slot
    let size = 16;
    while (size < entries.size * 4) size *= 2;
    this.slots = new Int32Array(size);
    this.slotKeys = new Int32Array(size);
    this.mask = size - 1;
    for (const [word, bucket] of entries) {
      const key = wordKey(word);
      let slot = key & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slotKeys[slot] = key;
      this.slots[slot] = this.words.push(word);
      this.buckets.push(bucket);
    }
  }

  /** The bucket of the word `token` holds in its first `length` characters, whose key is `key`. */
  get(token: string, length: number, key: number): B | undefined {
    const { slots, slotKeys, mask } = this;
    for (let slot = key & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot] as number;
      if (entry === 0) return undefined;
      if (slotKeys[slot] !== key) continue;
      const word = this.words[entry - 1] as string;
      if (word.length === length && token.startsWith(word)) return this.buckets[entry - 1];
    }
  }
}

/** Whether a token's word ends with a possessive "'s" ("wife's"), after at least one character. */
function isPossessive(word: string): boolean {
  return word.length > 2 && word.charCodeAt(word.length - 2) === 39 && word.charCodeAt(word.length - 1) === 115;
}

export class PatternSet<T> {
  /** Patterns that start with a whole word, by that word. */
  private readonly byWord: WordTable<WordBucket<T>>;
  /** Patterns that start with a word prefix, by its first one or two (ASCII) characters: bucket number + 1 in `slotBuckets`, or 0. */
  private readonly bySlot = new Uint16Array(SLOTS);
  private readonly slotBuckets: PrefixBucket<T>[] = [];
  /**
   * 1 for each ASCII character some prefix bucket (of one or two characters) starts with: most
   * tokens start none, and are ruled out without two loads from the large slot array.
   */
  private readonly bucketInitials = new Uint8Array(128);
  /** Patterns whose first word ends with a literal suffix, by the suffix's last three characters. */
  private readonly bySuffix = new Map<number, IndexedPattern<T>[]>();
  /** 1 for each last character (its low seven bits) of a suffix: most words end with none, and need no Map lookup. */
  private readonly suffixEnds = new Uint8Array(128);
  /** Prefixes starting with a non-ASCII character, by that character. */
  private readonly byOtherChar = new Map<number, PrefixBucket<T>>();
  private readonly scanned: Array<{ readonly regex: RegExp; readonly tag: T }> = [];
  /** Every pattern's source, in order (for the tests that check the index against brute force). */
  readonly sources: readonly string[];

  constructor(entries: ReadonlyArray<{ readonly source: string; readonly tag: T }>) {
    this.sources = entries.map((e) => e.source);
    const byWord = new Map<string, IndexedPattern<T>[]>();
    for (const { source, tag } of entries) {
      const literals = leadingLiterals(source);
      if (!literals) {
        this.scanned.push({ regex: new RegExp(source, "g"), tag });
        continue;
      }
      const regex = new RegExp(source, "y");
      const required = new RequiredLiterals(source);
      for (const literal of mergeLiterals(literals)) {
        this.add(literal, { prefix: literal.text, next: literal.next, possessive: literal.possessive === true, required, regex, tag }, byWord);
      }
    }
    this.byWord = new WordTable(new Map([...byWord].map(([word, patterns]) => [word, new WordBucket(patterns)])));
  }

  private add(literal: LeadingLiteral, pattern: IndexedPattern<T>, byWord: Map<string, IndexedPattern<T>[]>): void {
    if (literal.suffix) {
      const key = suffixKeyOf(literal.text, literal.text.length);
      this.bySuffix.set(key, [...(this.bySuffix.get(key) ?? []), pattern]);
      this.suffixEnds[key & 0x7f] = 1;
      return;
    }
    if (literal.whole) {
      byWord.set(literal.text, [...(byWord.get(literal.text) ?? []), pattern]);
      return;
    }
    const slot = slotOf(literal.text, 0, literal.text.length >= 2 ? 2 : 1);
    if (slot < 0) {
      const key = keyOf(literal.text, 0, 1);
      const bucket = this.byOtherChar.get(key) ?? new PrefixBucket<T>();
      bucket.add(pattern);
      this.byOtherChar.set(key, bucket);
      return;
    }
    if (this.bySlot[slot] === 0) this.bySlot[slot] = this.slotBuckets.push(new PrefixBucket<T>());
    this.bucketInitials[slot < 128 ? slot : (slot - 128) >> 7] = 1;
    this.slotBuckets[(this.bySlot[slot] as number) - 1]?.add(pattern);
  }

  /** All matches starting at tokens in [from, to), plus matches of scanned patterns in that range. */
  matches(text: string, tokens: readonly Token[], from = 0, to = text.length, firstOnly = false): PatternMatch<T>[] {
    const found: PatternMatch<T>[] = [];
    const { byWord, bySlot, slotBuckets, bucketInitials, byOtherChar, bySuffix, suffixEnds } = this;
    const suffixes = bySuffix.size > 0;
    for (let t = firstTokenIndex(tokens, from); t < tokens.length; t++) {
      const token = tokens[t];
      if (!token || token.start >= to) break;
      const at = token.start;
      const word = token.text;
      const exact = byWord.get(word, word.length, token.key);
      if (exact && tryWords(exact, text, at, tokens[t + 1], found, firstOnly)) return found;
      const owner = isPossessive(word) ? byWord.get(word, word.length - 2, wordKey(word, 0, word.length - 2)) : undefined;
      if (owner && tryWords(owner, text, at, tokens[t + 1], found, firstOnly, true)) return found;
      if (suffixes) {
        const wordEnd = wordEndOf(text, token);
        const bucket = wordEnd - at > SUFFIX_KEY_LENGTH && suffixEnds[text.charCodeAt(wordEnd - 1) & 0x7f] === 1 ? bySuffix.get(suffixKeyOf(text, wordEnd)) : undefined;
        if (bucket && trySuffixes(bucket, text, at, wordEnd, found, firstOnly)) return found;
      }
      const one = slotOf(text, at, 1);
      if (one < 0) {
        const other = byOtherChar.get(keyOf(text, at, 1));
        if (other && other.tryAt(text, at, found, firstOnly)) return found;
        continue;
      }
      if (bucketInitials[one] === 0) continue;
      const single = bySlot[one] as number;
      if (single !== 0 && (slotBuckets[single - 1] as PrefixBucket<T>).tryAt(text, at, found, firstOnly)) return found;
      if (token.end - at < 2) continue;
      const two = slotOf(text, at, 2);
      const pair = two < 0 ? 0 : (bySlot[two] as number);
      if (pair !== 0 && (slotBuckets[pair - 1] as PrefixBucket<T>).tryAt(text, at, found, firstOnly)) return found;
    }
    if (this.scanned.length === 0) return found;
    // scanned patterns run on the range only, so a sentence-level call stays linear
    const range = from === 0 && to >= text.length ? text : text.slice(from, to);
    for (const { regex, tag } of this.scanned) {
      regex.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = regex.exec(range)) !== null) {
        found.push({ start: from + match.index, end: from + match.index + match[0].length, tag });
        if (firstOnly) return found;
        if (match[0].length === 0) regex.lastIndex++;
      }
    }
    return found;
  }

  test(text: string, tokens: readonly Token[], from = 0, to = text.length): boolean {
    return this.matches(text, tokens, from, to, true).length > 0;
  }

  /** Every match in the whole text, grouped by the span (e.g. sentence) it starts in. */
  matchesBySpan(text: string, tokens: readonly Token[], spans: readonly { readonly start: number; readonly end: number }[]): PatternMatch<T>[][] {
    const groups: PatternMatch<T>[][] = spans.map(() => []);
    if (spans.length === 0) return groups;
    let s = 0;
    const found = this.matches(text, tokens);
    // indexed matches come in token order; only scanned ones can be out of order
    if (this.scanned.length > 0) found.sort((a, b) => a.start - b.start);
    for (const match of found) {
      while (s < spans.length - 1 && match.start >= (spans[s]?.end ?? 0)) s++;
      groups[s]?.push(match);
    }
    return groups;
  }
}
