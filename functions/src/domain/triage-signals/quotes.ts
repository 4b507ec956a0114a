// Finds the patient turn a quote came from. LLMs quote "verbatim" but drop fillers, fix
// punctuation and casing, or paraphrase a little, so matching is on normalized words.

export interface PatientTurn {
  readonly index: number;
  readonly text: string;
}

export interface QuoteMatch {
  readonly turnIndex: number;
  /** 1 when the normalized quote occurs in the turn; otherwise the share of the quote's words found in it. */
  readonly score: number;
}

/** Lower case, no accents, letters and digits only, single spaces. */
export function normalizeForMatch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function words(normalized: string): string[] {
  return normalized.split(" ").filter((w) => w.length > 1);
}

/** The best-matching patient turn, or undefined when no turn shares a word with the quote. */
export function matchQuote(quote: string, turns: readonly PatientTurn[]): QuoteMatch | undefined {
  const q = normalizeForMatch(quote);
  if (!q) return undefined;
  const quoteWords = words(q);
  let best: QuoteMatch | undefined;
  for (const turn of turns) {
    const t = normalizeForMatch(turn.text);
    let score: number;
    if (` ${t} `.includes(` ${q} `)) score = 1;
    else {
      const turnWords = new Set(words(t));
      const found = quoteWords.filter((w) => turnWords.has(w)).length;
      score = quoteWords.length ? found / quoteWords.length : 0;
    }
    if (score > 0 && (!best || score > best.score)) best = { turnIndex: turn.index, score };
  }
  return best;
}
