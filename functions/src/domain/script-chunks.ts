// Splits a narration script into requests no longer than the model's per-request limit, at
// sentence boundaries, with the neighbouring text so ElevenLabs keeps the prosody continuous.

export interface ScriptChunk {
  index: number;
  text: string;
  previousText?: string;
  nextText?: string;
}

const CONTEXT_CHARS = 300;

function sentences(text: string): string[] {
  const parts = text.match(/[.!?。！？]*[^.!?。！？\n]*(?:[.!?。！？]+["'”’)\]]*|\n+|$)\s*/g) ?? [text];
  return parts.filter((part) => part.trim().length > 0);
}

/** Words as a last resort, for a "sentence" longer than the limit. */
function splitLongSentence(sentence: string, maxChars: number): string[] {
  const pieces: string[] = [];
  let current = "";
  for (const word of sentence.split(/(\s+)/)) {
    if ((current + word).length > maxChars && current.trim()) {
      pieces.push(current);
      current = "";
    }
    if (word.length <= maxChars) {
      current += word;
      continue;
    }
    for (let start = 0; start < word.length; start += maxChars) {
      if (current.trim()) pieces.push(current);
      current = word.slice(start, start + maxChars);
    }
  }
  if (current.trim()) pieces.push(current);
  return pieces;
}

export function splitScript(script: string, maxChars: number): ScriptChunk[] {
  const texts: string[] = [];
  let current = "";
  for (const sentence of sentences(script)) {
    const pieces = sentence.length > maxChars ? splitLongSentence(sentence, maxChars) : [sentence];
    for (const piece of pieces) {
      if ((current + piece).length > maxChars && current.trim()) {
        texts.push(current.trim());
        current = "";
      }
      current += piece;
    }
  }
  if (current.trim()) texts.push(current.trim());
  return texts.map((text, index) => ({
    index,
    text,
    previousText: index > 0 ? texts[index - 1]!.slice(-CONTEXT_CHARS) : undefined,
    nextText: index < texts.length - 1 ? texts[index + 1]!.slice(0, CONTEXT_CHARS) : undefined,
  }));
}
