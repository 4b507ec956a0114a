/**
 * The rule compiler: turns the rule language of the language packs (lexicon/types.ts) into
 * regular expression sources over folded text.
 *
 *   @NAME     a term class          word / word*   a whole word / a word stem
 *   *suffix   a word ending so (drug names: "*sartan")      *   any one word      #   a number
 *   ~N        a gap of up to N words that never crosses a negation, a "but" or a sentence end
 *   (a|b c)   alternatives          [a b] or x?    optional          !word  not followed by
 *
 * Word boundaries are not left to the author: every word compiles with a guard on both sides,
 * so "number" can never match inside "numbness" and "fit" never inside "fitness". A stem must
 * be asked for explicitly with "*". Apostrophes are optional ("can't" also reads "cant"), a
 * possessive "'s" is allowed after any word, and accents are folded away, so a pack may write
 * "fièvre" or "Übelkeit" as people spell them.
 */

import { fold } from "./text";

/** Nothing word-like before the first word. */
export const WORD_START = "(?<![a-z0-9'])";
/** Nothing word-like after a word, except a possessive: "chest's", not "can't" for "can". */
export const WORD_END = "(?:'s)?(?![a-z0-9]|'[a-z])";
/** The characters a word of folded text is made of. */
const WORD_CHAR = "[a-z0-9]";

const MAX_GAP = 8;
const MAX_DEPTH = 6;

export interface RuleLanguage {
  readonly terms: Readonly<Record<string, readonly string[]>>;
  /** Words a gap never crosses (negations, "but"...), written in the rule language's word form. */
  readonly gapBlockers: readonly string[];
  /** For error messages: the pack's language code. */
  readonly code: string;
}

type Token =
  | { readonly kind: "word"; readonly text: string }
  | { readonly kind: "term"; readonly name: string }
  | { readonly kind: "gap"; readonly words: number }
  | { readonly kind: "open" | "close" | "openOptional" | "closeOptional" | "or" | "not" | "optionalMark" };

export class RuleSyntaxError extends Error {}

function tokenizeRule(source: string, where: string): Token[] {
  const tokens: Token[] = [];
  const text = fold(source).trim();
  let i = 0;
  while (i < text.length) {
    const char = text.charAt(i);
    // a hyphen reads as a space, as it does in patient text ("self-harm", "co-worker")
    if (/\s/.test(char) || char === "-") {
      i++;
      continue;
    }
    const single: Record<string, Token["kind"]> = { "(": "open", ")": "close", "[": "openOptional", "]": "closeOptional", "|": "or", "!": "not", "?": "optionalMark" };
    const kind = single[char];
    if (kind) {
      tokens.push({ kind } as Token);
      i++;
      continue;
    }
    if (char === "@") {
      const match = /^@([A-Z][A-Z0-9_]*)/.exec(source.trim().slice(i));
      if (!match?.[1]) throw new RuleSyntaxError(`${where}: a term class name is upper case, at "${source.trim().slice(i)}"`);
      tokens.push({ kind: "term", name: match[1] });
      i += match[0].length;
      continue;
    }
    if (char === "~") {
      const match = /^~(\d+)/.exec(text.slice(i));
      const words = match ? Number(match[1]) : NaN;
      if (!match || words < 1 || words > MAX_GAP) throw new RuleSyntaxError(`${where}: a gap is ~1 to ~${MAX_GAP}, at "${text.slice(i)}"`);
      tokens.push({ kind: "gap", words });
      i += match[0].length;
      continue;
    }
    const match = /^(?:#|[a-z0-9'*]+)/.exec(text.slice(i));
    if (!match) throw new RuleSyntaxError(`${where}: unexpected "${char}" in "${source}"`);
    const word = match[0];
    const inner = word.length > 2 ? word.slice(1, -1) : "";
    if (word.startsWith("'")) throw new RuleSyntaxError(`${where}: a word cannot start with an apostrophe, in "${word}" (write the whole contraction: "it'll")`);
    if (inner.includes("*") || word === "**" || (word.startsWith("*") && word.endsWith("*") && word !== "*")) {
      throw new RuleSyntaxError(`${where}: "*" may start a word (a suffix), end it (a stem) or stand alone (any word), in "${word}"`);
    }
    tokens.push({ kind: "word", text: word });
    i += word.length;
  }
  return tokens;
}

/** One element of a sequence, already compiled; `optional` and `gap` carry their own spacing. */
type Item =
  | { readonly kind: "required"; readonly source: string }
  | { readonly kind: "optional"; readonly source: string }
  | { readonly kind: "gap"; readonly words: number }
  | { readonly kind: "not"; readonly source: string };

/** Suffix words need this many letters before the suffix ("*pril" is not "pril" alone). */
const MIN_SUFFIX_STEM = 2;

function escapeWord(word: string): string {
  if (word === "*") return `[a-z0-9']+${WORD_END}`;
  if (word === "#") return `\\d+(?:[.,]\\d+)?${WORD_END}`;
  if (word.startsWith("*")) return `${WORD_CHAR}{${MIN_SUFFIX_STEM},}${word.slice(1).replace(/'/g, "'?")}${WORD_END}`;
  const stem = word.endsWith("*");
  const body = (stem ? word.slice(0, -1) : word).replace(/'/g, "'?");
  return stem ? `${body}${WORD_CHAR}*${WORD_END}` : `${body}${WORD_END}`;
}

/**
 * A pack list as written, refusing holes and blank entries: a stray comma in a list leaves a hole
 * that `map` skips and `join` turns into an empty alternative, which matches everywhere.
 */
export function listEntries(sources: readonly string[], where: string): readonly string[] {
  for (let i = 0; i < sources.length; i++) {
    const entry = sources[i];
    if (!(i in sources) || typeof entry !== "string" || entry.trim() === "") throw new RuleSyntaxError(`${where}: entry ${i} is empty (a stray comma?)`);
  }
  return sources;
}

export class RuleCompiler {
  private readonly termCache = new Map<string, string>();
  private readonly gapWord: string;

  constructor(private readonly language: RuleLanguage) {
    const blockers = language.gapBlockers.map((b) => fold(b).trim().split(/\s+/).map((w) => w.replace(/'/g, "'?")).join("\\s+"));
    // a gap word is any run of non-space, non-sentence-end characters that is not a blocker
    this.gapWord = blockers.length > 0 ? `(?!(?:${blockers.join("|")})(?![a-z0-9]))[^\\s.!?]+` : "[^\\s.!?]+";
  }

  /** The regex source of one expression, without a leading word-start guard. */
  expression(source: string, where: string): string {
    return this.compile(source, where, 0);
  }

  /** The regex source of one expression, anchored at a word start. */
  pattern(source: string, where: string): string {
    return `${WORD_START}(?:${this.expression(source, where)})`;
  }

  /** A term class as one alternation. */
  term(name: string, where: string, depth = 0): string {
    const cached = this.termCache.get(name);
    if (cached !== undefined) return cached;
    const entries = this.language.terms[name];
    if (!entries) throw new RuleSyntaxError(`${where}: unknown term class @${name} in the ${this.language.code} pack`);
    if (entries.length === 0) throw new RuleSyntaxError(`${where}: term class @${name} is empty`);
    if (depth > MAX_DEPTH) throw new RuleSyntaxError(`${where}: term classes nest too deep at @${name}`);
    const compiled = `(?:${listEntries(entries, `${where}: term class @${name}`).map((e) => this.compile(e, `@${name}`, depth + 1)).join("|")})`;
    this.termCache.set(name, compiled);
    return compiled;
  }

  private compile(source: string, where: string, depth: number): string {
    // an empty entry (a stray comma in a pack list) would match everywhere with an empty span
    if (typeof source !== "string" || source.trim() === "") throw new RuleSyntaxError(`${where}: empty expression in the ${this.language.code} pack`);
    const tokens = tokenizeRule(source, where);
    let position = 0;
    const parseAlternatives = (closer: Token["kind"] | null): string[] => {
      const alternatives: string[] = [];
      let items: Item[] = [];
      for (;;) {
        const token = tokens[position];
        if (!token) {
          if (closer !== null) throw new RuleSyntaxError(`${where}: unclosed group in "${source}"`);
          alternatives.push(this.join(items, where, source));
          return alternatives;
        }
        position++;
        switch (token.kind) {
          case "or":
            alternatives.push(this.join(items, where, source));
            items = [];
            break;
          case "close":
          case "closeOptional":
            if (token.kind !== closer) throw new RuleSyntaxError(`${where}: unbalanced "${token.kind === "close" ? ")" : "]"}" in "${source}"`);
            alternatives.push(this.join(items, where, source));
            return alternatives;
          case "not": {
            const next = tokens[position];
            if (!next) throw new RuleSyntaxError(`${where}: "!" at the end of "${source}"`);
            position++;
            items.push({ kind: "not", source: this.atom(next, parseAlternatives, where, depth) });
            break;
          }
          case "gap":
            items.push({ kind: "gap", words: token.words });
            break;
          case "optionalMark": {
            const last = items.pop();
            if (!last || last.kind !== "required") throw new RuleSyntaxError(`${where}: "?" must follow a word or a group in "${source}"`);
            items.push({ kind: "optional", source: last.source });
            break;
          }
          case "openOptional":
            items.push({ kind: "optional", source: `(?:${parseAlternatives("closeOptional").join("|")})` });
            break;
          default:
            items.push({ kind: "required", source: this.atom(token, parseAlternatives, where, depth) });
        }
      }
    };
    const alternatives = parseAlternatives(null);
    return alternatives.length === 1 ? (alternatives[0] ?? "") : `(?:${alternatives.join("|")})`;
  }

  private atom(token: Token, parseAlternatives: (closer: Token["kind"] | null) => string[], where: string, depth: number): string {
    switch (token.kind) {
      case "word":
        return escapeWord(token.text);
      case "term":
        return this.term(token.name, where, depth);
      case "open":
        return `(?:${parseAlternatives("close").join("|")})`;
      default:
        throw new RuleSyntaxError(`${where}: unexpected ${token.kind}`);
    }
  }

  /** Joins a sequence: words are separated by whitespace; optional parts and gaps bring their own. */
  private join(items: readonly Item[], where: string, source: string): string {
    if (items.length === 0) throw new RuleSyntaxError(`${where}: empty alternative in "${source}"`);
    let out = "";
    let started = false;
    for (const item of items) {
      switch (item.kind) {
        case "required":
          out += started ? `\\s+${item.source}` : item.source;
          started = true;
          break;
        case "optional":
          out += started ? `(?:\\s+${item.source})?` : `(?:${item.source}\\s+)?`;
          break;
        case "gap":
          if (!started) throw new RuleSyntaxError(`${where}: a sequence cannot start with a gap: "${source}"`);
          out += `(?:\\s+${this.gapWord}){0,${item.words}}`;
          break;
        case "not":
          if (!started) throw new RuleSyntaxError(`${where}: "!" needs a word before it: "${source}"`);
          out += `(?!\\s+${item.source})`;
          break;
      }
    }
    if (!started) throw new RuleSyntaxError(`${where}: a sequence needs at least one required word: "${source}"`);
    return out;
  }
}

/** Blanks `spans` of `text` with spaces (same length, so offsets still quote the original). */
export function blank(text: string, spans: ReadonlyArray<{ readonly start: number; readonly end: number }>): string {
  if (spans.length === 0) return text;
  let out = "";
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at) continue;
    out += text.slice(at, span.start) + " ".repeat(span.end - span.start);
    at = span.end;
  }
  return out + text.slice(at);
}
