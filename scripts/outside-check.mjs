// `npm run check:outside`: the acceptance checks of issues 17 and 18, run from outside against an
// already running `npm start`. Everything is found through .local/stack.json (or STACK_FILE): the
// public REST routes and callables with Auth emulator ID tokens, a headless Chromium driven by the
// accessible names the issues fix, and admin Firestore access only where the issue says "scan with
// admin access" (the full document scan) and "every stats document made unwritable".
// Prints one line per check with its figures, and exits 1 when any check fails.
import { spawn } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const stackFile = process.env.STACK_FILE ?? join(repoRoot, ".local", "stack.json");
if (!existsSync(stackFile)) {
  console.error(`No ${stackFile}: start the stack first (npm start) and wait for "Ready".`);
  process.exit(2);
}
const stack = JSON.parse(readFileSync(stackFile, "utf8"));
const only = process.argv.find((a) => a.startsWith("--only="))?.slice(7).split(",");
const shotDir = join(repoRoot, ".local", "outside-screenshots");

// ------------------------------------------------------------------ small clients
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const secondsSince = (t) => ((Date.now() - t) / 1000).toFixed(1);
/** Letters only (digits would be scrubbed as numbers), lower case (capitalised words are scrubbed as names). */
const token = (prefix = "") => prefix + Array.from(randomBytes(9), (b) => "bcdfghjklmnpqrstvwxz"[b % 20]).join("");

async function waitFor(what, probe, timeoutMs, everyMs = 1000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await sleep(everyMs);
  }
}

async function account(action, email, password) {
  const r = await fetch(`${stack.auth_emulator}/identitytoolkit.googleapis.com/v1/accounts:${action}?key=outside-check`, {
    method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password, returnSecureToken: true }),
  });
  const body = await r.json();
  if (!r.ok) throw new Error(`${action} ${email}: ${body.error?.message ?? r.status}`);
  return { uid: body.localId, token: body.idToken, email, password };
}
const signIn = (email, password) => account("signInWithPassword", email, password);
const signUp = (email, password) => account("signUp", email, password);

/** A callable over its HTTP protocol, as the Firebase JS SDK calls it: { ok, result } or { ok: false, code, message }. */
async function call(name, user, data = {}) {
  const r = await fetch(`${stack.functions_emulator}/${name}`, {
    method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${user.token}` }, body: JSON.stringify({ data }),
  });
  const text = await r.text();
  let body;
  try { body = JSON.parse(text); } catch { body = { error: { status: `HTTP ${r.status}`, message: text.slice(0, 200) } }; }
  if (body.error) return { ok: false, http: r.status, code: String(body.error.status).toLowerCase().replace(/_/g, "-"), message: body.error.message, raw: text };
  return { ok: true, http: r.status, result: body.result, raw: text };
}
async function mustCall(name, user, data) {
  const r = await call(name, user, data);
  if (!r.ok) throw new Error(`${name}: ${r.code} ${r.message}`);
  return r.result;
}
/** A REST route of the api function through the Hosting rewrite: { status, body, raw }. */
async function rest(method, path, user, body) {
  const r = await fetch(`${stack.api_base}${path}`, {
    method,
    headers: { "content-type": "application/json", ...(user ? { authorization: `Bearer ${user.token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const raw = await r.text();
  let parsed;
  try { parsed = raw ? JSON.parse(raw) : undefined; } catch { parsed = undefined; }
  return { status: r.status, body: parsed, raw };
}
async function mustRest(method, path, user, body) {
  const r = await rest(method, path, user, body);
  if (r.status >= 300) throw new Error(`${method} /api${path}: ${r.status} ${r.raw.slice(0, 200)}`);
  return r.body;
}

/** Firestore under the security rules, as the console's SDK reads it (REST with the user's ID token). */
async function rulesQuery(user, collection, field, value) {
  const r = await fetch(`${stack.firestore_emulator}/v1/projects/${stack.project_id}/databases/(default)/documents:runQuery`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${user.token}` },
    body: JSON.stringify({ structuredQuery: { from: [{ collectionId: collection }], where: { fieldFilter: { field: { fieldPath: field }, op: "EQUAL", value: { stringValue: value } } } } }),
  });
  return { status: r.status, raw: await r.text() };
}
async function rulesGet(user, path) {
  const r = await fetch(`${stack.firestore_emulator}/v1/projects/${stack.project_id}/databases/(default)/documents/${path}`, {
    headers: { authorization: `Bearer ${user.token}` },
  });
  return { status: r.status, raw: await r.text() };
}
async function rulesList(user, path) {
  const r = await fetch(`${stack.firestore_emulator}/v1/projects/${stack.project_id}/databases/(default)/documents/${path}?pageSize=300`, {
    headers: { authorization: `Bearer ${user.token}` },
  });
  return { status: r.status, raw: await r.text() };
}

// Admin Firestore (emulator), only for the full scan and for filling the stats documents.
let adminDb;
function admin() {
  if (adminDb) return adminDb;
  process.env.METADATA_SERVER_DETECTION ??= "none"; // no Google metadata server to look for
  process.env.FIRESTORE_EMULATOR_HOST = stack.firestore_emulator.replace(/^https?:\/\//, "");
  const require = createRequire(join(repoRoot, "functions", "package.json"));
  const { getApps, initializeApp } = require("firebase-admin/app");
  const { getFirestore } = require("firebase-admin/firestore");
  const app = getApps().find((a) => a.name === "outside-check") ?? initializeApp({ projectId: stack.project_id }, "outside-check");
  adminDb = getFirestore(app);
  return adminDb;
}

/** Every document of every collection and subcollection (missing parents included), whose path or data contains a word. */
async function scanFirestore(words) {
  const db = admin();
  const lower = words.map((w) => w.toLowerCase());
  const hits = [];
  let documents = 0;
  const visitCollection = async (collection) => {
    const refs = await collection.listDocuments(); // includes documents that only hold subcollections
    for (let i = 0; i < refs.length; i += 300) {
      const snaps = await db.getAll(...refs.slice(i, i + 300));
      for (const snap of snaps) {
        const text = `${snap.ref.path} ${snap.exists ? JSON.stringify(snap.data()) : ""}`.toLowerCase();
        if (snap.exists) documents++;
        const found = lower.filter((w) => text.includes(w));
        if (found.length) hits.push(`${snap.ref.path} (${found.join(", ")})`);
        for (const child of await snap.ref.listCollections()) await visitCollection(child);
      }
    }
  };
  const collections = await db.listCollections();
  for (const c of collections) await visitCollection(c);
  return { hits, documents, collections: collections.length };
}

/** Opens the signed URL as the web client does, says each message and waits for each reply, then hangs up. */
async function converse(signedUrl, messages) {
  const socket = new WebSocket(signedUrl);
  const replies = [];
  socket.addEventListener("message", (event) => {
    const data = JSON.parse(String(event.data));
    if (data.type === "ping") socket.send(JSON.stringify({ type: "pong", event_id: data.ping_event.event_id }));
    if (data.type === "agent_response") replies.push(data.agent_response_event?.agent_response ?? "");
  });
  await new Promise((resolve, reject) => { socket.addEventListener("open", resolve, { once: true }); socket.addEventListener("error", reject, { once: true }); });
  await waitFor("the agent's first message", async () => replies.length >= 1, 30_000, 100);
  for (const [i, text] of messages.entries()) {
    socket.send(JSON.stringify({ type: "user_message", text }));
    await waitFor("the agent's answer", async () => replies.length >= i + 2, 30_000, 100);
  }
  const closed = new Promise((resolve) => socket.addEventListener("close", resolve, { once: true }));
  socket.close(1000);
  await closed;
  return replies;
}

async function createDoctor(email, name) {
  const password = `outside-${randomUUID()}`;
  const env = { ...process.env, FIREBASE_AUTH_EMULATOR_HOST: stack.auth_emulator.replace(/^https?:\/\//, ""), FIRESTORE_EMULATOR_HOST: stack.firestore_emulator.replace(/^https?:\/\//, "") };
  const child = spawn(process.execPath, [join(repoRoot, "scripts", "admin.mjs"), "create-doctor", "--email", email, "--password", password, "--name", name, "--project", stack.project_id], { env, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  const code = await new Promise((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`npm run admin -- create-doctor: exit ${code}: ${out.slice(-300)}`);
  return signIn(email, password);
}

/** A new patient of the doctor: createPatient, then a new account redeems the invite (and signs in again for its claims). */
async function newPatient(doctor, label) {
  const invite = await mustCall("createPatient", doctor, { display_name: label });
  const email = `outside-${randomUUID().slice(0, 8)}@example.test`;
  const user = await signUp(email, "outside-password-1");
  await mustCall("redeemInvite", user, { invite_code: invite.invite_code });
  const signedIn = await signIn(email, "outside-password-1");
  return { id: invite.patient_id, user: signedIn, name: label };
}

async function agentOf(doctor) {
  const agents = (await mustRest("GET", "/agents", doctor)).agents;
  const synced = agents.find((a) => a.sync_status === "synced" || a.elevenlabs_agent_id) ?? agents[0];
  if (!synced) throw new Error("the doctor has no agent");
  return synced.agent_id;
}

async function startAndTalk(patient, agentId, messages) {
  const started = await mustCall("startSession", patient.user, { patient_id: patient.id, agent_id: agentId });
  const replies = await converse(started.signed_url, messages);
  const ended = Date.now();
  await call("endSession", patient.user, { session_id: started.session_id }); // as the patient page does
  return { sessionId: started.session_id, replies, ended };
}

/** Every GET route and read callable a doctor has that returns patient data, plus the console's rules-bound Firestore reads. */
async function doctorVisibleText(doctor, patientId, sessionIds) {
  const parts = [];
  const add = (label, r) => parts.push({ label, text: typeof r === "string" ? r : (r.raw ?? JSON.stringify(r)) });
  for (const path of ["/patients", `/patients?query=`, `/patients/${patientId}`, `/patients/${patientId}/sessions`, `/patient/${patientId}/summary`, "/alerts", "/dashboard", "/knowledge", "/agents", "/audio"]) {
    add(`GET /api${path}`, await rest("GET", path, doctor));
  }
  for (const id of sessionIds) add(`GET /api/sessions/${id}`, await rest("GET", `/sessions/${id}`, doctor));
  const calls = [["listPatients", {}], ["getPatient", { patient_id: patientId }], ["listSessions", { patient_id: patientId }], ["getPatientSummary", { patient_id: patientId }], ["listAlerts", {}], ["getDashboard", {}]];
  for (const id of sessionIds) calls.push(["getSession", { session_id: id }]);
  for (const [name, data] of calls) add(`callable ${name}`, await call(name, doctor, data));
  for (const collection of ["patients", "sessions", "session_summaries", "alerts"]) add(`Firestore (rules) ${collection} where doctor_id`, await rulesQuery(doctor, collection, "doctor_id", doctor.uid));
  add("Firestore (rules) doctor_stats/{me}", await rulesGet(doctor, `doctor_stats/${doctor.uid}`));
  add("Firestore (rules) doctor_stats/{me}/shards", await rulesList(doctor, `doctor_stats/${doctor.uid}/shards`));
  add("Firestore (rules) doctor_stats/{me}/knowledge_gaps", await rulesList(doctor, `doctor_stats/${doctor.uid}/knowledge_gaps`));
  return parts;
}
const routesContaining = (parts, words) => parts.filter((p) => words.some((w) => p.text.toLowerCase().includes(w.toLowerCase()))).map((p) => p.label);

// ------------------------------------------------------------------ the checks
const results = [];
function report(id, ok, line) {
  results.push({ id, ok });
  console.log(`${ok ? "PASS" : "FAIL"} ${id} ${line}`);
}
async function check(id, title, body) {
  if (only && !only.includes(id)) return;
  const started = Date.now();
  try {
    const { ok, figures } = await body();
    report(id, ok, `${title}: ${figures} [${secondsSince(started)} s]`);
  } catch (error) {
    report(id, false, `${title}: ERROR ${error.stack ?? error}`);
  }
}

const accounts = stack.accounts;
const doctor = await signIn(accounts.doctor.email, accounts.doctor.password);
const demoAgent = stack.demo?.agent_id ?? (await agentOf(doctor));
const README = readFileSync(join(repoRoot, "README.md"), "utf8");
console.log(`outside check against ${stack.console_url} (patient page ${stack.patient_url}, API ${stack.api_base}), doctor ${accounts.doctor.name}`);

await check("17.1", "erasing a patient with no sessions", async () => {
  const p = await newPatient(doctor, `Outside Empty ${token().slice(0, 4)}`);
  const erased = await rest("DELETE", `/patient/${p.id}`, doctor);
  const again = await rest("DELETE", `/patient/${p.id}`, doctor);
  const summary = await rest("GET", `/patient/${p.id}/summary`, doctor);
  const start = await call("startSession", p.user, { patient_id: p.id, agent_id: demoAgent });
  const restStart = await rest("POST", "/patient/session", p.user, { patient_id: p.id, agent_id: demoAgent });
  const receipt = erased.body?.receipt_id;
  const ok = erased.status === 200 && erased.body?.status === "erased" && Boolean(receipt) && again.body?.receipt_id === receipt && summary.status === 404 && !start.ok && restStart.status >= 400;
  return { ok, figures: `erase ${erased.status} receipt ${receipt ?? "none"} (sessions ${erased.body?.sessions}, documents ${erased.body?.documents}); again ${again.status} same receipt ${again.body?.receipt_id === receipt}; summary ${summary.status}; startSession ${start.ok ? "ALLOWED" : `refused ${start.code}`}, REST ${restStart.status}` };
});

await check("17.2", "erasure leaves a patient's distinctive words nowhere", async () => {
  const words = [token("qu"), token("zo"), token("vy"), token("kr")];
  const p = await newPatient(doctor, `Outside Words ${token().slice(0, 4)}`);
  const messages = [
    `My neighbour ${words[0]} says ${words[1]} soup helps, can I eat ${words[1]} soup with the blood thinner?`,
    `Since last night my calf is swollen and hot and it hurts to walk, and the ${words[2]} cream did nothing.`,
    `Also my dog ${words[3]} keeps jumping on the knee, what should I do?`,
  ];
  const talk = await startAndTalk(p, demoAgent, messages);
  await waitFor("the summary", async () => (await rest("GET", `/sessions/${talk.sessionId}`, doctor)).body?.summary, 120_000);
  // Let the statistics (knowledge gaps) land too, so the erasure has aggregates to remove.
  await sleep(5000);
  const before = await doctorVisibleText(doctor, p.id, [talk.sessionId]);
  const routesBefore = routesContaining(before, words);
  const scanBefore = await scanFirestore(words);
  const erased = await rest("DELETE", `/patient/${p.id}`, doctor);
  if (erased.body?.status !== "erased") await waitFor("the erasure receipt", async () => (await rest("DELETE", `/patient/${p.id}`, doctor)).body?.status === "erased", 120_000, 2000);
  await sleep(3000); // a late webhook or statistics pass would land here
  const after = await doctorVisibleText(doctor, p.id, [talk.sessionId]);
  const routesAfter = routesContaining(after, words);
  const scanAfter = await scanFirestore(words);
  const ok = routesBefore.length > 0 && scanBefore.hits.length > 0 && erased.status < 300 && routesAfter.length === 0 && scanAfter.hits.length === 0;
  return {
    ok,
    figures: `words ${words.join(" ")}; before erasure: ${routesBefore.length} of ${before.length} doctor reads and ${scanBefore.hits.length} of ${scanBefore.documents} documents hold them; erase ${erased.status} receipt ${erased.body?.receipt_id}; after: ${routesAfter.length} of ${after.length} doctor reads${routesAfter.length ? ` (${routesAfter.join("; ")})` : ""}, ${scanAfter.hits.length} of ${scanAfter.documents} documents in ${scanAfter.collections} top-level collections${scanAfter.hits.length ? ` (${scanAfter.hits.slice(0, 8).join("; ")})` : ""}`,
  };
});

const dashboardWords = { question: token("fl"), chatter: [token("pl"), token("wr"), token("gn")], name: "Wilhelmina Qorvexa", phone: "555 867 5309" };
await check("17.3", "the dashboard shows only scrubbed question sentences", async () => {
  const p = await newPatient(doctor, `Outside Dashboard ${token().slice(0, 4)}`);
  const w = dashboardWords;
  const sessions = [];
  sessions.push(await startAndTalk(p, demoAgent, [
    `My dog is called ${w.chatter[0]} and he sleeps on the ${w.chatter[1]} rug all day. Can my sister ${w.name} bring ${w.question} tea on 12 March, or should I call ${w.phone} first?`,
  ]));
  sessions.push(await startAndTalk(p, demoAgent, [
    `I watched ${w.chatter[2]} on television yesterday and it was fun. Is ${w.question} tea safe with the blood thinner?`,
  ]));
  const dashboard = await waitFor("the knowledge gaps with the question", async () => {
    const d = await rest("GET", "/dashboard", doctor);
    const gaps = d.body?.knowledge_gaps ?? d.body?.top_knowledge_gaps ?? [];
    return JSON.stringify(gaps).includes(w.question) ? d : undefined;
  }, 120_000, 2000);
  const gaps = (dashboard.body.knowledge_gaps ?? dashboard.body.top_knowledge_gaps).filter((g) => JSON.stringify(g).includes(w.question));
  const text = dashboard.raw.toLowerCase();
  const leaked = [...w.chatter, "qorvexa", "wilhelmina", "5309", "867", "march", "sleeps", "television"].filter((x) => text.includes(x.toLowerCase()));
  const notQuestions = gaps.filter((g) => !/\?\s*$/.test(g.question));
  const ok = gaps.length > 0 && leaked.length === 0 && notQuestions.length === 0;
  return { ok, figures: `${sessions.length} conversations; gaps shown: ${gaps.map((g) => `"${g.question}" x${g.count}`).join(", ")}; chatter/PII found in the dashboard: ${leaked.length ? leaked.join(", ") : "none"}` };
});

await check("17.4", "red flag reaches summary and alerts with every stats document unwritable", async () => {
  const d = await createDoctor(`outside-dr-${randomUUID().slice(0, 8)}@example.test`, "Dr. Outside Check");
  const kb = await mustRest("POST", "/knowledge", d, { text: `Keep the wound dressing dry for five days. Walk three times a day. (${d.uid})`, disease_name: "Knee replacement", document_type: "post_care" });
  const { agent_id } = await mustCall("saveAgent", d, { name: "Outside guide", knowledge_ids: [kb.knowledge_id], voice_id: stack.demo?.voice_id ?? "21m00Tcm4TlvDq8ikWAM", answer_style: "friendly" });
  const p = await newPatient(d, "Outside Stats Patient");
  // Every stats document of the doctor (the counts document and its 16 shards) filled to Firestore's 1 MiB limit.
  const db = admin();
  const { FieldValue } = createRequire(join(repoRoot, "functions", "package.json"))("firebase-admin/firestore");
  const main = db.collection("doctor_stats").doc(d.uid);
  const refs = [main, ...Array.from({ length: 16 }, (_, i) => main.collection("shards").doc(String(i)))];
  const fill = async (ref, lo, hi) => {
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      try { await ref.set({ filler: "x".repeat(mid) }); lo = mid; } catch { hi = mid - 1; }
    }
    await ref.set({ filler: "x".repeat(lo) });
    return lo;
  };
  const first = await fill(refs[16], 1_000_000, 1_048_487);
  for (const ref of refs.slice(0, 16)) await fill(ref, first - 64, Math.min(first + 64, 1_048_487));
  let writable = 0;
  for (const ref of refs) await ref.set({ totals: { probe: FieldValue.increment(1) } }, { merge: true }).then(() => writable++, () => {});
  const talk = await startAndTalk(p, agent_id, ["I have crushing chest pain and I can't breathe."]);
  let alertSeconds;
  let summarySeconds;
  await waitFor("the alert and the summary", async () => {
    if (alertSeconds === undefined) {
      const a = await rest("GET", "/alerts", d);
      if (a.body?.alerts?.some((x) => x.session_id === talk.sessionId && x.level === "attention")) alertSeconds = (Date.now() - talk.ended) / 1000;
    }
    if (summarySeconds === undefined) {
      const s = await rest("GET", `/patient/${p.id}/summary`, d);
      if ((s.body?.requires_attention ?? []).some((i) => i.session_id === talk.sessionId)) summarySeconds = (Date.now() - talk.ended) / 1000;
    }
    return alertSeconds !== undefined && summarySeconds !== undefined;
  }, 90_000, 500).catch(() => {});
  const dashboard = await rest("GET", "/dashboard", d);
  const statsSessions = dashboard.body?.totals?.sessions;
  // Put the doctor's statistics back in order (the reconciler applies them later).
  for (const ref of refs) await ref.update({ filler: FieldValue.delete() }).catch(() => {});
  const ok = writable === 0 && alertSeconds !== undefined && alertSeconds <= 90 && summarySeconds !== undefined && summarySeconds <= 90;
  return { ok, figures: `${refs.length} stats documents filled (${first} bytes), ${writable} still writable; dashboard sessions while full: ${statsSessions}; after the call ended: alert ${alertSeconds?.toFixed(1) ?? "NOT within 90"} s, summary (requires attention) ${summarySeconds?.toFixed(1) ?? "NOT within 90"} s` };
});

await check("17.5", "30 wrong invite codes from one account", async () => {
  const user = await signUp(`outside-brute-${randomUUID().slice(0, 8)}@example.test`, "outside-password-1");
  const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const codes = [];
  for (let i = 0; i < 30; i++) {
    const code = Array.from(randomBytes(28), (b) => ALPHABET[b % 32]).join("").replace(/(.{4})(?!$)/g, "$1-");
    const r = await call("redeemInvite", user, { invite_code: code });
    codes.push(r.ok ? "ACCEPTED" : r.code);
  }
  const firstExhausted = codes.indexOf("resource-exhausted") + 1;
  const tallies = Object.entries(codes.reduce((m, c) => ({ ...m, [c]: (m[c] ?? 0) + 1 }), {})).map(([c, n]) => `${c} x${n}`).join(", ");
  const ok = firstExhausted > 0 && !codes.includes("ACCEPTED") && codes.slice(firstExhausted - 1).every((c) => c === "resource-exhausted");
  return { ok, figures: `first resource-exhausted at attempt ${firstExhausted || "never"}; answers: ${tallies}` };
});

await check("17.6", "20 parallel session starts by one patient", async () => {
  const cap = Number(/MAX_CONCURRENT_SESSIONS`? \((\d+)\)/.exec(README)?.[1]);
  const p = await newPatient(doctor, `Outside Parallel ${token().slice(0, 4)}`);
  const answers = await Promise.all(Array.from({ length: 20 }, () => call("startSession", p.user, { patient_id: p.id, agent_id: demoAgent })));
  const succeeded = answers.filter((a) => a.ok);
  const refused = answers.filter((a) => !a.ok);
  const codes = [...new Set(refused.map((a) => a.code))].join(", ");
  for (const a of succeeded) await call("endSession", p.user, { session_id: a.result.session_id });
  const ok = Number.isFinite(cap) && succeeded.length >= 1 && succeeded.length <= cap && refused.every((a) => a.code === "resource-exhausted");
  return { ok, figures: `documented cap ${cap} (README MAX_CONCURRENT_SESSIONS); succeeded ${succeeded.length}, refused ${refused.length} (${codes})` };
});

// ------------------------------------------------------------------ issue 18: the browser
if (!only || only.some((id) => id.startsWith("18"))) {
  let browser;
  const shots = [];
  try {
    const webRequire = createRequire(join(repoRoot, "web", "package.json"));
    const { chromium } = webRequire("playwright-core");
    const { findChromium } = await import(join(repoRoot, "web", "scripts", "ensure-chromium.mjs"));
    const found = await findChromium();
    if (!found) throw new Error("no Chromium found (node web/scripts/ensure-chromium.mjs)");
    browser = await chromium.launch({ executablePath: found.executablePath, headless: true, args: [...found.args, "--no-sandbox", "--disable-gpu", "--no-first-run"] });
    mkdirSync(shotDir, { recursive: true });
    const shot = async (page, name) => { const path = join(shotDir, `${name}.png`); await page.screenshot({ path, fullPage: true }); shots.push(path); };

    const signInAs = async (page, url, who) => {
      await page.goto(url);
      await page.getByLabel("Email").fill(who.email);
      await page.getByLabel("Password").fill(who.password);
      await page.getByRole("button", { name: "Sign in" }).click();
    };
    const NAV = ["Patients", "Alerts", "Dashboard", "Knowledge", "Agents", "Narration"];
    const patientAccount = accounts.patient;
    const mark = token("zq");
    const RED_FLAG = `Since last night my calf is swollen and hot and it really hurts to walk, my ${mark} sock feels tight.`;

    await check("18.7", "doctor -> patient -> doctor story in headless Chromium by accessible names", async () => {
      const doctorPage = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
      doctorPage.setDefaultTimeout(90_000);
      await signInAs(doctorPage, stack.console_url, accounts.doctor);
      for (const name of NAV) await doctorPage.getByRole("link", { name, exact: true }).waitFor();
      // Every demo patient appears as a link, each in their own doctor's console.
      const linked = [];
      for (const [key, acc] of Object.entries(accounts)) {
        if (!key.startsWith("patient")) continue;
        const doctorKey = Object.keys(accounts).find((k) => k.startsWith("doctor") && accounts[k].uid && acc.patient_id && k === (key === "patient" ? "doctor" : "doctor2")) ?? "doctor";
        const page = doctorKey === "doctor" ? doctorPage : await (await browser.newContext()).newPage();
        if (page !== doctorPage) { page.setDefaultTimeout(90_000); await signInAs(page, stack.console_url, accounts[doctorKey]); }
        await page.getByRole("link", { name: "Patients", exact: true }).click();
        await page.getByRole("link", { name: acc.name, exact: true }).click();
        for (const h of ["Requires attention", "Unanswered questions", "Answered questions"]) await page.getByRole("heading", { name: h, exact: true }).waitFor();
        linked.push(`${acc.name} (${accounts[doctorKey].name})`);
        if (page !== doctorPage) await page.context().close();
      }
      await doctorPage.getByRole("link", { name: "Alerts", exact: true }).click();

      const patientPage = await (await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true })).newPage();
      patientPage.setDefaultTimeout(90_000);
      await signInAs(patientPage, stack.patient_url, patientAccount);
      const voice = patientPage.getByLabel(/Talk with my voice/);
      if ((await voice.count()) && (await voice.isChecked())) await voice.uncheck();
      await patientPage.getByRole("button", { name: "Start conversation" }).click();
      const message = patientPage.getByLabel("Message");
      const send = patientPage.getByRole("button", { name: "Send" });
      const end = patientPage.getByRole("button", { name: "End conversation" });
      await message.waitFor();
      // "Message" and "End conversation" are enabled once the call is live ("Send" only once there is text).
      await waitFor("the conversation to connect", async () => (await message.isEditable()) && (await end.isEnabled()), 60_000, 250);
      const question = "How long should I keep the wound dressing dry?";
      await message.fill(question);
      await send.click();
      await patientPage.getByText(question).waitFor();
      await patientPage.getByText(/five days/i).first().waitFor({ timeout: 30_000 }).catch(() => {});
      await message.fill(RED_FLAG);
      await send.click();
      await patientPage.getByText(RED_FLAG).waitFor();
      await sleep(4000); // the agent's answer (and its in-call red-flag tool) before hanging up
      await shot(patientPage, "patient-conversation");
      await end.click();
      const ended = Date.now();

      const card = doctorPage.getByRole("article").filter({ hasText: mark });
      let alertSeconds;
      await card.getByRole("button", { name: "Acknowledge" }).waitFor({ timeout: Math.max(1000, 90_000 - (Date.now() - ended)) }).then(() => (alertSeconds = (Date.now() - ended) / 1000), () => {});
      await shot(doctorPage, "alerts");
      let attentionSeconds;
      await doctorPage.getByRole("link", { name: "Patients", exact: true }).click();
      await doctorPage.getByRole("link", { name: patientAccount.name, exact: true }).click();
      const attention = doctorPage.locator("section", { has: doctorPage.getByRole("heading", { name: "Requires attention", exact: true }) });
      while (attentionSeconds === undefined && Date.now() - ended < 90_000) {
        if (await attention.getByText(mark).count()) attentionSeconds = (Date.now() - ended) / 1000;
        else {
          await sleep(2000);
          await doctorPage.reload();
          await doctorPage.getByRole("heading", { name: "Requires attention", exact: true }).waitFor();
        }
      }
      await shot(doctorPage, "patient-view");
      let acknowledged = false;
      if (alertSeconds !== undefined) {
        await doctorPage.getByRole("link", { name: "Alerts", exact: true }).click();
        await card.getByRole("button", { name: "Acknowledge" }).click();
        acknowledged = await card.getByText(/Acknowledged by/).waitFor({ timeout: 30_000 }).then(() => true, () => false);
      }
      const ok = alertSeconds !== undefined && alertSeconds <= 90 && attentionSeconds !== undefined && attentionSeconds <= 90 && acknowledged;
      return { ok, figures: `patient links: ${linked.join(", ")}; after "End conversation": Alerts ${alertSeconds?.toFixed(1) ?? "NOT within 90"} s, "Requires attention" ${attentionSeconds?.toFixed(1) ?? "NOT within 90"} s; acknowledged ${acknowledged}` };
    });

    await check("18.8", "the dashboard draws a chart", async () => {
      const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
      page.setDefaultTimeout(90_000);
      await signInAs(page, stack.console_url, accounts.doctor);
      await page.getByRole("link", { name: "Dashboard", exact: true }).click();
      await page.getByRole("img").first().waitFor();
      await sleep(1000);
      const charts = await page.evaluate(() => {
        const out = [];
        for (const el of document.querySelectorAll("svg, canvas")) {
          const name = el.getAttribute("aria-label") ?? (el.getAttribute("aria-labelledby") ?? "").split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? "").join(" ").trim();
          if (!name || el.closest("[aria-hidden=true]")) continue;
          let marks = 0;
          if (el.tagName.toLowerCase() === "svg") {
            // Data marks only: bars and areas with a size, arcs with a drawn dash; not grid lines,
            // axes, backgrounds covering the whole chart or an empty ring.
            const box = el.getBBox();
            for (const s of el.querySelectorAll("rect, path, polygon, circle")) {
              const b = s.getBBox();
              if (!(b.width > 0 && b.height > 0)) continue;
              if (s.tagName === "rect" && b.width >= box.width && b.height >= box.height) continue;
              if (s.tagName === "circle") {
                const dash = (s.getAttribute("stroke-dasharray") ?? "").split(/[ ,]+/).map(Number);
                if (!(dash[0] > 0)) continue;
              }
              marks++;
            }
          } else {
            const ctx = el.getContext("2d");
            const data = ctx?.getImageData(0, 0, el.width, el.height).data ?? [];
            for (let i = 3; i < data.length; i += 4) if (data[i] > 0) marks++;
          }
          out.push({ tag: el.tagName.toLowerCase(), name, marks });
        }
        return out;
      });
      const drawn = charts.filter((c) => c.marks > 0);
      // A live agent must not be labelled as deleted (the chart once drew before the agents' names arrived).
      const byAgent = Object.keys((await mustRest("GET", "/dashboard", doctor)).by_agent ?? {});
      const live = new Set((await mustRest("GET", "/agents?page_size=200", doctor)).agents.map((a) => a.agent_id));
      const mislabelled = byAgent.every((id) => live.has(id)) && charts.some((c) => c.name.includes("Deleted agent"));
      const pageText = (await page.locator("body").innerText()).toLowerCase();
      const leaked = dashboardWords.chatter.filter((w) => pageText.includes(w));
      await shot(page, "dashboard");
      const ok = drawn.length > 0 && leaked.length === 0 && !mislabelled;
      return { ok, figures: `${charts.length} named charts${mislabelled ? " (a live agent labelled \"Deleted agent\")" : ""}, ${drawn.length} with drawing: ${charts.map((c) => `${c.tag} "${c.name.slice(0, 50)}" ${c.marks} marks`).join("; ")}; chatter words of 17.3 on the page: ${results.some((r) => r.id === "17.3") ? (leaked.length ? leaked.join(", ") : "none") : "(17.3 not run)"}` };
    });
  } catch (error) {
    report("18", false, `browser: ERROR ${error.stack ?? error}`);
  } finally {
    await browser?.close();
    if (shots.length) console.log(`screenshots: ${shots.join(", ")}`);
  }
}

const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
