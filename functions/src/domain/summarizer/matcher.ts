/**
 * Fast matching of many word-initial patterns.
 *
 * One big alternation makes the regex engine try every alternative at every character. Instead,
 * each pattern is compiled on its own as a sticky regex, and indexed by the literal word prefix
 * it must start with ("chest", "pain", "short"...). A text is tokenized once; at each token only
 * the patterns whose prefix the token starts with are tried, anchored at that token. Patterns
 * whose start is not a literal (a character class, an optional group) are scanned normally.
 */

import { firstTokenIndex, type Token } from "./text";

export interface PatternMatch<T> {
  readonly start: number;
  readonly end: number;
  readonly tag: T;
}

interface IndexedPattern<T> {
  readonly prefix: string;
  readonly regex: RegExp;
  readonly tag: T;
}

const LITERAL_CHAR = /[a-z0-9'\u00e1\u00e9\u00ed\u00f3\u00fa\u00f1\u00fc]/;

/** Numeric index key of a prefix: its first character, or its first two (no string allocation). */
function keyOf(text: string, start: number, length: 1 | 2): number {
  return length === 1 ? text.charCodeAt(start) : (text.charCodeAt(start) << 16) | text.charCodeAt(start + 1);
}


/** Index of the parenthesis closing the group opened at `open`, or -1. */
function closingParen(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const char = source.charAt(i);
    if (char === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (char === "]") inClass = false;
      continue;
    }
    if (char === "[") inClass = true;
    else if (char === "(") depth++;
    else if (char === ")" && --depth === 0) return i;
  }
  return -1;
}

function splitAlternatives(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    const char = body.charAt(i);
    if (char === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (char === "]") inClass = false;
      continue;
    }
    if (char === "[") inClass = true;
    else if (char === "(") depth++;
    else if (char === ")") depth--;
    else if (char === "|" && depth === 0) {
      parts.push(body.slice(from, i));
      from = i + 1;
    }
  }
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
}

/** Whether the pattern continues after a literal with a word boundary (space, \b, end). */
function endsWord(rest: string): boolean {
  return rest === "" || rest.startsWith("\\s") || rest.startsWith("\\b") || rest.startsWith(")") || rest.startsWith("|") || rest.startsWith("(?!") && !rest.startsWith("(?![a-z") || /^\(\?:\\s/.test(rest);
}

/**
 * The literals a match of `source` must start with, or null when the start is not a plain
 * literal (then the pattern is scanned instead of indexed). `after` is what follows the
 * enclosing group, to tell whether a literal that ends an alternative ends a word.
 */
export function leadingLiterals(source: string, after = ""): LeadingLiteral[] | null {
  const s = skipLeadingAssertions(source);
  if (s.startsWith("(?:")) {
    const close = closingParen(s, 0);
    if (close < 0) return null;
    const quantifier = s.charAt(close + 1);
    const optional = quantifier === "?" || quantifier === "*" || (quantifier === "{" && s.charAt(close + 2) === "0");
    const quantifierEnd = quantifier === "{" ? s.indexOf("}", close) + 1 : optional || quantifier === "+" ? close + 2 : close + 1;
    const rest = s.slice(quantifierEnd);
    const literals: LeadingLiteral[] = [];
    for (const alternative of splitAlternatives(s.slice(3, close))) {
      const inner = leadingLiterals(alternative, rest + after);
      if (!inner) return null;
      literals.push(...inner);
    }
    if (!optional) return literals;
    // an optional opening group: the match starts with it or with what follows it
    const next = leadingLiterals(rest, after);
    return next ? [...literals, ...next] : null;
  }
  let literal = "";
  let i = 0;
  while (i < s.length && LITERAL_CHAR.test(s.charAt(i))) literal += s.charAt(i++);
  const quantifier = s.charAt(i);
  if (quantifier === "?" || quantifier === "*" || quantifier === "{") {
    literal = literal.slice(0, -1);
    return literal.length > 0 ? [{ text: literal, whole: false }] : null;
  }
  if (literal.length === 0) return null;
  const rest = s.slice(i);
  return [{ text: literal, whole: endsWord(rest === "" ? after : rest) }];
}

/** The literal word prefixes a match of `source` starts with (for tests and diagnostics). */
export function leadingPrefixes(source: string): string[] | null {
  return leadingLiterals(source)?.map((l) => l.text) ?? null;
}

export class PatternSet<T> {
  /** Patterns that start with a whole word, by that word. */
  private readonly byWord = new Map<string, IndexedPattern<T>[]>();
  /** Patterns that start with a word prefix, by its first one or two characters. */
  private readonly index = new Map<number, IndexedPattern<T>[]>();
  private readonly scanned: Array<{ readonly regex: RegExp; readonly tag: T }> = [];

  constructor(entries: ReadonlyArray<{ readonly source: string; readonly tag: T }>) {
    for (const { source, tag } of entries) {
      const literals = leadingLiterals(source);
      if (!literals) {
        this.scanned.push({ regex: new RegExp(source, "g"), tag });
        continue;
      }
      const regex = new RegExp(source, "y");
      for (const literal of new Map(literals.map((l) => [`${l.whole}:${l.text}`, l])).values()) {
        const prefix = literal.text;
        if (literal.whole) {
          const bucket = this.byWord.get(prefix) ?? [];
          bucket.push({ prefix, regex, tag });
          this.byWord.set(prefix, bucket);
          continue;
        }
        const key = keyOf(prefix, 0, prefix.length >= 2 ? 2 : 1);
        const bucket = this.index.get(key) ?? [];
        bucket.push({ prefix, regex, tag });
        this.index.set(key, bucket);
      }
    }
  }

  /** All matches starting at tokens in [from, to), plus matches of scanned patterns in that range. */
  matches(text: string, tokens: readonly Token[], from = 0, to = text.length, firstOnly = false): PatternMatch<T>[] {
    const found: PatternMatch<T>[] = [];
    for (let t = firstTokenIndex(tokens, from); t < tokens.length; t++) {
      const token = tokens[t];
      if (!token || token.start >= to) break;
      const exact = this.byWord.get(token.text);
      if (exact && this.tryBucket(exact, text, token.start, found, firstOnly)) return found;
      const one = this.index.get(keyOf(text, token.start, 1));
      if (one && this.tryBucket(one, text, token.start, found, firstOnly)) return found;
      if (token.end - token.start < 2) continue;
      const two = this.index.get(keyOf(text, token.start, 2));
      if (two && this.tryBucket(two, text, token.start, found, firstOnly)) return found;
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

  /** Tries the patterns of one bucket at `at`; true when done (first match wanted and found). */
  private tryBucket(bucket: readonly IndexedPattern<T>[], text: string, at: number, found: PatternMatch<T>[], firstOnly: boolean): boolean {
    for (const pattern of bucket) {
      if (!text.startsWith(pattern.prefix, at)) continue;
      pattern.regex.lastIndex = at;
      const match = pattern.regex.exec(text);
      if (!match) continue;
      found.push({ start: at, end: at + match[0].length, tag: pattern.tag });
      if (firstOnly) return true;
    }
    return false;
  }

  test(text: string, tokens: readonly Token[], from = 0, to = text.length): boolean {
    return this.matches(text, tokens, from, to, true).length > 0;
  }

  /** Every match in the whole text, grouped by the span (e.g. sentence) it starts in. */
  matchesBySpan(text: string, tokens: readonly Token[], spans: readonly { readonly start: number; readonly end: number }[]): PatternMatch<T>[][] {
    const groups: PatternMatch<T>[][] = spans.map(() => []);
    if (spans.length === 0) return groups;
    let s = 0;
    for (const match of this.matches(text, tokens).sort((a, b) => a.start - b.start)) {
      while (s < spans.length - 1 && match.start >= (spans[s]?.end ?? 0)) s++;
      groups[s]?.push(match);
    }
    return groups;
  }
}
