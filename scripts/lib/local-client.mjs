// A small client for the local stack, as the web app would use it: Auth emulator sign-in,
// callables over HTTP and the REST API with an ID token. Used by the seed and the demo.
import { urls, projectId } from "./stack-config.mjs";

/** An Auth emulator account call (`signInWithPassword` or `signUp`), as the web app's SDK makes it. */
async function accountRequest(action, email, password) {
  const response = await fetch(`${urls.auth}/identitytoolkit.googleapis.com/v1/accounts:${action}?key=local`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password, returnSecureToken: true }),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(`${action} failed for ${email}: ${body.error?.message ?? response.status}`);
  return { uid: body.localId, idToken: body.idToken };
}

export const signIn = (email, password) => accountRequest("signInWithPassword", email, password);
export const signUp = (email, password) => accountRequest("signUp", email, password);

export async function callFunction(name, idToken, data) {
  const response = await fetch(`${urls.functions}/${name}`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${idToken}` },
    body: JSON.stringify({ data }),
  });
  const body = await response.json();
  if (!response.ok || body.error) throw new Error(`${name} failed: ${body.error?.status ?? response.status} ${body.error?.message ?? ""}`);
  return body.result;
}

export async function rest(method, path, idToken, body) {
  const response = await fetch(`${urls.api}${path}`, {
    method,
    headers: { "content-type": "application/json", ...(idToken ? { authorization: `Bearer ${idToken}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const parsed = text ? JSON.parse(text) : undefined;
  if (!response.ok) throw new Error(`${method} /api${path} failed: ${response.status} ${parsed?.error?.message ?? text}`);
  return parsed;
}

/**
 * A narration is a job: POST /api/audio answers at once (202) with the job, then the record is
 * followed until it is finished (`draft`) or `failed`, as the web app does with a Firestore listener.
 */
export async function narrate(idToken, body, { timeoutMs = 180_000, onProgress } = {}) {
  const job = await rest("POST", "/audio", idToken, body);
  const deadline = Date.now() + timeoutMs;
  let last = "";
  for (;;) {
    const audio = await rest("GET", `/audio/${job.audio_id}`, idToken);
    const seen = `${audio.status} ${audio.progress.done}/${audio.progress.total}`;
    if (seen !== last) onProgress?.(audio);
    last = seen;
    if (audio.status === "draft" || audio.status === "approved") return audio;
    if (audio.status === "failed") throw new Error(`Narration ${job.audio_id} failed: ${audio.error?.message ?? "no reason given"}`);
    if (Date.now() > deadline) throw new Error(`Narration ${job.audio_id} did not finish within ${timeoutMs / 1000} s (last: ${seen}).`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export { projectId };
