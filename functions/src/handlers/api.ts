// The REST API (`api`, reached through the Hosting rewrite /api/**). Each route validates,
// authorizes and delegates to the same operation as its callable; errors have one JSON shape.
import { onRequest, type Request } from "firebase-functions/v2/https";
import type { Response } from "express";
import { appCheckEnforced, auditPseudonymKey, corsAllowedOrigins, elevenLabsApiKey, inviteCodePepper, mediaLinkKey, flagToolKey } from "../config";
import { AppError } from "../errors";
import { logs } from "../logs";
import { adminApp, adminAuth, authEmulated } from "../services/firebase";
import { loadAudio } from "../repositories/audio";
import { openObjectRead } from "../services/storage";
import { verifyAudioLink } from "./audio-links";
import { callerFromClaims, type Caller, type Operation } from "./auth";
import { alongsideCheck } from "./callable";
import { agentOperations } from "./agents";
import { dashboardOperations } from "./dashboard";
import { knowledgeOperations } from "./knowledge";
import { narrationOperations } from "./narration";
import { patientOperations } from "./patients";
import { sessionOperations } from "./sessions";
import { privacyOperations } from "./privacy";
import { patientDirectoryOperations } from "./patient-directory";
import { conversationOperations } from "./conversations";
import { voiceOperations } from "./voices";
import { agentPreviewOperations } from "./agent-preview";
import { knowledgeFileOperations } from "./knowledge-files";
import { patientHomeOperations } from "./patient-home";

interface Route {
  method: string;
  pattern: RegExp;
  /** Builds the operation's input from path parameters, query and body. */
  input: (params: string[], body: unknown, query: Record<string, unknown>) => unknown;
  operation: Operation;
  status?: number;
  /**
   * The ID token's revocation check (one Auth round trip) runs while the operation reads instead of
   * before it; nothing is answered before it passed, and the operation awaits `caller.beforeWrites()`
   * before any write. For operations that only read, or that gate their writes that way.
   */
  checkAlongside?: true;
}

const bodyOnly = (_p: string[], body: unknown) => body;
const bodyWith = (key: string) => (params: string[], body: unknown) =>
  body && typeof body === "object" && !Array.isArray(body) ? { ...body, [key]: params[0] } : body;
const idOnly = (key: string) => (params: string[]) => ({ [key]: params[0] });
const queryDoctor = (_p: string[], _b: unknown, query: Record<string, unknown>) => pick(query, ["doctor_id", "cursor", "page_size"]);
const pick = (query: Record<string, unknown>, keys: string[], extra: Record<string, unknown> = {}) => ({
  ...Object.fromEntries(keys.filter((k) => query[k] !== undefined).map((k) => [k, query[k]])),
  ...extra,
});

const ID = "([A-Za-z0-9_-]{1,128})";
const ROUTES: Route[] = [
  { method: "POST", pattern: /^\/knowledge$/, input: bodyOnly, operation: knowledgeOperations.uploadKnowledge, status: 201, checkAlongside: true },
  { method: "GET", pattern: /^\/knowledge$/, input: queryDoctor, operation: knowledgeOperations.listKnowledge, checkAlongside: true },
  { method: "GET", pattern: new RegExp(`^/knowledge/${ID}$`), input: idOnly("knowledge_id"), operation: knowledgeOperations.getKnowledge },
  { method: "PUT", pattern: new RegExp(`^/knowledge/${ID}$`), input: bodyWith("knowledge_id"), operation: knowledgeOperations.replaceKnowledge },
  { method: "DELETE", pattern: new RegExp(`^/knowledge/${ID}$`), input: idOnly("knowledge_id"), operation: knowledgeOperations.deleteKnowledge },
  { method: "POST", pattern: /^\/audio$/, input: bodyOnly, operation: narrationOperations.generateNarration, status: 202 },
  { method: "GET", pattern: /^\/audio$/, input: queryDoctor, operation: narrationOperations.listAudio },
  { method: "GET", pattern: new RegExp(`^/audio/${ID}$`), input: idOnly("audio_id"), operation: narrationOperations.getAudio },
  { method: "POST", pattern: new RegExp(`^/audio/${ID}/approve$`), input: idOnly("audio_id"), operation: narrationOperations.approveAudio },
  { method: "DELETE", pattern: new RegExp(`^/audio/${ID}$`), input: idOnly("audio_id"), operation: narrationOperations.deleteAudio },
  { method: "POST", pattern: /^\/agent$/, input: bodyOnly, operation: agentOperations.saveAgent },
  { method: "GET", pattern: /^\/agents?$/, input: queryDoctor, operation: agentOperations.listAgents, checkAlongside: true },
  { method: "GET", pattern: new RegExp(`^/agents?/${ID}$`), input: idOnly("agent_id"), operation: agentOperations.getAgent },
  { method: "DELETE", pattern: new RegExp(`^/agents?/${ID}$`), input: idOnly("agent_id"), operation: agentOperations.deleteAgent },
  { method: "POST", pattern: /^\/patients$/, input: bodyOnly, operation: patientOperations.createPatient, status: 201 },
  { method: "POST", pattern: /^\/patient\/session$/, input: bodyOnly, operation: sessionOperations.startSession, checkAlongside: true },
  { method: "POST", pattern: new RegExp(`^/patient/session/${ID}/end$`), input: idOnly("session_id"), operation: sessionOperations.endSession },
  { method: "GET", pattern: new RegExp(`^/patient/${ID}/summary$`), input: idOnly("patient_id"), operation: dashboardOperations.getPatientSummary },
  { method: "DELETE", pattern: new RegExp(`^/patient/${ID}$`), input: idOnly("patient_id"), operation: privacyOperations.erasePatient },
  { method: "GET", pattern: /^\/patient\/home$/, input: () => ({}), operation: patientHomeOperations.getPatientHome },
  { method: "GET", pattern: /^\/patients$/, input: (_p, _b, q) => pick(q, ["doctor_id", "query", "cursor", "page_size"]), operation: patientDirectoryOperations.listPatients },
  { method: "GET", pattern: new RegExp(`^/patients?/${ID}$`), input: idOnly("patient_id"), operation: patientDirectoryOperations.getPatient },
  { method: "PUT", pattern: new RegExp(`^/patients?/${ID}$`), input: bodyWith("patient_id"), operation: patientDirectoryOperations.updatePatient },
  { method: "POST", pattern: new RegExp(`^/patients?/${ID}/invite$`), input: bodyWith("patient_id"), operation: patientDirectoryOperations.reissueInvite },
  { method: "GET", pattern: new RegExp(`^/patients?/${ID}/sessions$`), input: (p, _b, q) => pick(q, ["cursor", "page_size"], { patient_id: p[0] }), operation: conversationOperations.listSessions },
  { method: "GET", pattern: new RegExp(`^/sessions/${ID}$`), input: idOnly("session_id"), operation: conversationOperations.getSession },
  { method: "GET", pattern: /^\/voices$/, input: (_p, _b, q) => pick(q, ["cursor", "page_size"]), operation: voiceOperations.listVoices },
  { method: "POST", pattern: new RegExp(`^/agents?/${ID}/preview$`), input: idOnly("agent_id"), operation: agentPreviewOperations.previewAgent },
  { method: "POST", pattern: /^\/knowledge\/files$/, input: bodyOnly, operation: knowledgeFileOperations.uploadKnowledgeFile, status: 201 },
  { method: "GET", pattern: /^\/dashboard$/, input: queryDoctor, operation: dashboardOperations.getDashboard, checkAlongside: true },
  { method: "GET", pattern: /^\/alerts$/, input: queryDoctor, operation: dashboardOperations.listAlerts },
  { method: "POST", pattern: new RegExp(`^/alerts/${ID}/acknowledge$`), input: idOnly("alert_id"), operation: dashboardOperations.acknowledgeAlert },
];

function sendError(res: Response, error: AppError) {
  res.status(error.httpStatus).json({
    error: { code: error.callableCode, message: error.message, ...(error.details ? { details: error.details } : {}) },
  });
}

/** The same App Check requirement as the callables (APP_CHECK_ENFORCED), from the X-Firebase-AppCheck header. */
async function requireAppCheck(req: Request): Promise<void> {
  if (!appCheckEnforced.value()) return;
  const token = req.get("x-firebase-appcheck");
  if (!token) throw new AppError("unauthenticated", "This app must send a valid App Check token (X-Firebase-AppCheck).");
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- deliberately lazy, like the other Admin SDK modules
    const { getAppCheck } = require("firebase-admin/app-check") as typeof import("firebase-admin/app-check");
    await getAppCheck(adminApp()).verifyToken(token);
  } catch {
    throw new AppError("unauthenticated", "The App Check token is invalid or expired.");
  }
}

const INVALID_TOKEN = "The ID token is invalid, expired or revoked; sign in again.";

function bearerToken(req: Request): string {
  const match = /^Bearer (.+)$/.exec(req.get("authorization") ?? "");
  if (!match) throw new AppError("unauthenticated", "Send a Firebase ID token: Authorization: Bearer <token>.");
  return match[1]!;
}

/** The caller, from an ID token that is valid and neither revoked nor of a disabled account. */
async function authenticate(req: Request): Promise<Caller> {
  const token = bearerToken(req);
  let decoded;
  try {
    decoded = await adminAuth().verifyIdToken(token, true);
  } catch {
    throw new AppError("unauthenticated", INVALID_TOKEN);
  }
  return callerFromClaims(decoded.uid, decoded);
}

/**
 * The caller from the token's signature and expiry, and the revocation check as a promise that
 * runs meanwhile (handlers/callable.ts alongsideCheck awaits it before anything is answered).
 */
async function authenticateAlongside(req: Request): Promise<{ caller: Caller; live: Promise<void> }> {
  const token = bearerToken(req);
  const checked = adminAuth().verifyIdToken(token, true);
  const live = checked.then(
    () => undefined,
    () => Promise.reject(new AppError("unauthenticated", INVALID_TOKEN)),
  );
  live.catch(() => undefined); // awaited by the caller on every path
  let decoded;
  try {
    // Against the Auth emulator the Admin SDK checks revocation on every verification (one round
    // trip each), so a second, plain verification would only repeat the first one's round trip.
    decoded = await (authEmulated() ? checked : adminAuth().verifyIdToken(token));
  } catch {
    throw new AppError("unauthenticated", INVALID_TOKEN);
  }
  return { caller: callerFromClaims(decoded.uid, decoded), live };
}

/** Only allowlisted browser origins get CORS headers; server-to-server calls send no Origin. */
export function corsHeaders(origin: string | undefined, allowlist: string): Record<string, string> | undefined {
  const allowed = allowlist.split(",").map((o) => o.trim()).filter(Boolean);
  if (!origin || !allowed.includes(origin)) return undefined;
  return {
    "Access-Control-Allow-Origin": origin,
    Vary: "Origin",
    "Access-Control-Allow-Headers": "authorization, content-type, x-firebase-appcheck",
    "Access-Control-Allow-Methods": "GET, POST, PUT, DELETE",
    "Access-Control-Max-Age": "3600",
  };
}

function applyCors(req: Request, res: Response): boolean {
  const headers = corsHeaders(req.get("origin"), corsAllowedOrigins.value());
  if (headers) res.set(headers);
  if (req.method === "OPTIONS") {
    res.status(headers ? 204 : 403).end();
    return true;
  }
  return false;
}

const AUDIO_CONTENT = new RegExp(`^/audio/${ID}/content$`);

/** Who may play an audio object: its doctor and admins, and that doctor's patients once approved. */
function mayPlay(caller: Caller, record: { doctor_id?: unknown; status?: unknown }): boolean {
  if (caller.role === "admin") return true;
  if (caller.role === "doctor") return record.doctor_id === caller.uid;
  return caller.role === "patient" && record.doctor_id === caller.doctorId && record.status === "approved";
}

/**
 * GET /api/audio/{id}/content: the MP3, streamed (Range requests supported), for a signed link
 * that has not expired, or for a caller with an ID token (and App Check) who may play it.
 */
async function serveAudio(req: Request, res: Response, audioId: string): Promise<void> {
  const signed = req.query.signature !== undefined || req.query.expires !== undefined;
  if (signed) {
    const check = verifyAudioLink(audioId, req.query.expires, req.query.signature);
    if (check === "expired") throw new AppError("forbidden", "This audio link has expired; ask for the audio again to get a new link.");
    if (check !== "valid") throw new AppError("forbidden", "This audio link is not valid.");
  } else {
    await requireAppCheck(req);
  }
  const record = await loadAudio(audioId);
  const finished = record && (record.status === "draft" || record.status === "approved");
  if (!signed) {
    const caller = await authenticate(req);
    if (!record || !mayPlay(caller, record)) throw new AppError(record ? "forbidden" : "notFound", record ? "You may not play this audio." : "No such audio.");
  }
  if (!finished) throw new AppError("notFound", "No such audio.");
  const range = /^bytes=(\d+)-(\d*)$/.exec(req.get("range") ?? "");
  const object = await openObjectRead(String(record.storage_path), range ? { start: Number(range[1]), end: range[2] ? Number(range[2]) : undefined } : undefined);
  if (!object) throw new AppError("notFound", "No such audio.");
  res.status(range ? 206 : 200).set({
    "Content-Type": object.contentType,
    "Content-Length": String(object.end - object.start + 1),
    "Accept-Ranges": "bytes",
    "Cache-Control": "private, no-store",
    ...(range ? { "Content-Range": `bytes ${object.start}-${object.end}/${object.totalBytes}` } : {}),
  });
  await new Promise<void>((resolve, reject) => {
    object.stream.once("error", reject).pipe(res).once("finish", resolve).once("error", reject);
  });
}

export async function handleApiRequest(req: Request, res: Response): Promise<void> {
  if (applyCors(req, res)) return;
  const path = req.path.replace(/^\/api(?=\/|$)/, "").replace(/\/+$/, "") || "/";
  const audio = req.method === "GET" ? AUDIO_CONTENT.exec(path) : null;
  if (audio) {
    try {
      await serveAudio(req, res, audio[1]!);
    } catch (error) {
      if (res.headersSent) {
        res.destroy(error instanceof Error ? error : undefined);
        return;
      }
      if (error instanceof AppError) {
        logs.requestRejected({ operation: "GET audio content", kind: error.kind });
        sendError(res, error);
        return;
      }
      logs.requestFailed({ operation: "GET audio content", errorName: error instanceof Error ? error.name : typeof error });
      res.status(500).json({ error: { code: "internal", message: "Something went wrong on our side; please try again." } });
    }
    return;
  }
  const candidates = ROUTES.filter((r) => r.pattern.test(path));
  const route = candidates.find((r) => r.method === req.method);
  const operationName = route ? `${route.method} ${route.pattern.source}` : `${req.method} ${path}`;
  try {
    if (!candidates.length) throw new AppError("notFound", `No route ${req.method} /api${path}.`);
    if (!route) throw Object.assign(new AppError("invalidInput", `Method ${req.method} is not allowed here.`), { methodNotAllowed: true });
    if (req.method !== "GET" && req.method !== "DELETE" && !req.is("application/json")) {
      throw new AppError("invalidInput", "Send a JSON body with Content-Type: application/json.");
    }
    await requireAppCheck(req);
    const params = route.pattern.exec(path)!.slice(1);
    const input = route.input(params, req.body, req.query as Record<string, unknown>);
    let result: unknown;
    if (route.checkAlongside) {
      const { caller, live } = await authenticateAlongside(req);
      result = await alongsideCheck(live, (beforeWrites) => route.operation({ ...caller, beforeWrites }, input));
    } else {
      result = await route.operation(await authenticate(req), input);
    }
    res.status(route.status ?? 200).json(result);
  } catch (error) {
    if (error instanceof AppError) {
      logs.requestRejected({ operation: operationName, kind: error.kind });
      if ((error as AppError & { methodNotAllowed?: boolean }).methodNotAllowed) {
        res.status(405).json({ error: { code: "method-not-allowed", message: error.message } });
        return;
      }
      sendError(res, error);
      return;
    }
    logs.requestFailed({ operation: operationName, errorName: error instanceof Error ? error.name : typeof error });
    console.error(error);
    res.status(500).json({ error: { code: "internal", message: "Something went wrong on our side; please try again." } });
  }
}

export const api = onRequest(
  { secrets: [elevenLabsApiKey, auditPseudonymKey, inviteCodePepper, mediaLinkKey, flagToolKey], timeoutSeconds: 540, memory: "512MiB" },
  handleApiRequest,
);
