// Knowledge base: /v1/convai/knowledge-base/...

import { apiError, jsonBody, missing, multipartBody, notFound, paginate, route, sendJson, validationError, boolParam } from "../http.ts";
import type { Ctx, Route } from "../http.ts";
import { ids, knowledgeBaseOf } from "../state.ts";
import type { Emulator, Json, KbDocument, RagIndex, RagOutcome } from "../state.ts";
import { htmlToText, splitPassages } from "../conversation/retrieval.ts";

export const ACCESS_INFO = { is_creator: true, creator_name: "Local Developer", creator_email: "dev@localhost", role: "admin" };
export const EMBEDDING_MODELS = ["e5_mistral_7b_instruct", "multilingual_e5_large_instruct"];
/** Documents under 500 bytes cannot be RAG-indexed; they are placed in the prompt instead. */
export const RAG_MIN_BYTES = 500;
/** The code the stand-in answers when the workspace's knowledge caps would be passed (the real code is undocumented). */
/** Enterprise RAG storage is "custom"; the overview still needs a number. */
const ENTERPRISE_RAG_REPORTED_MAX = 1024 ** 4;
export const KNOWLEDGE_LIMIT_CODE = "knowledge_base_size_limit_exceeded";

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function getDoc(ctx: Ctx): KbDocument {
  const doc = ctx.em.documents.get(ctx.params.documentation_id);
  if (!doc) throw notFound(ctx, "document", ctx.params.documentation_id);
  return doc;
}

function defaultName(text: string): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > 40 ? `${t.slice(0, 40)}...` : t || "Untitled document";
}

/**
 * Non-enterprise workspaces hold at most 20 MB or 300,000 characters of knowledge in total, whichever
 * comes first. A document that would pass either is refused, and nothing is stored.
 */
function checkKnowledgeCaps(ctx: Ctx, addBytes: number, addCharacters: number): void {
  const limits = ctx.em.limits();
  const used = ctx.em.knowledgeUsage();
  const over = (max: number | null, now: number, add: number) => max !== null && now + add > max;
  if (over(limits.knowledgeMaxCharacters, used.characters, addCharacters) || over(limits.knowledgeMaxBytes, used.bytes, addBytes)) {
    throw apiError(
      400,
      "validation_error",
      KNOWLEDGE_LIMIT_CODE,
      `This document (${addCharacters.toLocaleString("en-US")} characters, ${addBytes.toLocaleString("en-US")} bytes) would bring the workspace's knowledge base to ` +
        `${(used.characters + addCharacters).toLocaleString("en-US")} characters and ${(used.bytes + addBytes).toLocaleString("en-US")} bytes. ` +
        `The ${limits.plan} plan allows at most ${limits.knowledgeMaxCharacters?.toLocaleString("en-US")} characters or ${limits.knowledgeMaxBytes?.toLocaleString("en-US")} bytes; delete documents or upgrade to enterprise.`,
      ctx.requestId,
    );
  }
}

function addDoc(ctx: Ctx, d: Omit<KbDocument, "id" | "createdAt" | "updatedAt" | "ragIndexes" | "characters">): KbDocument {
  const em = ctx.em;
  const characters = Array.from(d.text).length;
  checkKnowledgeCaps(ctx, d.sizeBytes, characters);
  const now = em.nowSecs();
  const doc: KbDocument = { ...d, characters, id: ids.document(), createdAt: now, updatedAt: now, ragIndexes: [] };
  em.documents.set(doc.id, doc);
  return doc;
}

function createdBody(doc: KbDocument) {
  return { id: doc.id, name: doc.name, folder_path: [] };
}

function optString(body: Json, key: string): string | undefined {
  const v = body[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "string") throw validationError([{ loc: ["body", key], msg: "str type expected", type: "type_error.str" }]);
  return v;
}

async function createText(ctx: Ctx) {
  const body = await jsonBody(ctx);
  if (typeof body.text !== "string") throw validationError([body.text === undefined ? missing("text") : { loc: ["body", "text"], msg: "str type expected", type: "type_error.str" }]);
  const text = body.text;
  const doc = addDoc(ctx, {
    name: optString(body, "name") ?? defaultName(text),
    type: "text",
    text,
    html: escapeHtml(text),
    parentFolderId: optString(body, "parent_folder_id"),
    sizeBytes: Buffer.byteLength(text),
  });
  sendJson(ctx, 200, createdBody(doc));
}

async function createUrl(ctx: Ctx) {
  const body = await jsonBody(ctx);
  if (typeof body.url !== "string") throw validationError([missing("url")]);
  // No network access: the page is not scraped. The document is empty.
  const doc = addDoc(ctx, {
    name: optString(body, "name") ?? body.url,
    type: "url",
    url: body.url,
    text: "",
    html: "",
    parentFolderId: optString(body, "parent_folder_id"),
    sizeBytes: 0,
  });
  sendJson(ctx, 200, createdBody(doc));
}

async function createFile(ctx: Ctx) {
  const parts = await multipartBody(ctx);
  const file = parts.find((p) => p.name === "file");
  if (!file) throw validationError([missing("file")]);
  const nameField = parts.find((p) => p.name === "name")?.data.toString("utf8");
  const folder = parts.find((p) => p.name === "parent_folder_id")?.data.toString("utf8");
  const filename = file.filename || "blob";
  const lower = filename.toLowerCase();
  const ct = (file.contentType ?? "").toLowerCase();
  let text = "";
  let html = "";
  if (/\.html?$/.test(lower) || ct.includes("html")) {
    html = file.data.toString("utf8");
    text = htmlToText(html);
  } else if (/\.(pdf|docx|epub)$/.test(lower) || /pdf|officedocument|epub/.test(ct)) {
    // Binary formats are not parsed by the stand-in: the document has no text.
    text = "";
    html = "";
  } else {
    text = file.data.toString("utf8");
    html = escapeHtml(text);
  }
  const doc = addDoc(ctx, {
    name: nameField || filename,
    type: "file",
    filename,
    text,
    html,
    parentFolderId: folder || undefined,
    sizeBytes: file.data.length,
  });
  sendJson(ctx, 200, createdBody(doc));
}

function metadata(doc: KbDocument) {
  return { created_at_unix_secs: doc.createdAt, last_updated_at_unix_secs: doc.updatedAt, size_bytes: doc.sizeBytes };
}

export function documentBody(doc: KbDocument): Json {
  const base: Json = {
    id: doc.id,
    name: doc.name,
    type: doc.type,
    metadata: metadata(doc),
    supported_usages: ["prompt", "auto"],
    access_info: ACCESS_INFO,
    folder_parent_id: doc.parentFolderId ?? null,
    folder_path: [],
    extracted_inner_html: doc.html,
  };
  if (doc.type === "file") base.filename = doc.filename ?? "blob";
  if (doc.type === "url") base.url = doc.url ?? "";
  return base;
}

function dependentAgentItems(em: Emulator, docId: string) {
  return em.dependentAgents(docId).map((a) => ({
    type: "available",
    id: a.agent_id,
    name: a.name,
    created_at_unix_secs: a.created_at_unix_secs,
    access_level: "admin",
  }));
}

function summaryBody(em: Emulator, doc: KbDocument): Json {
  const s: Json = {
    id: doc.id,
    name: doc.name,
    type: doc.type,
    metadata: metadata(doc),
    supported_usages: ["prompt", "auto"],
    access_info: ACCESS_INFO,
    folder_parent_id: doc.parentFolderId ?? null,
    folder_path: [],
    dependent_agents: dependentAgentItems(em, doc.id),
  };
  if (doc.type === "url") s.url = doc.url ?? "";
  return s;
}

function listDocs(ctx: Ctx) {
  const search = ctx.query.get("search");
  const types = ctx.query.getAll("types");
  let docs = [...ctx.em.documents.values()].sort((a, b) => b.createdAt - a.createdAt);
  // "returns only such knowledge base documents whose names start with this string": a prefix, not a substring.
  if (search) docs = docs.filter((d) => d.name.startsWith(search));
  if (types.length) docs = docs.filter((d) => types.includes(d.type));
  const { page, hasMore, nextCursor } = paginate(docs, ctx, 30, 100);
  sendJson(ctx, 200, { documents: page.map((d) => summaryBody(ctx.em, d)), has_more: hasMore, next_cursor: nextCursor });
}

function getDocument(ctx: Ctx) {
  sendJson(ctx, 200, documentBody(getDoc(ctx)));
}

function getContent(ctx: Ctx) {
  const doc = getDoc(ctx);
  const body = Buffer.from(doc.html || escapeHtml(doc.text));
  ctx.res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": body.length });
  ctx.res.end(body);
}

function getChunk(ctx: Ctx) {
  const doc = getDoc(ctx);
  const chunk = splitPassages(doc.id, doc.text).find((p) => p.chunkId === ctx.params.chunk_id);
  if (!chunk) throw notFound(ctx, "chunk", ctx.params.chunk_id);
  sendJson(ctx, 200, { id: chunk.chunkId, name: doc.name, content: chunk.text });
}

function deleteDocument(ctx: Ctx) {
  const doc = getDoc(ctx);
  const force = boolParam(ctx.query.get("force")) ?? false;
  const dependents = ctx.em.dependentAgents(doc.id);
  if (dependents.length && !force) {
    throw apiError(
      400,
      "invalid_request",
      "document_has_dependent_agents",
      `Document ${doc.id} is used by agents: ${dependents.map((a) => a.agent_id).join(", ")}. Remove it from these agents first, or delete with force=true.`,
      ctx.requestId,
      "force",
    );
  }
  for (const a of dependents) {
    const prompt = ((a.conversation_config.agent as Json).prompt ?? {}) as Json;
    prompt.knowledge_base = knowledgeBaseOf(a).filter((k) => k.id !== doc.id);
    a.updated_at_unix_secs = ctx.em.nowSecs();
  }
  ctx.em.documents.delete(doc.id);
  sendJson(ctx, 200, {});
}

export function ragIndexBody(em: Emulator, idx: RagIndex): Json {
  const status = em.ragStatus(idx);
  const delay = em.opts.ragIndexDelayMs;
  const elapsed = em.now() - idx.createdAtMs;
  const progress = status === "created" ? 0 : status === "processing" ? Math.min(99, Math.floor((elapsed / delay) * 100)) : status === "succeeded" || status === "failed" ? 100 : 0;
  return {
    id: idx.id,
    model: idx.model,
    status,
    progress_percentage: progress,
    document_model_index_usage: { used_bytes: status === "succeeded" ? idx.usedBytes : 0 },
  };
}

/**
 * Get-or-create, as ElevenLabs does. A new index takes `ragIndexDelayMs` (created, then processing) and
 * then succeeds, unless the document is under 500 bytes (`document_too_small`), the workspace would pass
 * its plan's RAG cap (`rag_limit_exceeded`), or a `rag_index_failed` fault is armed (`failed`).
 */
export function getOrCreateIndex(em: Emulator, doc: KbDocument, model: string): RagIndex {
  let idx = doc.ragIndexes.find((i) => i.model === model);
  if (!idx) {
    const cap = em.limits().ragIndexMaxBytes;
    let outcome: RagOutcome = "succeeded";
    if (doc.sizeBytes < RAG_MIN_BYTES) outcome = "document_too_small";
    else if (cap !== null && em.ragIndexedBytes() + doc.sizeBytes > cap) outcome = "rag_limit_exceeded";
    else if (em.faults.take("kb.rag_compute", "POST", `/v1/convai/knowledge-base/${doc.id}/rag-index`, ["rag_index_failed"])) outcome = "failed";
    idx = { id: ids.ragIndex(), model, createdAtMs: em.now(), usedBytes: outcome === "succeeded" ? doc.sizeBytes : 0, outcome };
    doc.ragIndexes.push(idx);
  }
  return idx;
}

/** Whether a conversation may retrieve from this document: its index for `model` has succeeded. */
export function ragReady(em: Emulator, doc: KbDocument, model: string): boolean {
  const idx = doc.ragIndexes.find((i) => i.model === model);
  return !!idx && em.ragStatus(idx) === "succeeded";
}

function checkModel(model: unknown, loc: (string | number)[]) {
  if (model === undefined) throw validationError([{ loc, msg: "field required", type: "value_error.missing" }]);
  if (typeof model !== "string" || !EMBEDDING_MODELS.includes(model)) {
    throw validationError([{ loc, msg: `value is not a valid enumeration member; permitted: ${EMBEDDING_MODELS.map((m) => `'${m}'`).join(", ")}`, type: "type_error.enum" }]);
  }
}

async function computeRagIndex(ctx: Ctx) {
  const doc = getDoc(ctx);
  const body = await jsonBody(ctx);
  checkModel(body.model, ["body", "model"]);
  sendJson(ctx, 200, ragIndexBody(ctx.em, getOrCreateIndex(ctx.em, doc, body.model as string)));
}

function listRagIndexes(ctx: Ctx) {
  const doc = getDoc(ctx);
  sendJson(ctx, 200, { indexes: doc.ragIndexes.map((i) => ragIndexBody(ctx.em, i)) });
}

function deleteRagIndex(ctx: Ctx) {
  const doc = getDoc(ctx);
  const idx = doc.ragIndexes.find((i) => i.id === ctx.params.rag_index_id);
  if (!idx) throw notFound(ctx, "rag_index", ctx.params.rag_index_id);
  doc.ragIndexes = doc.ragIndexes.filter((i) => i !== idx);
  sendJson(ctx, 200, ragIndexBody(ctx.em, idx));
}

function ragOverview(ctx: Ctx) {
  const byModel = new Map<string, number>();
  for (const d of ctx.em.documents.values()) {
    for (const i of d.ragIndexes) if (i.outcome === "succeeded") byModel.set(i.model, (byModel.get(i.model) ?? 0) + i.usedBytes);
  }
  const models = [...byModel].map(([model, used_bytes]) => ({ model, used_bytes }));
  sendJson(ctx, 200, { total_used_bytes: models.reduce((a, m) => a + m.used_bytes, 0), total_max_bytes: ctx.em.limits().ragIndexMaxBytes ?? ENTERPRISE_RAG_REPORTED_MAX, models });
}

async function batchRagIndexes(ctx: Ctx) {
  const body = await jsonBody(ctx);
  if (!Array.isArray(body.items)) throw validationError([missing("items")]);
  const out: Json = {};
  body.items.forEach((raw: unknown, i: number) => {
    const item = (raw ?? {}) as Json;
    checkModel(item.model, ["body", "items", i, "model"]);
    const docId = String(item.document_id ?? "");
    const doc = ctx.em.documents.get(docId);
    if (!doc) {
      out[docId] = { status: "failure", error_code: 404, error_status: "document_not_found", error_message: `Document ${docId} was not found.` };
      return;
    }
    const existing = doc.ragIndexes.find((x) => x.model === item.model);
    if (!existing && !item.create_if_missing) {
      out[docId] = { status: "failure", error_code: 404, error_status: "rag_index_not_found", error_message: `No ${String(item.model)} index for ${docId}.` };
      return;
    }
    out[docId] = { status: "success", data: ragIndexBody(ctx.em, existing ?? getOrCreateIndex(ctx.em, doc, item.model as string)) };
  });
  sendJson(ctx, 200, out);
}

function dependentAgents(ctx: Ctx) {
  const doc = getDoc(ctx);
  const { page, hasMore, nextCursor } = paginate(dependentAgentItems(ctx.em, doc.id), ctx, 30, 100);
  sendJson(ctx, 200, { agents: page, has_more: hasMore, next_cursor: nextCursor });
}

const KB = "/v1/convai/knowledge-base";

export const knowledgeBaseRoutes: Route[] = [
  route("kb.rag_overview", "GET", `${KB}/rag-index`, ragOverview),
  route("kb.rag_batch", "POST", `${KB}/rag-index`, batchRagIndexes),
  route("kb.create_text", "POST", `${KB}/text`, createText),
  route("kb.create_url", "POST", `${KB}/url`, createUrl),
  route("kb.create_file", "POST", `${KB}/file`, createFile),
  route("kb.list", "GET", KB, listDocs),
  route("kb.get", "GET", `${KB}/:documentation_id`, getDocument),
  route("kb.delete", "DELETE", `${KB}/:documentation_id`, deleteDocument),
  route("kb.content", "GET", `${KB}/:documentation_id/content`, getContent),
  route("kb.chunk", "GET", `${KB}/:documentation_id/chunk/:chunk_id`, getChunk),
  route("kb.rag_compute", "POST", `${KB}/:documentation_id/rag-index`, computeRagIndex),
  route("kb.rag_list", "GET", `${KB}/:documentation_id/rag-index`, listRagIndexes),
  route("kb.rag_delete", "DELETE", `${KB}/:documentation_id/rag-index/:rag_index_id`, deleteRagIndex),
  route("kb.dependent_agents", "GET", `${KB}/:documentation_id/dependent-agents`, dependentAgents),
];
