// Dynamic variables: which {{names}} a conversation needs, which it has, and how they are filled in.
// ElevenLabs refuses to start a conversation whose first message, prompt or tools name a variable that
// was not supplied; system__ variables are provided by the platform itself.

import type { Json } from "../state.ts";

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}/g;

export function placeholders(text: unknown): string[] {
  if (typeof text !== "string") return [];
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

export function isSystemVariable(name: string): boolean {
  return name.startsWith("system__");
}

/** Variables a webhook tool needs: {{x}} in its URL and headers, and properties bound to a dynamic variable. */
export function toolVariables(tools: unknown): string[] {
  if (!Array.isArray(tools)) return [];
  const out: string[] = [];
  const fromSchema = (schema: unknown) => {
    if (!schema || typeof schema !== "object") return;
    const s = schema as Json;
    if (typeof s.dynamic_variable === "string" && s.dynamic_variable) out.push(s.dynamic_variable);
    const props = (s.properties ?? (s.type === undefined ? s : undefined)) as Json | undefined;
    if (props && typeof props === "object") for (const p of Object.values(props)) fromSchema(p);
    if (s.items) fromSchema(s.items);
  };
  for (const raw of tools) {
    const tool = (raw ?? {}) as Json;
    if (tool.type !== "webhook") continue;
    const api = (tool.api_schema ?? {}) as Json;
    out.push(...placeholders(api.url));
    for (const v of Object.values((api.request_headers ?? {}) as Json)) {
      if (typeof v === "string") out.push(...placeholders(v));
      else if (v && typeof v === "object" && typeof (v as Json).variable_name === "string") out.push((v as Json).variable_name as string);
    }
    fromSchema(api.request_body_schema);
    fromSchema(api.query_params_schema);
    for (const p of Object.values((api.path_params_schema ?? {}) as Json)) fromSchema(p);
  }
  return out;
}

/** The names in `needed` that neither `provided` nor the platform supply, sorted and unique. */
export function missingVariables(needed: string[], provided: Json): string[] {
  return [...new Set(needed.filter((n) => !isSystemVariable(n) && (provided[n] === undefined || provided[n] === null)))].sort();
}

/** ElevenLabs prints the missing names as a Python set: {'a', 'b'}. */
export function pythonSet(names: string[]): string {
  return `{${names.map((n) => `'${n}'`).join(", ")}}`;
}

export function substitute(text: string, vars: Json): string {
  return text.replace(PLACEHOLDER, (m, name: string) => (vars[name] !== undefined && vars[name] !== null ? String(vars[name]) : m));
}

/** Values must be scalars (string, number, boolean), as in ElevenLabs' DynamicVariablesConfig. */
export function scalarVariables(raw: unknown): Json {
  const out: Json = {};
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return out;
  for (const [k, v] of Object.entries(raw as Json)) if (["string", "number", "boolean"].includes(typeof v)) out[k] = v;
  return out;
}
