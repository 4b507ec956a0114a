/** Small helpers for the precompiled (often global) regular expressions. */

export interface Found {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Every match of a global regex in `text`, with offsets shifted by `offset`. */
export function allMatches(regex: RegExp, text: string, offset = 0): Found[] {
  const found: Found[] = [];
  if (!regex.global) {
    const match = regex.exec(text);
    if (match) found.push({ start: offset + match.index, end: offset + match.index + match[0].length, text: match[0] });
    return found;
  }
  regex.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = regex.exec(text)) !== null) {
    found.push({ start: offset + match.index, end: offset + match.index + match[0].length, text: match[0] });
    if (match[0].length === 0) regex.lastIndex++;
  }
  return found;
}

export function hasMatch(regex: RegExp, text: string): boolean {
  regex.lastIndex = 0;
  const result = regex.test(text);
  regex.lastIndex = 0;
  return result;
}
