// Our record id rides at the START of every ElevenLabs object name we create: ElevenLabs' list
// `search` matches names by prefix, so after a create that timed out, searching for the id finds
// the copy that did land instead of creating a second one. Agents also carry a `ref:<id>` tag.

const SEPARATOR = " | ";

/** `kn_1a2b | Knee replacement - faq`, `kn_1a2b-v2 | ...`, `Ab3dE | Knee guide`. */
export function referencedName(reference: string, name: string): string {
  return `${reference}${SEPARATOR}${name}`;
}

export const referenceTag = (reference: string) => `ref:${reference}`;

/** The version suffix of a replaced knowledge document (`kn_x-v2`) names the same record. */
const VERSION_SUFFIX = /-v\d+$/;

/**
 * Our record id from an object's tags or name. Names from before the id moved to the front
 * (`Knee - faq [kn_x]`) are still recognised, so the orphan sweeper keeps working on old copies.
 */
export function referenceOf(object: { name: string; tags?: string[] }): string | undefined {
  const tag = object.tags?.find((t) => t.startsWith("ref:"));
  if (tag) return tag.slice(4);
  const leading = /^([A-Za-z0-9_-]+) \| /.exec(object.name);
  if (leading) return leading[1]!.replace(VERSION_SUFFIX, "");
  const trailing = /\[([A-Za-z0-9_]+?)(?:-v\d+)?\]$/.exec(object.name);
  return trailing?.[1];
}
