// Small HTTP helpers: a route table, body readers, ElevenLabs-shaped errors.

import type { IncomingMessage, ServerResponse } from "node:http";
import type { Emulator } from "./state.ts";

export interface Ctx {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  params: Record<string, string>;
  query: URLSearchParams;
  requestId: string;
  route: string;
  em: Emulator;
  /** Set by handlers that deliberately end the connection without a response. */
  dropped?: boolean;
}

export type Handler = (ctx: Ctx) => Promise<void> | void;

export interface Route {
  name: string;
  method: string;
  pattern: string; // e.g. /v1/convai/agents/:agent_id
  regex: RegExp;
  keys: string[];
  handler: Handler;
  /** Control routes need no API key. */
  public?: boolean;
}

export function route(name: string, method: string, pattern: string, handler: Handler, isPublic = false): Route {
  const keys: string[] = [];
  const src = pattern
    .split("/")
    .map((seg) => {
      if (seg.startsWith(":")) {
        keys.push(seg.slice(1));
        return "([^/]+)";
      }
      return seg.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("/");
  return { name, method, pattern, regex: new RegExp(`^${src}/?$`), keys, handler, public: isPublic };
}

export function matchRoute(routes: Route[], method: string, path: string): { route: Route; params: Record<string, string> } | { methodNotAllowed: true } | undefined {
  let pathMatched = false;
  for (const r of routes) {
    const m = r.regex.exec(path);
    if (!m) continue;
    pathMatched = true;
    if (r.method !== method) continue;
    const params: Record<string, string> = {};
    r.keys.forEach((k, i) => (params[k] = decodeURIComponent(m[i + 1])));
    return { route: r, params };
  }
  return pathMatched ? { methodNotAllowed: true } : undefined;
}

export class HttpError extends Error {
  status: number;
  body: unknown;
  headers: Record<string, string>;
  constructor(status: number, body: unknown, headers: Record<string, string> = {}) {
    super(typeof body === "string" ? body : JSON.stringify(body));
    this.status = status;
    this.body = body;
    this.headers = headers;
  }
}

/** ElevenLabs' current error shape: {"detail":{type, code, message, status, request_id, param?}}. */
export function apiError(status: number, type: string, code: string, message: string, requestId: string, param?: string, headers: Record<string, string> = {}): HttpError {
  const detail: Record<string, unknown> = { type, code, message, status: code, request_id: requestId };
  if (param) detail.param = param;
  return new HttpError(status, { detail }, headers);
}

export function notFound(ctx: Ctx, thing: string, id: string): HttpError {
  return apiError(404, "not_found", `${thing}_not_found`, `${thing.replace(/_/g, " ")} with id ${id} was not found.`, ctx.requestId);
}

export interface ValidationItem {
  loc: (string | number)[];
  msg: string;
  type: string;
}

/** FastAPI validation error: 422 {"detail":[{loc, msg, type}]} */
export function validationError(items: ValidationItem[]): HttpError {
  return new HttpError(422, { detail: items });
}

export function missing(field: string, where = "body"): ValidationItem {
  return { loc: [where, field], msg: "field required", type: "value_error.missing" };
}

export function sendJson(ctx: Ctx, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  ctx.res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
  ctx.res.end(text);
}

export function sendBytes(ctx: Ctx, status: number, bytes: Buffer, contentType: string, headers: Record<string, string> = {}): void {
  ctx.res.writeHead(status, { "content-type": contentType, "content-length": bytes.length, ...headers });
  ctx.res.end(bytes);
}

export async function readRaw(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

const bodyCache = new WeakMap<IncomingMessage, Buffer>();

export async function rawBody(ctx: Ctx): Promise<Buffer> {
  let b = bodyCache.get(ctx.req);
  if (!b) {
    b = await readRaw(ctx.req);
    bodyCache.set(ctx.req, b);
  }
  return b;
}

/** Reads a JSON object body; answers FastAPI-style 422 for invalid JSON or a non-object. */
export async function jsonBody(ctx: Ctx): Promise<Record<string, unknown>> {
  const raw = await rawBody(ctx);
  if (raw.length === 0) throw validationError([{ loc: ["body"], msg: "field required", type: "value_error.missing" }]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString("utf8"));
  } catch (e) {
    throw validationError([{ loc: ["body", 0], msg: `Expecting value: ${(e as Error).message}`, type: "value_error.jsondecode" }]);
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw validationError([{ loc: ["body"], msg: "value is not a valid dict", type: "type_error.dict" }]);
  }
  return parsed as Record<string, unknown>;
}

export interface MultipartPart {
  name: string;
  filename?: string;
  contentType?: string;
  data: Buffer;
}

export async function multipartBody(ctx: Ctx): Promise<MultipartPart[]> {
  const ct = ctx.req.headers["content-type"] ?? "";
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(ct);
  if (!/^multipart\/form-data/i.test(ct) || !m) {
    throw validationError([{ loc: ["body"], msg: "expected multipart/form-data", type: "value_error" }]);
  }
  const boundary = Buffer.from(`--${m[1] ?? m[2]}`);
  const raw = await rawBody(ctx);
  const parts: MultipartPart[] = [];
  let pos = raw.indexOf(boundary);
  while (pos >= 0) {
    const start = pos + boundary.length;
    if (raw.slice(start, start + 2).toString() === "--") break;
    const headerEnd = raw.indexOf("\r\n\r\n", start);
    if (headerEnd < 0) break;
    const headerText = raw.slice(start, headerEnd).toString("utf8");
    const next = raw.indexOf(boundary, headerEnd + 4);
    if (next < 0) break;
    const data = raw.slice(headerEnd + 4, next - 2); // strip the CRLF before the boundary
    const disp = /content-disposition:[^\r\n]*/i.exec(headerText)?.[0] ?? "";
    const name = /\bname="([^"]*)"/i.exec(disp)?.[1] ?? "";
    const filename = /\bfilename="([^"]*)"/i.exec(disp)?.[1];
    const contentType = /content-type:\s*([^\r\n]+)/i.exec(headerText)?.[1]?.trim();
    parts.push({ name, filename, contentType, data });
    pos = next;
  }
  return parts;
}

export function boolParam(v: string | null | undefined): boolean | undefined {
  if (v === null || v === undefined) return undefined;
  return v === "true" || v === "1" || v === "True";
}

export function intParam(ctx: Ctx, name: string, def: number, min: number, max: number): number {
  const v = ctx.query.get(name);
  if (v === null || v === "") return def;
  const n = Number(v);
  if (!Number.isInteger(n)) {
    throw validationError([{ loc: ["query", name], msg: "value is not a valid integer", type: "type_error.integer" }]);
  }
  if (n < min || n > max) {
    throw validationError([{ loc: ["query", name], msg: `ensure this value is between ${min} and ${max}`, type: "value_error.number.not_in_range" }]);
  }
  return n;
}

/** Cursor for list endpoints: an opaque base64 of the offset. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString("base64url");
}

export function decodeCursor(cursor: string | null): number {
  if (!cursor) return 0;
  const s = Buffer.from(cursor, "base64url").toString();
  const n = Number(s.startsWith("o:") ? s.slice(2) : NaN);
  return Number.isInteger(n) && n >= 0 ? n : 0;
}

export function paginate<T>(items: T[], ctx: Ctx, defSize: number, maxSize: number, sizeParam = "page_size", cursorParam = "cursor") {
  const size = intParam(ctx, sizeParam, defSize, 1, maxSize);
  const offset = decodeCursor(ctx.query.get(cursorParam));
  const page = items.slice(offset, offset + size);
  const hasMore = offset + size < items.length;
  return { page, hasMore, nextCursor: hasMore ? encodeCursor(offset + size) : null };
}
