// Keyword retrieval over knowledge-base documents: passages (paragraphs, long ones split into
// sentence groups), terms (lower case, accents folded, English + Spanish stopwords removed, light
// stemming), scored by the idf-weighted share of the question's terms a passage contains.
// No embeddings and no LLM: the agent answers with the best passage verbatim, or deflects.

export const DEFLECTION_EN =
  "I'm sorry, I don't have that information in the materials your doctor provided. Please ask your doctor or care team about it.";
export const DEFLECTION_ES =
  "Lo siento, no tengo esa información en los materiales que le proporcionó su médico. Por favor, pregunte a su médico o a su equipo de atención.";

const STOPWORDS = new Set(
  (
    // English
    "a about above after again against all am an and any are aren't as at be because been before being below between both but by " +
    "can can't cannot could couldn't did didn't do does doesn't doing don't down during each few for from further had hadn't has " +
    "hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm i've if in " +
    "into is isn't it it's its itself let's me more most mustn't my myself no nor not of off on once only or other ought our ours " +
    "ourselves out over own same shan't she she'd she'll she's should shouldn't so some such than that that's the their theirs " +
    "them themselves then there there's these they they'd they'll they're they've this those through to too under until up very " +
    "was wasn't we we'd we'll we're we've were weren't what what's when when's where where's which while who who's whom why why's " +
    "with won't would wouldn't you you'd you'll you're you've your yours yourself yourselves also just will shall may might must " +
    "tell please know want need get got thing things really much many okay ok hi hello thanks thank yes " +
    "take takes took taken taking make makes made go goes going went " +
    // Spanish
    "el la los las un una unos unas lo al del de y o u e ni que en por para con sin sobre entre hasta desde hacia contra segun " +
    "mi mis tu tus su sus nuestro nuestra nuestros nuestras vuestro vuestra yo tú tu él ella ellos ellas nosotros nosotras usted " +
    "ustedes me te se nos os le les es son era eran ser fue fueron estar esta este esto estos estas ese esa eso esos esas aquel " +
    "aquella está están estoy estás hay ha han he has había como cuando donde cual cuales quien quienes cuanto muy mas más pero " +
    "si sí no ya también tambien porque qué que cómo cuándo dónde cuál puedo puede pueden debo debe deben tengo tiene tienen " +
    "hola gracias favor por"
  )
    .split(/\s+/)
    .map(fold),
);

export function fold(s: string): string {
  return s
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
}

/** Light suffix stripping that works tolerably for English and Spanish. */
export function stem(w: string): string {
  let s = w;
  if (s.length <= 3) return s;
  // Spanish infinitive + clitic pronoun: "ducharme", "tomarlo" -> "duchar", "tomar"
  s = s.replace(/(ar|er|ir)(me|te|se|nos|los|las|les|lo|la|le)$/, "$1");
  const rules: [RegExp, string][] = [
    [/(aciones|iciones|uciones)$/, ""],
    [/(acion|icion|ucion)$/, ""],
    [/(amientos|imientos|amiento|imiento)$/, ""],
    [/mente$/, ""],
    [/(ational|ation|ations)$/, ""],
    [/(iveness|fulness|ousness)$/, ""],
    [/(ness|ment|ments)$/, ""],
    [/ies$/, "y"],
    [/(ing|ings)$/, ""],
    [/(edly|ed)$/, ""],
    [/ly$/, ""],
    [/(idades|idad)$/, ""],
    [/(ables|ibles|able|ible)$/, ""],
    [/(ores|or|er|ers)$/, ""],
    [/(ces)$/, "z"],
    [/(es|os|as|s)$/, ""],
    [/[aeo]$/, ""],
  ];
  for (const [re, rep] of rules) {
    const next = s.replace(re, rep);
    if (next !== s && next.length >= 3) {
      s = next;
      break;
    }
  }
  // second pass for plural + gender endings (e.g. "medicamentos" -> "medicament")
  if (s.length > 4) {
    const next = s.replace(/[aeo]$/, "");
    if (next.length >= 3) s = next;
  }
  return s;
}

export function terms(text: string): string[] {
  return fold(text)
    .split(/[^a-z0-9ñ']+/)
    .map((t) => t.replace(/^'+|'+$/g, ""))
    .filter((t) => t.length > 1 && !STOPWORDS.has(t))
    .map(stem);
}

export interface Passage {
  documentId: string;
  chunkId: string;
  index: number;
  text: string;
  terms: Set<string>;
}

export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ")
    .replace(/<\/(p|div|li|h[1-6]|tr|br)\s*>|<br\s*\/?>/gi, "\n\n")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/[ \t]+/g, " ");
}

const MAX_PASSAGE = 400;

/** Paragraphs; paragraphs longer than MAX_PASSAGE are split into groups of whole sentences. */
export function splitPassages(documentId: string, text: string): Passage[] {
  const paragraphs = text
    .split(/\n\s*\n|\r\n\s*\r\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  const pieces: string[] = [];
  for (const p of paragraphs) {
    if (p.length <= MAX_PASSAGE) {
      pieces.push(p);
      continue;
    }
    const sentences = p.match(/[^.!?]+[.!?]+["')\]]*|[^.!?]+$/g) ?? [p];
    let cur = "";
    for (const s of sentences.map((x) => x.trim()).filter(Boolean)) {
      if (cur && cur.length + 1 + s.length > MAX_PASSAGE) {
        pieces.push(cur);
        cur = s;
      } else cur = cur ? `${cur} ${s}` : s;
    }
    if (cur) pieces.push(cur);
  }
  return pieces.map((t, i) => ({ documentId, chunkId: `${documentId}_${i}`, index: i, text: t, terms: new Set(terms(t)) }));
}

export interface Retrieval {
  best: { passage: Passage; score: number } | null;
  /** Top candidates (score > 0), best first, at most 3. */
  candidates: { passage: Passage; score: number }[];
  answered: boolean;
}

export function retrieve(passages: Passage[], question: string, minScore: number): Retrieval {
  const q = [...new Set(terms(question))];
  if (q.length === 0 || passages.length === 0) return { best: null, candidates: [], answered: false };
  const n = passages.length;
  const idf = new Map<string, number>();
  for (const t of q) {
    const df = passages.filter((p) => p.terms.has(t)).length;
    idf.set(t, Math.log(1 + (n + 1) / (df + 0.5)));
  }
  const total = q.reduce((acc, t) => acc + (idf.get(t) ?? 0), 0);
  const scored = passages
    .map((p) => {
      const hit = q.reduce((acc, t) => acc + (p.terms.has(t) ? (idf.get(t) ?? 0) : 0), 0);
      return { passage: p, score: total > 0 ? hit / total : 0 };
    })
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.passage.text.length - b.passage.text.length);
  const best = scored[0] ?? null;
  return { best, candidates: scored.slice(0, 3), answered: !!best && best.score >= minScore };
}
