/**
 * Text helpers shared by every stage.
 *
 * All matching runs on a "folded" copy of a message: lower-case, accents removed, typographic
 * quotes and dashes replaced by ASCII. Folding maps every UTF-16 code unit to exactly one code
 * unit, so an offset in the folded text is the same offset in the original message; that is what
 * lets every item quote the patient's exact words.
 */

const foldCache = new Map<string, string>();

const SPECIAL_FOLDS: Readonly<Record<string, string>> = {
  "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'",
  "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"',
  "\u2013": "-", "\u2014": "-", "\u2212": "-",
  "\u00a0": " ", "\u2009": " ", "\u202f": " ",
  "\u2026": ".",
  "\u00df": "s",
  // one code unit each, so offsets hold: "cœur" reads "cour" (packs write both "coeur" and "cœur")
  "\u0153": "o", "\u0152": "o", "\u00e6": "a", "\u00c6": "a", "\u00f8": "o", "\u00d8": "o",
};

function foldChar(char: string): string {
  const cached = foldCache.get(char);
  if (cached !== undefined) return cached;
  let folded = SPECIAL_FOLDS[char];
  if (folded === undefined) {
    const base = char.normalize("NFD").charAt(0).toLowerCase();
    folded = base.length === 1 ? base : char;
  }
  foldCache.set(char, folded);
  return folded;
}

const NON_ASCII = /[\u0080-\uffff]/;

export function isAscii(text: string): boolean {
  return !NON_ASCII.test(text);
}

/** Lower-case, accent-free copy of `text` with the same length (offsets are preserved). */
export function fold(text: string): string {
  if (isAscii(text)) return text.toLowerCase();
  // ASCII runs are lower-cased whole (toLowerCase maps only A-Z there) and joined with each
  // non-ASCII character folded: a string built character by character allocated a piece per character
  let out = "";
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) continue;
    // half of an emoji: keep the length, drop the meaning
    const folded = code >= 0xd800 && code <= 0xdfff ? " " : foldChar(text.charAt(i));
    out += text.slice(runStart, i).toLowerCase() + folded;
    runStart = i + 1;
  }
  return out + text.slice(runStart).toLowerCase();
}

/** Lower-case copy that keeps accents (Spanish interrogatives are told apart by their accent). */
export function lowerKeepAccents(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    const lower = char.toLowerCase();
    out += lower.length === 1 ? lower : char;
  }
  return out;
}

/**
 * Whether a UTF-16 code unit is what the regex class \s matches. Hot loops test characters
 * one at a time, and a regex test per character costs far more than this comparison.
 */
export function isSpaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Whether `text` ends with "?" followed only by closing quotes, brackets or spaces (the same as
 * /\?[\s"')\]]*$/, without scanning the whole text from every position).
 */
export function endsWithQuestionMark(text: string, closers = "\"')]"): boolean {
  let i = text.length - 1;
  while (i >= 0 && (isSpaceCode(text.charCodeAt(i)) || closers.includes(text.charAt(i)))) i--;
  return text.charCodeAt(i) === 63;
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Token extends Span {
  readonly text: string;
  /** A hash of `text` (wordKey): pattern sets find a word's patterns by it, without a Map lookup per set. */
  readonly key: number;
}

/**
 * A 30-bit hash (FNV-1a, folded) of `text` from `start` to `end`: the key pattern sets index whole
 * words by. Thirty bits keep it a small integer (a Smi) to the engine, as the other fields of a
 * token are.
 */
export function wordKey(text: string, start = 0, end = text.length): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return keyOfHash(hash);
}

function keyOfHash(hash: number): number {
  return (hash ^ (hash >>> 15)) & 0x3fffffff;
}

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 0xf1;
}

function isLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

/**
 * Word tokens of a folded text (apostrophes stay inside words: "can't", "it's"). A hand-written
 * scanner, because it runs over every message of the call.
 */
export function tokenize(folded: string, from = 0, to = folded.length): Token[] {
  const tokens: Token[] = [];
  // a word may run past `to`, never past the text; reading past the text's end would give NaN,
  // and a character code that may be NaN is a float to the engine in the whole loop
  const length = folded.length;
  let i = from;
  while (i < to) {
    let code = folded.charCodeAt(i);
    if (!isWordChar(code)) {
      i++;
      continue;
    }
    const start = i;
    // the word's key (wordKey) is hashed while the word is read, not in a second pass over it
    let hash = 0x811c9dc5;
    do {
      hash = Math.imul(hash ^ code, 0x01000193);
      code = ++i < length ? folded.charCodeAt(i) : -1;
    } while (isWordChar(code));
    // "can't", "it's": an apostrophe followed by letters continues the word
    while (code === 39 && i + 1 < length && isLetter(folded.charCodeAt(i + 1))) {
      do {
        hash = Math.imul(hash ^ code, 0x01000193);
        code = ++i < length ? folded.charCodeAt(i) : -1;
      } while (isLetter(code));
    }
    tokens.push({ text: folded.slice(start, i), start, end: i, key: keyOfHash(hash) });
  }
  return tokens;
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  "dr", "dra", "mr", "mrs", "ms", "st", "vs", "etc", "eg", "ie", "sr", "sra", "srta", "approx", "min", "mins", "ud", "uds",
]);

/** Letters of the longest abbreviation ("approx"): a longer word before a dot is none. */
const MAX_ABBREVIATION_LETTERS = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/**
 * Whether the full stop at `index` follows an abbreviation, or "No." before a number ("No. 5";
 * otherwise "no" is the word that ends an answer). Most words before a dot are longer than any
 * abbreviation: the letters are counted back no further than that, and no word is cut out.
 */
function isAbbreviationDot(folded: string, index: number): boolean {
  let start = index;
  while (start > 0 && isLetter(folded.charCodeAt(start - 1))) {
    if (index - --start > MAX_ABBREVIATION_LETTERS) return false;
  }
  const word = folded.slice(start, index);
  return ABBREVIATIONS.has(word) || (word === "no" && /^\s*\d/.test(folded.slice(index + 1, index + 4)));
}

function isSentenceBreak(folded: string, index: number): boolean {
  const char = folded.charAt(index);
  if (char === "\n") return true;
  if (char !== "." && char !== "!" && char !== "?") return false;
  const next = folded.charAt(index + 1);
  if (next === "." || next === "!" || next === "?") return false; // end of a run like "?!" or "..."
  if (next !== "" && !isSpaceCode(next.charCodeAt(0))) return false; // "38.6", "?," inside Spanish "¿viste?,"
  if (char === "." && isAbbreviationDot(folded, index)) return false;
  return true;
}

const BREAK_CANDIDATE = /[.!?\n]/g;

function hasWordChar(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isWordChar(text.charCodeAt(i))) return true;
  return false;
}

/** Adds the span from `start` to `end`, trimmed of whitespace, when a word is left in it. */
function pushTrimmed(spans: Span[], folded: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && isSpaceCode(folded.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(folded.charCodeAt(e - 1))) e--;
  if (e > s && hasWordChar(folded, s, e)) spans.push({ start: s, end: e });
}

/** Sentence spans of a folded text, trimmed of surrounding whitespace. */
export function splitSentences(folded: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  BREAK_CANDIDATE.lastIndex = 0;
  // test() finds the next candidate without allocating a match: it is right before lastIndex
  while (BREAK_CANDIDATE.test(folded)) {
    const index = BREAK_CANDIDATE.lastIndex - 1;
    if (isSentenceBreak(folded, index)) {
      pushTrimmed(spans, folded, start, index + 1);
      start = index + 1;
    }
  }
  pushTrimmed(spans, folded, start, folded.length);
  return spans;
}

/** Index of the first token starting at or after `position` (tokens are sorted). */
export function firstTokenIndex(tokens: readonly Token[], position: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((tokens[mid]?.start ?? Number.POSITIVE_INFINITY) < position) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The tokens that start inside `span`. */
export function tokensIn(tokens: readonly Token[], span: Span): readonly Token[] {
  return tokens.slice(firstTokenIndex(tokens, span.start), firstTokenIndex(tokens, span.end));
}

/** How many tokens start inside `span` (tokensIn without the copy). */
export function tokenCountIn(tokens: readonly Token[], span: Span): number {
  return firstTokenIndex(tokens, span.end) - firstTokenIndex(tokens, span.start);
}

/**
 * How many words `folded` holds (as a global regex of letters, digits and "ñ", each run
 * continued by apostrophe-letter groups, counts them: the words the tokenizer reads), within
 * `span` as if it were cut out: counted in place, without the array of their strings a match()
 * allocated.
 */
export function wordCount(folded: string, span?: Span): number {
  // a negative start or end counts from the text's end, as slice reads it (no caller passes one)
  if (span && (span.start < 0 || span.end < 0)) return wordCount(folded.slice(span.start, span.end));
  const from = span ? span.start : 0;
  const to = span ? Math.min(span.end, folded.length) : folded.length;
  let count = 0;
  let i = from;
  while (i < to) {
    let code = folded.charCodeAt(i);
    if (!isWordChar(code)) {
      i++;
      continue;
    }
    count++;
    do code = ++i < to ? folded.charCodeAt(i) : -1;
    while (isWordChar(code));
    // "can't", "it's": an apostrophe followed by letters continues the word
    while (code === 39 && i + 1 < to && isLetter(folded.charCodeAt(i + 1))) {
      do code = ++i < to ? folded.charCodeAt(i) : -1;
      while (isLetter(code));
    }
  }
  return count;
}

// ---------------------------------------------------------------------------------------------
// Stemming for lexical overlap. Crude on purpose: it only has to make "drive"/"driving",
// "pluma"/"plumas", "guardo"/"guardan" meet, in English and Spanish alike.

const SUFFIXES = [
  "amientos", "imientos", "aciones", "iciones", "amiento", "imiento", "ations", "mente", "ation", "acion", "icion",
  "iendo", "ando", "ings", "edly", "ness", "ment", "ados", "idos", "adas", "idas", "ing", "ado", "ido", "ada", "ida",
  "ies", "ied", "es", "ed", "ly", "ar", "er", "ir", "as", "os", "an", "en", "s", "a", "o", "e", "y",
];

const UNDOUBLING_SUFFIXES = new Set(["ing", "ings", "ed", "er"]);
const DOUBLED_CONSONANT = /([bdfgmnprt])\1$/;

const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 50_000;

export function stem(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const result = computeStem(word);
  if (stemCache.size < STEM_CACHE_LIMIT) stemCache.set(word, result);
  return result;
}

function computeStem(word: string): string {
  let w = word.replace(/'s$/, "").replace(/'/g, "");
  for (const suffix of SUFFIXES) {
    if (w.length - suffix.length >= 3 && w.endsWith(suffix)) {
      w = w.slice(0, w.length - suffix.length);
      // "running", "stopped": the consonant doubled before the ending is one ("run", "stop")
      if (UNDOUBLING_SUFFIXES.has(suffix) && DOUBLED_CONSONANT.test(w)) w = w.slice(0, -1);
      break;
    }
  }
  return w.length > 6 ? w.slice(0, 6) : w;
}

const UNUSUAL_SPACE = /\s\s|[\t\n\r\f\v\u00a0]/;

export function clip(text: string, max: number): string {
  const clean = (UNUSUAL_SPACE.test(text) ? text.replace(/\s+/g, " ") : text).trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}\u2026`;
}
