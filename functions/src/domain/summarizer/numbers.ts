/**
 * Finds numbers in patient speech, written with digits ("38.6", "2,5") or in words
 * ("thirty-eight point six", "ciento cuarenta y algo", "one eighty over one ten").
 */

import type { CompiledPack } from "./compile";
import type { Token } from "./text";

export interface NumberMention {
  readonly value: number;
  readonly start: number;
  readonly end: number;
}

type NumberVocabulary = CompiledPack["measurements"];

const DIGITS = /\d+(?:[.,]\d+)?/g;

function digitMentions(folded: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  DIGITS.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = DIGITS.exec(folded)) !== null) {
    const value = Number(match[0].replace(",", "."));
    if (Number.isFinite(value)) mentions.push({ value, start: match.index, end: match.index + match[0].length });
  }
  return mentions;
}

function adjacent(text: string, left: Token | undefined, right: Token | undefined): boolean {
  return !!left && !!right && /^[\s-]*$/.test(text.slice(left.end, right.start));
}

interface WordParse {
  readonly value: number;
  readonly lastToken: number;
}

/** Reads "point six" / "coma cinco": single digits after the decimal word. */
function readDecimals(tokens: readonly Token[], from: number, text: string, vocab: NumberVocabulary): { fraction: number; lastToken: number } | null {
  let digits = "";
  let last = from - 1;
  for (let i = from; i < tokens.length && digits.length < 3; i++) {
    const token = tokens[i];
    if (!token || (i > from && !adjacent(text, tokens[i - 1], token))) break;
    const value = vocab.numberWords.get(token.text) ?? (/^\d$/.test(token.text) ? Number(token.text) : undefined);
    if (value === undefined || value > 9) break;
    digits += String(value);
    last = i;
  }
  return digits ? { fraction: Number(`0.${digits}`), lastToken: last } : null;
}

/** Pieces of a number written as one word ("vier|und|achtzig"), when every piece is a number word. */
function compoundPieces(word: string, vocab: NumberVocabulary): string[] | null {
  if (!vocab.compoundNumberWords || word.length < 6 || vocab.numberWords.has(word)) return null;
  const known = (piece: string): boolean =>
    vocab.numberWords.has(piece) || vocab.hundredWords.has(piece) || vocab.thousandWords.has(piece) || vocab.numberJoiners.has(piece);
  const split = (from: number): string[] | null => {
    if (from === word.length) return [];
    for (let end = word.length; end > from; end--) {
      const piece = word.slice(from, end);
      if (!known(piece)) continue;
      const rest = split(end);
      if (rest) return [piece, ...rest];
    }
    return null;
  };
  const pieces = split(0);
  return pieces && pieces.filter((p) => !vocab.numberJoiners.has(p)).length >= 2 ? pieces : null;
}

/** The value of a number written as one word: hundreds and thousands multiply what precedes them. */
function compoundValue(word: string, vocab: NumberVocabulary): number | undefined {
  const pieces = compoundPieces(word, vocab);
  if (!pieces) return undefined;
  let total = 0;
  let current = 0;
  for (const piece of pieces) {
    if (vocab.hundredWords.has(piece)) current = (current || 1) * 100;
    else if (vocab.thousandWords.has(piece)) {
      total += (current || 1) * 1000;
      current = 0;
    } else current += vocab.numberWords.get(piece) ?? 0;
  }
  return total + current;
}

function isNumberWord(token: Token | undefined, vocab: NumberVocabulary): boolean {
  return !!token && (vocab.numberWords.has(token.text) || vocab.hundredWords.has(token.text) || compoundValue(token.text, vocab) !== undefined);
}

/** The single digit word right after the token at `at` ("five" in "one oh five", "four" in "one eight four"), if adjacent. */
function singleDigitAfter(tokens: readonly Token[], at: number, text: string, vocab: NumberVocabulary): number | null {
  const next = tokens[at + 1];
  const current = tokens[at];
  if (!next || !current || !adjacent(text, current, next)) return null;
  const value = vocab.numberWords.get(next.text);
  return value !== undefined && value > 0 && value < 10 ? value : null;
}

/** Whole degrees a body temperature is said in before its tenth ("thirty-seven four", "trinta e sete e dois"). */
const SPOKEN_TEMPERATURE_DEGREES = { min: 35, max: 42 } as const;

/** "one eight four": a hundreds digit of a reading (1 or 2), then two single digits. */
function isDigitByDigitReading(whole: number, last: string, digit: number): boolean {
  return last === "unit" && (whole === 1 || whole === 2) && digit > 0 && digit < 10;
}

/** "thirty-seven four": a compound number in the body-temperature range, then one last single digit. */
function isSpokenTemperatureDecimal(whole: number, last: string, digit: number, following: Token | undefined, vocab: NumberVocabulary): boolean {
  return last === "unit" && whole >= SPOKEN_TEMPERATURE_DEGREES.min && whole <= SPOKEN_TEMPERATURE_DEGREES.max && whole % 10 !== 0 &&
    digit < 10 && !isNumberWord(following, vocab);
}

/** Greedy parse of a spelled-out number starting at tokens[start]. */
function parseWords(tokens: readonly Token[], start: number, text: string, vocab: NumberVocabulary): WordParse | null {
  let total = 0;
  let current = 0;
  let last: "unit" | "teen" | "tens" | "hundred" | null = null;
  let lastToken = -1;
  for (let i = start; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || (i > start && !adjacent(text, tokens[i - 1], token))) break;
    const word = token.text;
    const value = vocab.numberWords.get(word);
    const compound = value === undefined ? compoundValue(word, vocab) : undefined;
    if (compound !== undefined) {
      // a whole number in one word: only decimals may follow it
      if (lastToken >= 0) break;
      current = compound;
      last = "teen";
      lastToken = i;
    } else if (value !== undefined && vocab.multiplyingTens.has(word) && last === "unit" && current % 100 > 0 && current % 100 < 10) {
      current += (current % 100) * (value - 1); // "quatre-vingt"
      last = "tens";
      lastToken = i;
    } else if (value !== undefined && value >= 10 && value < 20 && last === "tens" && vocab.tensTakingTeens.has(current % 100)) {
      current += value; // "soixante-dix", "quatre-vingt-douze"
      last = "teen";
      lastToken = i;
    } else if (value !== undefined && value > 0 && value < 10 && last === "teen" && vocab.tenTakesUnits && current % 10 === 0) {
      current += value; // "dix-sept", "soixante-dix-huit"
      last = "unit";
      lastToken = i;
    } else if (value === 0 && last === "unit" && current > 0 && current < 10 && singleDigitAfter(tokens, i, text, vocab) !== null) {
      // "one oh five" (105), as readings are said digit by digit
      current = current * 100 + (singleDigitAfter(tokens, i, text, vocab) as number);
      last = "teen";
      lastToken = i + 1;
      i++;
    } else if (value !== undefined && !(word === "a" || word === "an")) {
      if (value >= 100) {
        if (last === "tens" || last === "unit" || last === "teen") break;
        current += value;
        last = "hundred";
      } else if (value >= 20 && value % 10 === 0) {
        // "eighty six eighty seven": a second reading, not 166
        if (last === "tens" || last === "teen" || (last === "unit" && current % 100 >= 10)) break;
        // "one eighty" (180) as said for readings
        current = last === "unit" && current > 0 && current < 10 ? current * 100 + value : current + value;
        last = "tens";
      } else {
        if (last === "unit" || last === "teen") {
          // "one ten" (110); "thirty-seven four" (37.4), as a temperature is said; anything else is two separate numbers
          if (current > 0 && current < 10 && value >= 10) current = current * 100 + value;
          else if (isDigitByDigitReading(total + current, last, value) && singleDigitAfter(tokens, i, text, vocab) !== null) {
            // "one eight four" (184), a reading said digit by digit
            current = current * 100 + value * 10 + (singleDigitAfter(tokens, i, text, vocab) as number);
            last = "teen";
            lastToken = i + 1;
            i++;
          } else if (isSpokenTemperatureDecimal(total + current, last, value, tokens[i + 1], vocab)) {
            current += value / 10;
            lastToken = i;
            break;
          } else break;
        } else if (last === "tens" && value >= 10) {
          break;
        } else {
          current += value;
        }
        last = value < 10 ? "unit" : "teen";
      }
      lastToken = i;
    } else if (vocab.hundredWords.has(word)) {
      current = (current || 1) * 100;
      last = "hundred";
      lastToken = i;
    } else if (vocab.thousandWords.has(word) && lastToken >= 0) {
      total += (current || 1) * 1000;
      current = 0;
      last = "hundred";
      lastToken = i;
    } else if (vocab.numberJoiners.has(word) && isNumberWord(tokens[i + 1], vocab) && (lastToken >= 0 || vocab.hundredWords.has(tokens[i + 1]?.text ?? ""))) {
      continue; // "a hundred and one", "noventa y seis"
    } else if (vocab.decimalWords.has(word) && lastToken >= 0) {
      const decimals = readDecimals(tokens, i + 1, text, vocab);
      if (!decimals) break;
      current += decimals.fraction;
      lastToken = decimals.lastToken;
      break;
    } else {
      break;
    }
  }
  return lastToken >= 0 ? { value: total + current, lastToken } : null;
}

function startsWithDigit(token: Token): boolean {
  const code = token.text.charCodeAt(0);
  return code >= 48 && code <= 57;
}

export function findNumbers(folded: string, allTokens: readonly Token[], vocab: NumberVocabulary): NumberMention[] {
  const mentions = /\d/.test(folded) ? digitMentions(folded) : [];
  if (!allTokens.some((t) => isNumberWord(t, vocab))) return mentions;
  const tokens = allTokens.filter((t) => !startsWithDigit(t));
  const digits = mentions.length;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) break;
    if (!isNumberWord(token, vocab) && !(token.text === "a" && vocab.hundredWords.has(tokens[i + 1]?.text ?? ""))) continue;
    const parsed = parseWords(tokens, i, folded, vocab);
    const lastToken = parsed ? tokens[parsed.lastToken] : undefined;
    if (!parsed || !lastToken) continue;
    mentions.push({ value: parsed.value, start: token.start, end: lastToken.end });
    i = parsed.lastToken;
  }
  return digits > 0 && mentions.length > digits ? mentions.sort((a, b) => a.start - b.start) : mentions;
}
