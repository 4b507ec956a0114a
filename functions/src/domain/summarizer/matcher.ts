/**
 * Fast matching of many word-initial patterns.
 *
 * One big alternation makes the regex engine try every alternative at every character. Instead,
 * each pattern is compiled on its own as a sticky regex, and indexed by the literal word prefix
 * it must start with ("chest", "pain", "short"...). A text is tokenized once; at each token only
 * the patterns whose prefix the token starts with are tried, anchored at that token. Patterns
 * whose start is not a literal (a character class, an optional group) are scanned normally.
 */

import type { Token } from "./text";

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
const INDEX_KEY_LENGTH = 3;

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

/**
 * The literal word prefixes a match of `source` must start with, or null when the start is not
 * a plain literal (then the pattern is scanned instead of indexed).
 */
export function leadingPrefixes(source: string): string[] | null {
  const s = skipLeadingAssertions(source);
  if (s.startsWith("(?:")) {
    const close = closingParen(s, 0);
    if (close < 0) return null;
    const after = s.charAt(close + 1);
    if (after === "?" || after === "*" || (after === "{" && s.charAt(close + 2) === "0")) return null;
    const prefixes: string[] = [];
    for (const alternative of splitAlternatives(s.slice(3, close))) {
      const inner = leadingPrefixes(alternative);
      if (!inner) return null;
      prefixes.push(...inner);
    }
    return prefixes;
  }
  let literal = "";
  let i = 0;
  while (i < s.length && LITERAL_CHAR.test(s.charAt(i))) literal += s.charAt(i++);
  const quantifier = s.charAt(i);
  if (quantifier === "?" || quantifier === "*" || quantifier === "{") literal = literal.slice(0, -1);
  return literal.length > 0 ? [literal] : null;
}

export class PatternSet<T> {
  private readonly index = new Map<string, IndexedPattern<T>[]>();
  private readonly scanned: Array<{ readonly regex: RegExp; readonly tag: T }> = [];

  constructor(entries: ReadonlyArray<{ readonly source: string; readonly tag: T }>) {
    for (const { source, tag } of entries) {
      const prefixes = leadingPrefixes(source);
      if (!prefixes) {
        this.scanned.push({ regex: new RegExp(source, "g"), tag });
        continue;
      }
      const regex = new RegExp(source, "y");
      for (const prefix of prefixes) {
        const key = prefix.slice(0, INDEX_KEY_LENGTH);
        const bucket = this.index.get(key) ?? [];
        bucket.push({ prefix, regex, tag });
        this.index.set(key, bucket);
      }
    }
  }

  /** All matches starting at tokens in [from, to), plus matches of scanned patterns in that range. */
  matches(text: string, tokens: readonly Token[], from = 0, to = text.length, firstOnly = false): PatternMatch<T>[] {
    const found: PatternMatch<T>[] = [];
    for (const token of tokens) {
      if (token.start < from) continue;
      if (token.start >= to) break;
      for (let length = 1; length <= INDEX_KEY_LENGTH && length <= token.text.length; length++) {
        const bucket = this.index.get(token.text.slice(0, length));
        if (!bucket) continue;
        for (const pattern of bucket) {
          if (!token.text.startsWith(pattern.prefix) && !(pattern.prefix.length > token.text.length && text.startsWith(pattern.prefix, token.start))) continue;
          pattern.regex.lastIndex = token.start;
          const match = pattern.regex.exec(text);
          if (!match) continue;
          found.push({ start: token.start, end: token.start + match[0].length, tag: pattern.tag });
          if (firstOnly) return found;
        }
      }
    }
    for (const { regex, tag } of this.scanned) {
      regex.lastIndex = from;
      let match: RegExpExecArray | null;
      while ((match = regex.exec(text)) !== null && match.index < to) {
        found.push({ start: match.index, end: match.index + match[0].length, tag });
        if (firstOnly) return found;
        if (match[0].length === 0) regex.lastIndex++;
      }
    }
    return found;
  }

  test(text: string, tokens: readonly Token[], from = 0, to = text.length): boolean {
    return this.matches(text, tokens, from, to, true).length > 0;
  }
}
