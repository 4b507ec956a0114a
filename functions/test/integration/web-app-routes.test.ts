// The routes the clinic web app needs, through callables and REST alike: the patient directory
// (search, cursor paging, rename, re-invite), sessions per patient and one session with its
// transcript, voices, the agent "try it" URL, knowledge files and duplicates, agent language,
// the patient's home, acknowledgeAlert's time, and the text_only override agents allow.
import assert from "node:assert/strict";
import WebSocket from "ws";
import { adminAuth, adminDb, api, closeClientApps, markSensitive, signInAs, signInDoctor, waitFor, type SignedInUser } from "./harness";

const VOICE = "21m00Tcm4TlvDq8ikWAM";
const KNOWLEDGE = "# Hip replacement care\n\nKeep the wound dry for five days. Walk with your walker every day.\n\nCalf pain or swelling in the leg can be a blood clot: seek urgent care.";
const RED_FLAG = "Since yesterday my calf is swollen and hot and it hurts to walk.";

interface CallableFailure {
  code: string;
  details: { details: { field: string; problem: string }[] };
}
/** The error a callable rejects with (the test fails if it resolves). */
async function rejection(promise: Promise<unknown>): Promise<CallableFailure> {
  try {
    await promise;
  } catch (error) {
    return error as CallableFailure;
  }
  throw new Error("expected the call to be refused");
}

/** The browser client's initiation: the text_only override, then one message; returns the conversation id. */
async function talkAsTheBrowserClientDoes(signedUrl: string, message: string): Promise<{ conversationId: string; replies: string[] }> {
  const socket = new WebSocket(signedUrl, ["convai"]);
  const events: { type: string; [key: string]: unknown }[] = [];
  let closeCode: number | undefined;
  socket.on("message", (raw) => events.push(JSON.parse(raw.toString())));
  socket.on("close", (code) => (closeCode = code));
  await new Promise((resolve, reject) => socket.once("open", resolve).once("error", reject));
  socket.send(JSON.stringify({ type: "conversation_initiation_client_data", conversation_config_override: { conversation: { text_only: true } } }));
  const metadata = await waitFor("the initiation metadata (not a 1008 refusal)", async () => {
    if (closeCode !== undefined) throw new Error(`closed with ${closeCode}`);
    return events.find((e) => e.type === "conversation_initiation_metadata");
  });
  const seen = events.filter((e) => e.type === "agent_response").length;
  socket.send(JSON.stringify({ type: "user_message", text: message }));
  await waitFor("the agent's reply", async () => events.filter((e) => e.type === "agent_response").length > seen);
  socket.close(1000);
  await new Promise((resolve) => socket.once("close", resolve));
  return {
    conversationId: (metadata.conversation_initiation_metadata_event as { conversation_id: string }).conversation_id,
    replies: events.filter((e) => e.type === "agent_response").map((e) => (e.agent_response_event as { agent_response: string }).agent_response),
  };
}

describe("web app routes", function () {
  this.timeout(90_000);
  let doctor: SignedInUser;
  let knowledgeId: string;
  let agentId: string;
  let spanishAgentId: string;

  before(async function () {
    markSensitive(RED_FLAG);
    doctor = await signInDoctor();
    knowledgeId = (await doctor.call<{ knowledge_id: string }>("uploadKnowledge", { text: KNOWLEDGE, disease_name: "Hip replacement", document_type: "post_care" })).knowledge_id;
    agentId = (await doctor.call<{ agent_id: string }>("saveAgent", { name: "Hip guide", knowledge_ids: [knowledgeId], voice_id: VOICE, answer_style: "friendly" })).agent_id;
    spanishAgentId = (await doctor.call<{ agent_id: string }>("saveAgent", { name: "Guía de cadera", knowledge_ids: [knowledgeId], voice_id: VOICE, answer_style: "friendly", language: "es" })).agent_id;
  });
  after(closeClientApps);

  it("the same text under another disease name is a 409 naming the field, not the old record", async function () {
    const error = await rejection(doctor.call("uploadKnowledge", { text: KNOWLEDGE, disease_name: "Knee replacement", document_type: "post_care" }));
    assert.equal(error.code, "functions/already-exists");
    assert.equal(error.details.details[0]!.field, "text");
    assert.match(error.details.details[0]!.problem, /already uploaded as "Hip replacement - post_care"/);
    const same = await doctor.call<{ knowledge_id: string }>("uploadKnowledge", { text: KNOWLEDGE, disease_name: "Hip replacement", document_type: "post_care" });
    assert.equal(same.knowledge_id, knowledgeId, "the same name and text still reuse the record");
  });

  it("uploads a knowledge file through ElevenLabs' file upload, and refuses other file types by field", async function () {
    const content = Buffer.from("<h1>Diet after surgery</h1><p>Drink plenty of water.</p>").toString("base64");
    const r = await api<{ knowledge_id: string; elevenlabs_document_id: string }>("POST", "/knowledge/files", {
      user: doctor,
      body: { filename: "diet.html", content_base64: content, disease_name: "Hip replacement", document_type: "general" },
    });
    assert.equal(r.status, 201);
    const record = (await adminDb.collection("knowledge").doc(r.body.knowledge_id).get()).data()!;
    assert.equal(record.sync_status, "synced");
    assert.deepEqual(record.source, { kind: "file", filename: "diet.html", content_type: "text/html", size_bytes: Buffer.from(content, "base64").length });
    const bad = await rejection(doctor.call("uploadKnowledgeFile", { filename: "virus.exe", content_base64: content, disease_name: "Hip replacement", document_type: "general" }));
    assert.equal(bad.code, "functions/invalid-argument");
    assert.equal(bad.details.details[0]!.field, "filename");
  });

  it("agents keep their language, and lists page with a cursor", async function () {
    assert.equal((await doctor.call<{ language: string }>("getAgent", { agent_id: spanishAgentId })).language, "es");
    assert.equal((await doctor.call<{ language: string }>("getAgent", { agent_id: agentId })).language, "en", "English unless chosen");
    const badLanguage = await rejection(doctor.call("saveAgent", { name: "X", knowledge_ids: [], voice_id: VOICE, answer_style: "friendly", language: "xx" }));
    assert.equal(badLanguage.details.details[0]!.field, "language");
    const first = await doctor.call<{ knowledge: { knowledge_id: string }[]; next_cursor: string | null }>("listKnowledge", { page_size: 1 });
    assert.equal(first.knowledge.length, 1);
    assert.ok(first.next_cursor);
    const second = await api<{ knowledge: { knowledge_id: string }[]; next_cursor: string | null }>("GET", `/knowledge?page_size=1&cursor=${first.next_cursor}`, { user: doctor });
    assert.equal(second.status, 200);
    assert.equal(second.body.knowledge.length, 1);
    assert.notEqual(second.body.knowledge[0]!.knowledge_id, first.knowledge[0]!.knowledge_id);
    assert.equal(second.body.next_cursor, null);
    const badCursor = await rejection(doctor.call("listKnowledge", { cursor: "bm90LWEtY3Vyc29y" }));
    assert.equal(badCursor.details.details[0]!.field, "cursor");
  });

  it("lists, searches, pages and renames patients; another doctor sees none of them", async function () {
    const names = ["Amelia Ortiz", "Ámbar Núñez", "Ben Ortega"];
    for (const display_name of names) await doctor.call("createPatient", { display_name });
    const all = await doctor.call<{ patients: { display_name: string }[] }>("listPatients", {});
    assert.deepEqual(all.patients.map((p) => p.display_name), [...names].reverse(), "newest first");
    const search = async (query: string) => (await doctor.call<{ patients: { display_name: string }[] }>("listPatients", { query })).patients.map((p) => p.display_name).sort();
    assert.deepEqual(await search("am"), ["Amelia Ortiz", "Ámbar Núñez"], "case and accents do not matter");
    assert.deepEqual(await search("ORT"), ["Amelia Ortiz", "Ben Ortega"], "any word's start");
    assert.deepEqual(await search("amelia o"), ["Amelia Ortiz"], "the whole name's start");
    assert.deepEqual(await search("zed"), []);
    const page1 = await api<{ patients: { patient_id: string }[]; next_cursor: string }>("GET", "/patients?page_size=2", { user: doctor });
    const page2 = await api<{ patients: { patient_id: string }[]; next_cursor: string | null }>("GET", `/patients?page_size=2&cursor=${page1.body.next_cursor}`, { user: doctor });
    assert.equal(page1.body.patients.length + page2.body.patients.length, 3);
    assert.equal(page2.body.next_cursor, null);
    const id = page2.body.patients[0]!.patient_id;
    const renamed = await api<{ display_name: string }>("PUT", `/patients/${id}`, { user: doctor, body: { display_name: "Amelia Ortiz-Smith" } });
    assert.equal(renamed.body.display_name, "Amelia Ortiz-Smith");
    assert.deepEqual(await search("smith"), ["Amelia Ortiz-Smith"]);
    const other = await signInDoctor();
    assert.deepEqual((await other.call<{ patients: unknown[] }>("listPatients", { query: "am" })).patients, []);
    const denied = await rejection(other.call("updatePatient", { patient_id: id, display_name: "Hacked" }));
    assert.equal(denied.code, "functions/permission-denied");
  });

  it("a patient talks (text_only override accepted), says a red flag; the doctor lists the session and reads it with its transcript; acknowledge returns its time", async function () {
    const invite = await doctor.call<{ patient_id: string; invite_code: string }>("createPatient", { display_name: "Casey Hill" });
    const patientUser = await signInAs(null);
    await patientUser.call("redeemInvite", { invite_code: invite.invite_code });
    const patient = await signInAs({ role: "patient", patient_id: invite.patient_id, doctor_id: doctor.uid });

    const home = await patient.call<{ agents: { agent_id: string; language: string }[]; doctor_name: string; audio: unknown[] }>("getPatientHome", {});
    assert.deepEqual(home.agents.map((a) => [a.agent_id, a.language]).sort(), [[agentId, "en"], [spanishAgentId, "es"]].sort());
    assert.deepEqual(home.audio, []);
    assert.equal((await rejection(doctor.call("getPatientHome", {}))).code, "functions/permission-denied");

    const started = await patient.call<{ signed_url: string; session_id: string }>("startSession", { patient_id: invite.patient_id, agent_id: agentId });
    const talk = await talkAsTheBrowserClientDoes(started.signed_url, RED_FLAG);
    assert.equal(talk.conversationId, started.session_id);
    await patient.call("endSession", { session_id: started.session_id });
    await waitFor("the summary", async () => (await adminDb.collection("sessions").doc(started.session_id).get()).get("summary_status") === "done");

    const list = await api<{ sessions: { session_id: string; counts: { attention: number }; alert: { state: string } }[] }>("GET", `/patients/${invite.patient_id}/sessions`, { user: doctor });
    assert.equal(list.status, 200);
    assert.equal(list.body.sessions[0]!.session_id, started.session_id);
    assert.equal(list.body.sessions[0]!.counts.attention, 1);
    assert.equal(list.body.sessions[0]!.alert.state, "open");

    const detail = await doctor.call<{
      transcript: { index: number; role: string; message: string }[];
      transcript_source: string;
      summary: { requires_attention: { turn_index: number }[] };
      red_flag: { raised_at: string; during_call: boolean; first_time_in_call_secs: number };
      session: { patient_display_name: string };
    }>("getSession", { session_id: started.session_id });
    assert.equal(detail.session.patient_display_name, "Casey Hill");
    assert.equal(detail.transcript_source, "inbox");
    const flagged = detail.summary.requires_attention[0]!;
    assert.equal(detail.transcript[flagged.turn_index]!.message, RED_FLAG, "the item points at the turn it came from");
    assert.equal(detail.transcript[flagged.turn_index]!.role, "patient");
    assert.ok(detail.red_flag.raised_at);
    assert.equal(detail.red_flag.during_call, false, "this alert came from the post-call summary");
    const foreign = await rejection((await signInDoctor()).call("getSession", { session_id: started.session_id }));
    assert.equal(foreign.code, "functions/permission-denied");

    const before = Date.now();
    const acknowledged = await api<{ state: string; acknowledged_at: string; acknowledged_by: string }>("POST", `/alerts/${started.session_id}/acknowledge`, { user: doctor, body: {} });
    assert.equal(acknowledged.body.state, "acknowledged");
    assert.equal(acknowledged.body.acknowledged_by, doctor.uid);
    assert.ok(Math.abs(Date.parse(acknowledged.body.acknowledged_at) - before) < 60_000, `acknowledged_at is the time (${acknowledged.body.acknowledged_at})`);
    const again = await doctor.call<{ acknowledged_at: string }>("acknowledgeAlert", { alert_id: started.session_id });
    assert.equal(again.acknowledged_at, acknowledged.body.acknowledged_at, "acknowledging twice keeps the first time");
  });

  it("re-issuing an invite unlinks the old account and revokes its claims", async function () {
    const invite = await doctor.call<{ patient_id: string; invite_code: string }>("createPatient", { display_name: "Drew Lane" });
    const first = await signInAs(null);
    await first.call("redeemInvite", { invite_code: invite.invite_code });
    const reissued = await api<{ invite_code: string; previous_account_unlinked: boolean }>("POST", `/patients/${invite.patient_id}/invite`, { user: doctor, body: {} });
    assert.equal(reissued.status, 200);
    assert.equal(reissued.body.previous_account_unlinked, true);
    assert.notEqual(reissued.body.invite_code, invite.invite_code);
    assert.deepEqual((await adminAuth.getUser(first.uid)).customClaims ?? {}, {});
    const second = await signInAs(null);
    const redeemed = await second.call<{ patient_id: string }>("redeemInvite", { invite_code: reissued.body.invite_code });
    assert.equal(redeemed.patient_id, invite.patient_id);
    const oldCode = await rejection((await signInAs(null)).call("redeemInvite", { invite_code: invite.invite_code }));
    assert.equal(oldCode.code, "functions/not-found");
  });

  it("lists voices with previews (paged), and gives the doctor a try-it URL for their own agent only", async function () {
    const voices = await doctor.call<{ voices: { voice_id: string; name: string; preview_url: string }[]; next_cursor: string | null }>("listVoices", { page_size: 3 });
    assert.equal(voices.voices.length, 3);
    assert.ok(voices.voices.every((v) => v.name && v.preview_url));
    assert.ok(voices.next_cursor);
    const next = await api<{ voices: { voice_id: string }[] }>("GET", `/voices?page_size=3&cursor=${voices.next_cursor}`, { user: doctor });
    assert.ok(!next.body.voices.some((v) => voices.voices.some((w) => w.voice_id === v.voice_id)));

    const preview = await api<{ signed_url: string; conversation_id: string }>("POST", `/agents/${agentId}/preview`, { user: doctor, body: {} });
    assert.equal(preview.status, 200);
    const talk = await talkAsTheBrowserClientDoes(preview.body.signed_url, "How long should the wound stay dry?");
    assert.equal(talk.conversationId, preview.body.conversation_id);
    assert.equal((await adminDb.collection("sessions").doc(talk.conversationId).get()).exists, false, "a try-out is not a patient session");
    const foreign = await rejection((await signInDoctor()).call("previewAgent", { agent_id: agentId }));
    assert.equal(foreign.code, "functions/permission-denied");
  });
});
