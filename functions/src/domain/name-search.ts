// Finding a patient by name without a search service: each name stores the prefixes a doctor
// may type (of every word, and of the whole name), normalized, so one array-contains query finds
// "Sam Lee" by "sam", "lee", "le" or "sam l". Case, accents and extra spaces do not matter.

/** Longer prefixes add little and cost index entries. */
const MAX_PREFIX = 24;

export function normalizeName(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s'-]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function prefixes(word: string): string[] {
  const out: string[] = [];
  for (let i = 1; i <= Math.min(word.length, MAX_PREFIX); i++) out.push(word.slice(0, i));
  return out;
}

export function nameSearchKeys(displayName: string): string[] {
  const name = normalizeName(displayName);
  if (!name) return [];
  const keys = new Set<string>(prefixes(name));
  // Words as written ("o'brien"), and each part of "Ortiz-Smith" or "O'Brien" as a word too.
  for (const word of [...name.split(" "), ...name.split(/[\s'-]+/)]) for (const p of prefixes(word)) keys.add(p);
  return [...keys];
}

/** The key a query looks up, or undefined when the query has nothing to search for. */
export function nameSearchKey(query: string): string | undefined {
  const key = normalizeName(query).slice(0, MAX_PREFIX);
  return key || undefined;
}
