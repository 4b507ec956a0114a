// Issue 20: the product against a stand-in as strict as ElevenLabs, one section per rule. Every
// call goes through the product's public interfaces (REST, callables, the conversation WebSocket);
// the stand-in's control API only sets the scene (plan, faults) and shows what ElevenLabs holds.
import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import WebSocket from "ws";
import { Timestamp } from "firebase-admin/firestore";
import { contentHash, shortId } from "../../src/domain/content-hash";
import { referencedName } from "../../src/domain/elevenlabs-references";
import { stack } from "../stack";
import {
  adminDb, api, closeClientApps, configureInProcessHandlers, elevenLabsApiKey, elevenLabsUrl, functionsBase, markSensitive, signInAs, signInDoctor,
  standIn, waitFor, webhookSecret, type SignedInUser,
} from "./harness";

const VOICE = "21m00Tcm4TlvDq8ikWAM";
// Over 500 bytes: ElevenLabs builds a RAG index for it (smaller documents go into the prompt).
const LONG_KNOWLEDGE = [
  "# Caring for your new knee",
  "Keep the wound dressing clean and dry for the first five days after surgery. After day five you may shower if the wound is dry, but do not soak in a bath for three weeks.",
  "Walk with your walker three or four times a day, a little further each day, and do the physiotherapy exercises twice a day as the physiotherapist showed you.",
  "Ice the knee for twenty minutes after the exercises to reduce swelling, and keep the leg raised on a pillow when you sit or lie down.",
  "Take the pain tablets as prescribed before the exercises so that you can move the knee fully. Call the clinic if the wound turns red, warm or starts to leak.",
].join("\n\n");
const QUESTION = "How long should I keep the wound dressing dry?";

interface RemoteAgent {
  agent_id: string;
  name: string;
  tags?: string[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- wire JSON, asserted field by field
  conversation_config: any;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- wire JSON, asserted field by field
  platform_settings: any;
}
interface StandInState {
  documents: { id: string; name: string; rag_indexes?: { status: string }[] }[];
  agents: RemoteAgent[];
  signed_urls: unknown[];
  conversations?: { conversation_id: string; status: string }[];
}
const state = () => standIn<StandInState>("GET", "/_emulator/state");
const fault = (spec: Record<string, unknown>) => standIn("POST", "/_emulator/faults", spec);
const setPlan = (plan: string) => standIn("POST", "/_emulator/plan", { plan });

async function doctorNamed(displayName: string): Promise<SignedInUser> {
  const doctor = await signInDoctor();
  await adminDb.collection("doctors").doc(doctor.uid).set({ display_name: displayName, email: doctor.email });
  return doctor;
}

async function upload(doctor: SignedInUser, text: string, disease = "Knee replacement") {
  return api<{ knowledge_id: string; elevenlabs_document_id: string | null; sync_status: string; sync_error: { code: string; message: string } | null; error?: { code: string; message: string; details?: { field: string; problem: string }[] } }>(
    "POST", "/knowledge", { user: doctor, body: { text, disease_name: disease, document_type: "post_care" } },
  );
}

const knowledgeRecord = async (id: string) => (await adminDb.collection("knowledge").doc(id).get()).data();
const waitForKnowledge = (id: string, status: string, timeoutMs = 30_000) =>
  waitFor(`knowledge ${id} to be ${status}`, async () => ((await knowledgeRecord(id))?.sync_status === status ? knowledgeRecord(id) : undefined), timeoutMs);

async function remoteAgentOf(agentId: string): Promise<RemoteAgent> {
  const record = (await adminDb.collection("agents").doc(agentId).get()).data();
  const remote = (await state()).agents.find((a) => a.agent_id === record?.elevenlabs_agent_id);
  assert.ok(remote, `agent ${agentId} exists at ElevenLabs`);
  return remote;
}

async function patientOf(doctor: SignedInUser) {
  const { patient_id } = await doctor.call<{ patient_id: string }>("createPatient", { display_name: "Rules Patient" });
  return { id: patient_id, user: await signInAs({ role: "patient", patient_id, doctor_id: doctor.uid }) };
}

interface Started {
  signed_url: string;
  session_id: string;
  dynamic_variables: Record<string, string>;
}

interface Talk {
  events: { type: string; [key: string]: unknown }[];
  replies: string[];
  closeCode: number | undefined;
  closeReason: string;
  refusedStatus: number | undefined;
}

/**
 * A patient app's conversation in text mode: it sends the initiation message (with the session's
 * dynamic_variables and the text_only override the web app sends), the messages, then hangs up.
 */
async function talk(signedUrl: string, options: { dynamicVariables?: Record<string, string>; messages?: string[]; textOnly?: boolean } = {}): Promise<Talk> {
  const socket = new WebSocket(signedUrl);
  const result: Talk = { events: [], replies: [], closeCode: undefined, closeReason: "", refusedStatus: undefined };
  const closed = new Promise<void>((resolve) => {
    socket.on("close", (code, reason) => {
      result.closeCode = code;
      result.closeReason = reason.toString();
      resolve();
    });
    socket.on("unexpected-response", (request, res) => {
      result.refusedStatus = res.statusCode;
      request.destroy();
      resolve();
    });
    socket.on("error", () => resolve());
  });
  socket.on("message", (raw) => {
    const event = JSON.parse(raw.toString());
    result.events.push(event);
    if (event.type === "ping") socket.send(JSON.stringify({ type: "pong", event_id: event.ping_event.event_id }));
    if (event.type === "agent_response") result.replies.push(event.agent_response_event.agent_response);
  });
  const opened = await Promise.race([new Promise<boolean>((resolve) => socket.once("open", () => resolve(true))), closed.then(() => false)]);
  if (!opened) return result;
  const initiation: Record<string, unknown> = { type: "conversation_initiation_client_data" };
  if (options.dynamicVariables) initiation.dynamic_variables = options.dynamicVariables;
  if (options.textOnly ?? true) initiation.conversation_config_override = { conversation: { text_only: true } };
  socket.send(JSON.stringify(initiation));
  const ended = () => result.closeCode !== undefined;
  await waitFor("the first message or a refusal", async () => result.replies.length >= 1 || ended(), 15_000);
  for (const message of options.messages ?? []) {
    if (ended()) break;
    const before = result.replies.length;
    socket.send(JSON.stringify({ type: "user_message", text: message }));
    await waitFor("the answer", async () => result.replies.length > before || ended(), 15_000);
  }
  if (!ended()) socket.close(1000);
  await closed;
  return result;
}

async function endAll(patient: { user: SignedInUser }, sessions: { session_id: string }[]) {
  for (const s of sessions) await patient.user.call("endSession", { session_id: s.session_id });
}

describe("issue 20: the product on a stand-in as strict as ElevenLabs", function () {
  this.timeout(180_000);
  before(() => markSensitive(LONG_KNOWLEDGE, QUESTION));
  beforeEach(() => standIn("POST", "/_emulator/reset"));
  after(closeClientApps);

  describe("rule 1: agents ElevenLabs accepts", () => {
    it("gives an English agent an English v2 model, its maximum duration and the text_only override, and it talks", async () => {
      const doctor = await doctorNamed("Dr. Ana Ruiz");
      const created = await api<{ agent_id: string }>("POST", "/agent", {
        user: doctor, body: { name: "Knee guide", knowledge_ids: [], voice_id: VOICE, answer_style: "friendly" },
      });
      assert.equal(created.status, 200, JSON.stringify(created.body));
      const remote = await remoteAgentOf(created.body.agent_id);
      assert.equal(remote.conversation_config.agent.language, "en");
      assert.equal(remote.conversation_config.tts.model_id, "eleven_flash_v2");
      assert.equal(remote.conversation_config.conversation.max_duration_seconds, 1_800, "education calls are not cut at ElevenLabs' 10 minutes");
      assert.equal(remote.platform_settings.overrides.conversation_config_override.conversation.text_only, true);
      const got = await doctor.call<{ language: string; max_duration_seconds: number }>("getAgent", { agent_id: created.body.agent_id });
      assert.deepEqual([got.language, got.max_duration_seconds], ["en", 1_800]);

      const patient = await patientOf(doctor);
      const started = await patient.user.call<Started>("startSession", { patient_id: patient.id, agent_id: created.body.agent_id });
      const conversation = await talk(started.signed_url, { dynamicVariables: started.dynamic_variables, messages: [QUESTION] });
      assert.equal(conversation.refusedStatus, undefined);
      assert.ok(!conversation.events.some((e) => e.type === "error"), JSON.stringify(conversation.events.filter((e) => e.type === "error")));
      assert.equal(conversation.replies.length, 2, "the greeting and one answer");
    });

    it("gives a Spanish agent a v2.5 model and Spanish words, and the conversation is not refused", async () => {
      const doctor = await doctorNamed("Dra. Marta Gil");
      const saved = await doctor.call<{ agent_id: string }>("saveAgent", {
        name: "Guía de rodilla", knowledge_ids: [], voice_id: VOICE, answer_style: "friendly", language: "es", max_duration_seconds: 900,
      });
      const remote = await remoteAgentOf(saved.agent_id);
      assert.equal(remote.conversation_config.agent.language, "es");
      assert.equal(remote.conversation_config.tts.model_id, "eleven_flash_v2_5");
      assert.equal(remote.conversation_config.conversation.max_duration_seconds, 900);
      assert.match(remote.conversation_config.agent.first_message, /^¡Hola!/);
      assert.match(remote.conversation_config.agent.prompt.prompt, /Speak Spanish only\./);

      const patient = await patientOf(doctor);
      const started = await patient.user.call<Started>("startSession", { patient_id: patient.id, agent_id: saved.agent_id });
      const conversation = await talk(started.signed_url, { dynamicVariables: started.dynamic_variables, messages: ["¿Cuánto tiempo debo mantener seco el vendaje?"] });
      assert.ok(!conversation.events.some((e) => e.type === "error"));
      assert.match(conversation.replies[0]!, /^¡Hola!/);
      await endAll(patient, [started]);
    });

    it("switching an agent's language also switches its model, in one update ElevenLabs accepts", async () => {
      const doctor = await doctorNamed("Dr. Paul Martin");
      const base = { name: "Knee guide", knowledge_ids: [], voice_id: VOICE, answer_style: "professional" };
      const { agent_id } = await doctor.call<{ agent_id: string }>("saveAgent", { ...base, language: "fr" });
      assert.equal((await remoteAgentOf(agent_id)).conversation_config.tts.model_id, "eleven_flash_v2_5");
      await doctor.call("saveAgent", { ...base, agent_id, language: "en" });
      const remote = await remoteAgentOf(agent_id);
      assert.deepEqual([remote.conversation_config.agent.language, remote.conversation_config.tts.model_id], ["en", "eleven_flash_v2"]);
    });

    it("refuses a voice the account does not have with a 400 naming voice_id, and creates nothing", async () => {
      const doctor = await doctorNamed("Dr. Ana Ruiz");
      const response = await api<{ error: { code: string; message: string; details: { field: string }[] } }>("POST", "/agent", {
        user: doctor, body: { name: "Knee guide", knowledge_ids: [], voice_id: "NoSuchVoice000000000", answer_style: "friendly" },
      });
      assert.equal(response.status, 400, JSON.stringify(response.body));
      assert.equal(response.body.error.code, "invalid-argument");
      assert.deepEqual(response.body.error.details.map((d) => d.field), ["voice_id"]);
      assert.match(response.body.error.message, /voice_id: is not a voice of the clinic's ElevenLabs account/);
      assert.equal((await state()).agents.length, 0);
      assert.equal((await adminDb.collection("agents").where("doctor_id", "==", doctor.uid).count().get()).data().count, 0);
    });

    it("refuses a language or a maximum duration out of range, naming the field", async () => {
      const doctor = await doctorNamed("Dr. Ana Ruiz");
      const base = { name: "Knee guide", knowledge_ids: [], voice_id: VOICE, answer_style: "friendly" };
      for (const [body, field] of [[{ ...base, language: "it" }, "language"], [{ ...base, max_duration_seconds: 30 }, "max_duration_seconds"], [{ ...base, max_duration_seconds: 7_200 }, "max_duration_seconds"]] as const) {
        const response = await api<{ error: { details: { field: string }[] } }>("POST", "/agent", { user: doctor, body });
        assert.equal(response.status, 400);
        assert.deepEqual(response.body.error.details.map((d) => d.field), [field]);
      }
      assert.equal((await state()).agents.length, 0);
    });
  });

  describe("rule 2: every prompt variable has a value", () => {
    it("saves the doctor's name as the agent default and returns it from session start for the client to send", async () => {
      const doctor = await doctorNamed("Dr. Ana Ruiz");
      const { agent_id } = await doctor.call<{ agent_id: string }>("saveAgent", { name: "Knee guide", knowledge_ids: [], voice_id: VOICE, answer_style: "educational" });
      const remote = await remoteAgentOf(agent_id);
      assert.match(remote.conversation_config.agent.prompt.prompt, /\{\{doctor_name\}\}/);
      assert.deepEqual(remote.conversation_config.agent.dynamic_variables.dynamic_variable_placeholders, { doctor_name: "Dr. Ana Ruiz" });

      // The doctor is renamed after the agent was saved: the session carries the current name.
      await adminDb.collection("doctors").doc(doctor.uid).update({ display_name: "Dr. Ana Ruiz-Gómez" });
      const patient = await patientOf(doctor);
      const started = await patient.user.call<Started>("startSession", { patient_id: patient.id, agent_id });
      assert.deepEqual(started.dynamic_variables, { doctor_name: "Dr. Ana Ruiz-Gómez" });
      const rest = await api<Started>("POST", "/patient/session", { user: patient.user, body: { patient_id: patient.id, agent_id } });
      assert.deepEqual(rest.body.dynamic_variables, { doctor_name: "Dr. Ana Ruiz-Gómez" });

      const conversation = await talk(started.signed_url, { dynamicVariables: started.dynamic_variables, messages: [QUESTION] });
      assert.ok(!conversation.events.some((e) => e.type === "error"), "no missing_dynamic_variable refusal");
      await endAll(patient, [rest.body]);
      const stored = await waitFor("the conversation at ElevenLabs", async () => {
        const body = await fetchConversation(started.session_id);
        return body?.status === "done" ? body : undefined;
      });
      assert.equal(stored.conversation_initiation_client_data?.dynamic_variables?.doctor_name, "Dr. Ana Ruiz-Gómez");
    });

    it("uses a neutral phrase, never an e-mail address, when the doctor has no name", async () => {
      const doctor = await signInDoctor();
      await adminDb.collection("doctors").doc(doctor.uid).set({ display_name: doctor.email });
      const { agent_id } = await doctor.call<{ agent_id: string }>("saveAgent", { name: "Knee guide", knowledge_ids: [], voice_id: VOICE, answer_style: "friendly" });
      const remote = await remoteAgentOf(agent_id);
      assert.deepEqual(remote.conversation_config.agent.dynamic_variables.dynamic_variable_placeholders, { doctor_name: "the clinic" });
      const patient = await patientOf(doctor);
      const started = await patient.user.call<Started>("startSession", { patient_id: patient.id, agent_id });
      assert.deepEqual(started.dynamic_variables, { doctor_name: "the clinic" });
      await endAll(patient, [started]);
    });
  });

  describe("rule 3: the workspace's knowledge base within the plan", () => {
    it("refuses, before ElevenLabs does, a document that does not fit next to every doctor's documents, naming text and what is left", async function () {
      this.timeout(300_000);
      const doctorA = await doctorNamed("Dr. A");
      const doctorB = await doctorNamed("Dr. B");
      // Fill the workspace to 1,000 characters below the creator plan's 300,000, across two doctors.
      const uploaded: { doctor: SignedInUser; id: string }[] = [];
      try {
        let toFill = 300_000 - 1_000 - (await productUsage());
        for (let i = 0; toFill > 0; i++) {
          const length = Math.min(99_000, toFill);
          const doctor = i % 2 === 0 ? doctorA : doctorB;
          const prefix = `Part ${i}: `;
          const text = prefix + "walk".repeat(length).slice(0, length - prefix.length);
          const response = await upload(doctor, text);
          assert.equal(response.status, 201, JSON.stringify(response.body).slice(0, 300));
          uploaded.push({ doctor, id: response.body.knowledge_id });
          toFill -= length;
        }
        const usedBefore = await productUsage();
        assert.equal(usedBefore, 299_000);
        const documentsBefore = (await state()).documents.length;
        const refused = await upload(doctorB, `One more page. ${"x".repeat(1_100)}`);
        assert.equal(refused.status, 400, JSON.stringify(refused.body).slice(0, 300));
        assert.equal(refused.body.error?.code, "invalid-argument");
        assert.deepEqual(refused.body.error?.details?.map((d) => d.field), ["text"]);
        assert.match(refused.body.error!.message, /^text: is 1,115 characters, but the clinic's ElevenLabs knowledge base has 1,000 of its 300,000 characters left \(the creator plan, shared by every doctor\)/);
        assert.equal((await state()).documents.length, documentsBefore, "ElevenLabs was not asked");
        const recordsOfB = (await adminDb.collection("knowledge").where("doctor_id", "==", doctorB.uid).count().get()).data().count;
        assert.equal(recordsOfB, uploaded.filter((u) => u.doctor === doctorB).length, "no record for the refused upload");
        assert.equal(await productUsage(), usedBefore);
        // A smaller page still fits.
        const fits = await upload(doctorB, `A short page. ${"y".repeat(900)}`);
        assert.equal(fits.status, 201, JSON.stringify(fits.body).slice(0, 300));
        uploaded.push({ doctor: doctorB, id: fits.body.knowledge_id });
      } finally {
        for (const { doctor, id } of uploaded) await api("DELETE", `/knowledge/${id}`, { user: doctor });
      }
    });

    it("turns ElevenLabs' own refusal (documents added outside the product) into the same clear 400, leaving nothing behind", async () => {
      const doctor = await doctorNamed("Dr. C");
      // Another tool filled the workspace directly at ElevenLabs: the product cannot see it.
      for (let i = 0; i < 3; i++) {
        await elevenLabsDirect("POST", "/v1/convai/knowledge-base/text", { text: "y".repeat(99_000), name: `Outside ${i}` });
      }
      const response = await upload(doctor, `Knee notes\n\n${"z".repeat(20_000)}`);
      assert.equal(response.status, 400, JSON.stringify(response.body).slice(0, 300));
      assert.deepEqual(response.body.error?.details?.map((d) => d.field), ["text"]);
      assert.match(response.body.error!.message, /does not fit in the clinic's ElevenLabs knowledge base/);
      assert.equal((await adminDb.collection("knowledge").where("doctor_id", "==", doctor.uid).count().get()).data().count, 0);
      assert.equal((await state()).documents.length, 3);
    });
  });

  describe("rule 4: a document reaches agents once its RAG index has succeeded", () => {
    it("shows indexing, keeps the document off the agent until the index succeeds, then attaches it", async () => {
      const doctor = await doctorNamed("Dr. Ana Ruiz");
      const uploaded = await upload(doctor, LONG_KNOWLEDGE);
      assert.equal(uploaded.status, 201, JSON.stringify(uploaded.body));
      assert.equal(uploaded.body.sync_status, "indexing");
      // Slow down the follow-up's next status check, so the window is wide enough to look at.
      await fault({ kind: "latency", route: "kb.rag_compute", ms: 4_000, count: 1 });
      const listed = await doctor.call<{ knowledge: { knowledge_id: string; sync_status: string; rag_status: string }[] }>("listKnowledge", {});
      assert.equal(listed.knowledge[0]!.sync_status, "indexing");

      const { agent_id } = await doctor.call<{ agent_id: string }>("saveAgent", {
        name: "Knee guide", knowledge_ids: [uploaded.body.knowledge_id], voice_id: VOICE, answer_style: "friendly",
      });
      const agent = await doctor.call<{ knowledge_ids: string[]; pending_knowledge_ids: string[] }>("getAgent", { agent_id });
      assert.deepEqual(agent.knowledge_ids, [uploaded.body.knowledge_id]);
      assert.deepEqual(agent.pending_knowledge_ids, [uploaded.body.knowledge_id]);
      assert.deepEqual((await remoteAgentOf(agent_id)).conversation_config.agent.prompt.knowledge_base, [], "not attached while indexing");

      const synced = await waitForKnowledge(uploaded.body.knowledge_id, "synced");
      assert.equal(synced?.rag_status, "succeeded");
      await waitFor("the agent to get the document", async () =>
        (await remoteAgentOf(agent_id)).conversation_config.agent.prompt.knowledge_base.length === 1);
      const remote = await remoteAgentOf(agent_id);
      assert.equal(remote.conversation_config.agent.prompt.knowledge_base[0].id, uploaded.body.elevenlabs_document_id);
      assert.deepEqual((await doctor.call<{ pending_knowledge_ids: string[] }>("getAgent", { agent_id })).pending_knowledge_ids, []);

      // And the patient now gets the answer from it.
      const patient = await patientOf(doctor);
      const started = await patient.user.call<Started>("startSession", { patient_id: patient.id, agent_id });
      const conversation = await talk(started.signed_url, { dynamicVariables: started.dynamic_variables, messages: [QUESTION] });
      assert.match(conversation.replies[1]!, /clean and dry for the first five days/);
      await endAll(patient, [started]);
    });

    it("shows rag_limit_exceeded to the doctor with what to do, and frees the space it would have taken", async () => {
      await setPlan("free"); // 1 MB of RAG storage at ElevenLabs
      // Another tool's 1 MB file already takes the whole RAG allowance.
      const pdf = await elevenLabsUpload("handbook.pdf", Buffer.alloc(1024 * 1024, 1));
      await elevenLabsDirect("POST", `/v1/convai/knowledge-base/${pdf}/rag-index`, { model: "multilingual_e5_large_instruct" });
      await waitFor("the outside index", async () => {
        const index = await elevenLabsDirect<{ status: string }>("POST", `/v1/convai/knowledge-base/${pdf}/rag-index`, { model: "multilingual_e5_large_instruct" });
        return index.status === "succeeded";
      });
      const doctor = await doctorNamed("Dr. Ana Ruiz");
      const uploaded = await upload(doctor, LONG_KNOWLEDGE);
      assert.equal(uploaded.status, 201, JSON.stringify(uploaded.body));
      assert.equal(uploaded.body.sync_status, "failed");
      assert.equal(uploaded.body.sync_error?.code, "rag_limit_exceeded");
      const shown = await doctor.call<{ sync_status: string; rag_status: string; sync_error: { code: string; message: string } }>("getKnowledge", { knowledge_id: uploaded.body.knowledge_id });
      assert.equal(shown.sync_status, "failed");
      assert.equal(shown.rag_status, "rag_limit_exceeded");
      assert.match(shown.sync_error.message, /no room left to index this document .* upgrade the ElevenLabs plan/);
      assert.deepEqual((await state()).documents.map((d) => d.id), [pdf], "the unusable copy is removed from ElevenLabs");
      assert.equal((await knowledgeRecord(uploaded.body.knowledge_id))?.elevenlabs_characters, 0);

      const refused = await api<{ error: { code: string; message: string } }>("POST", "/agent", {
        user: doctor, body: { name: "Knee guide", knowledge_ids: [uploaded.body.knowledge_id], voice_id: VOICE, answer_style: "friendly" },
      });
      assert.equal(refused.status, 412);
      assert.match(refused.body.error.message, /knowledge_ids: .* cannot be used: The clinic's ElevenLabs plan has no room left/);
    });

    it("records an index that failed while it was being built, and keeps agents on the version they had", async () => {
      const doctor = await doctorNamed("Dr. Ana Ruiz");
      const first = await upload(doctor, LONG_KNOWLEDGE);
      await waitForKnowledge(first.body.knowledge_id, "synced");
      const { agent_id } = await doctor.call<{ agent_id: string }>("saveAgent", {
        name: "Knee guide", knowledge_ids: [first.body.knowledge_id], voice_id: VOICE, answer_style: "friendly",
      });
      await fault({ kind: "rag_index_failed" });
      const replaced = await api<{ sync_status: string; elevenlabs_document_id: string }>("PUT", `/knowledge/${first.body.knowledge_id}`, {
        user: doctor, body: { text: `${LONG_KNOWLEDGE}\n\nNo kneeling for six weeks.` },
      });
      assert.equal(replaced.status, 200, JSON.stringify(replaced.body));
      assert.equal(replaced.body.sync_status, "indexing");
      const failed = await waitForKnowledge(first.body.knowledge_id, "failed");
      assert.equal(failed?.sync_error.code, "index_failed");
      assert.equal(failed?.elevenlabs_document_id, first.body.elevenlabs_document_id, "the version agents use");
      assert.deepEqual((await remoteAgentOf(agent_id)).conversation_config.agent.prompt.knowledge_base.map((k: { id: string }) => k.id), [first.body.elevenlabs_document_id]);
      assert.deepEqual((await state()).documents.map((d) => d.id), [first.body.elevenlabs_document_id], "the failed version is removed");
    });

    it("finishes a follow-up the trigger did not see to the end, from the scheduled job", async () => {
      const doctor = await doctorNamed("Dr. Ana Ruiz");
      const uploaded = await upload(doctor, LONG_KNOWLEDGE);
      await waitForKnowledge(uploaded.body.knowledge_id, "synced");
      // As if the trigger had crashed before recording the outcome: with background triggers off, the
      // record goes back to indexing unseen, so only the scheduled follow-up can settle it.
      const { followPendingIndexing } = await inProcess();
      await backgroundTriggers(false);
      try {
        await adminDb.collection("knowledge").doc(uploaded.body.knowledge_id).update({ sync_status: "indexing" });
      } finally {
        await backgroundTriggers(true);
      }
      const counts = await followPendingIndexing();
      assert.ok(counts.synced >= 1, JSON.stringify(counts));
      assert.equal((await knowledgeRecord(uploaded.body.knowledge_id))?.sync_status, "synced");
      assert.equal((await followPendingIndexing()).followed, 0, "idempotent: nothing left to follow");
    });
  });

  describe("rule 5: the webhook answers 200 to every authentic event", () => {
    it("answers 200 even when an event cannot be stored, and the reconciler summarizes the conversation", async () => {
      const { doctor, patient, agentId } = await smallClinic();
      await fault({ kind: "webhook_drop" });
      const started = await patient.user.call<Started>("startSession", { patient_id: patient.id, agent_id: agentId });
      await talk(started.signed_url, { dynamicVariables: started.dynamic_variables, messages: [QUESTION] });
      // An authentic event too large for one Firestore document (1 MiB) cannot be stored.
      const body = JSON.stringify({
        type: "post_call_transcription",
        event_timestamp: Math.floor(Date.now() / 1000),
        data: { conversation_id: started.session_id, status: "done", transcript: [{ role: "user", message: "x".repeat(1_100_000) }] },
      });
      const stored = await postWebhook(body);
      assert.equal(stored.status, 200);
      assert.deepEqual(stored.body, { received: true, stored: false });
      assert.equal((await adminDb.collection("sessions").doc(started.session_id).get()).get("status"), "active");
      assert.equal((await postWebhook(body, "t=1,v0=deadbeef")).status, 401, "a bad signature is still refused");

      await adminDb.collection("sessions").doc(started.session_id).update({ started_at: Timestamp.fromMillis(Date.now() - 3_600_000) });
      const admin = await signInAs({ role: "admin" });
      await admin.call("runReconciler", {});
      const session = await waitFor("the summary from the reconciler", async () => {
        const data = (await adminDb.collection("sessions").doc(started.session_id).get()).data();
        return data?.summary_status === "done" ? data : undefined;
      });
      assert.equal(session.end_source, "reconciler");
      const dashboard = await api<{ totals: { sessions: number } }>("GET", "/dashboard", { user: doctor });
      assert.equal(dashboard.body.totals.sessions, 1);
    });

    it("keeps ElevenLabs' webhook enabled: no delivery of a conversation fails", async () => {
      const { patient, agentId } = await smallClinic();
      const started = await patient.user.call<Started>("startSession", { patient_id: patient.id, agent_id: agentId });
      await talk(started.signed_url, { dynamicVariables: started.dynamic_variables, messages: [QUESTION] });
      await waitFor("the delivery", async () => {
        const s = await standIn<{ webhook_deliveries: { conversation_id: string; state: string }[] }>("GET", "/_emulator/state");
        return s.webhook_deliveries.some((d) => d.conversation_id === started.session_id && d.state === "delivered");
      });
      const webhook = await standIn<{ consecutive_failures: number; is_auto_disabled: boolean }>("GET", "/_emulator/webhook");
      assert.equal(webhook.consecutive_failures, 0);
      assert.equal(webhook.is_auto_disabled, false);
    });
  });

  describe("rule 6: sessions within the plan's conversation concurrency", () => {
    // The stand-in was reset: the conversations earlier tests' lines stood for are gone there too.
    beforeEach(async () => {
      const lines = await adminDb.collection("conversation_lines").get();
      await Promise.all(lines.docs.map((line) => line.ref.delete()));
    });

    it("starts the plan's 10 conversations, refuses the 11th with resource-exhausted, and leaves no session for it", async () => {
      const clinic = await smallClinic();
      // Six patients: each stays inside the per-patient cap of open sessions (MAX_CONCURRENT_SESSIONS = 2).
      const patients = [clinic.patient, ...(await Promise.all(Array.from({ length: 5 }, () => patientOf(clinic.doctor))))];
      const started: { patient: typeof clinic.patient; s: Started }[] = [];
      try {
        for (let i = 0; i < 10; i++) {
          const patient = patients[i % patients.length]!;
          started.push({ patient, s: await patient.user.call<Started>("startSession", { patient_id: patient.id, agent_id: clinic.agentId }) });
        }
        const urls = (await state()).signed_urls.length;
        // The sixth patient has one session open: only the plan's lines can refuse it.
        const refused = await api<{ error: { code: string; message: string } }>("POST", "/patient/session", {
          user: patients[5]!.user, body: { patient_id: patients[5]!.id, agent_id: clinic.agentId },
        });
        assert.equal(refused.status, 429);
        assert.equal(refused.body.error.code, "resource-exhausted");
        assert.match(refused.body.error.message, /All 10 conversation lines of the clinic's ElevenLabs plan \(creator\) are in use/);
        assert.equal((await state()).signed_urls.length, urls, "no signed URL was minted for it");
        const sessions = await adminDb.collection("sessions").where("doctor_id", "==", clinic.doctor.uid).count().get();
        assert.equal(sessions.data().count, 10);

        // A patient hangs up: the line is free for the next one.
        const first = started.shift()!;
        assert.deepEqual(await first.patient.user.call("endSession", { session_id: first.s.session_id }), { session_id: first.s.session_id, status: "not_connected" });
        const next = await patients[0]!.user.call<Started>("startSession", { patient_id: patients[0]!.id, agent_id: clinic.agentId });
        started.push({ patient: patients[0]!, s: next });
      } finally {
        for (const { patient, s } of started) await patient.user.call("endSession", { session_id: s.session_id });
      }
    });

    it("marks a session ElevenLabs refused to connect as not_connected when the app ends it: no orphan, no summary", async () => {
      const clinic = await smallClinic();
      await setPlan("free"); // ElevenLabs allows 4 conversations; the product believes it has 10 lines
      const open: { socket: WebSocket; s: Started; patient: typeof clinic.patient }[] = [];
      // One patient per conversation: the per-patient cap of open sessions stays out of the way.
      const patients = [clinic.patient, ...(await Promise.all(Array.from({ length: 4 }, () => patientOf(clinic.doctor))))];
      try {
        for (let i = 0; i < 4; i++) {
          const patient = patients[i]!;
          const s = await patient.user.call<Started>("startSession", { patient_id: patient.id, agent_id: clinic.agentId });
          const socket = new WebSocket(s.signed_url);
          await new Promise((resolve, reject) => socket.once("open", resolve).once("error", reject));
          socket.send(JSON.stringify({ type: "conversation_initiation_client_data", dynamic_variables: s.dynamic_variables }));
          open.push({ socket, s, patient });
        }
        const fifth = patients[4]!;
        const refusedStart = await fifth.user.call<Started>("startSession", { patient_id: fifth.id, agent_id: clinic.agentId });
        const refused = await talk(refusedStart.signed_url, { dynamicVariables: refusedStart.dynamic_variables });
        assert.equal(refused.refusedStatus, 429, "ElevenLabs refuses the fifth conversation");
        const ended = await fifth.user.call<{ status: string }>("endSession", { session_id: refusedStart.session_id });
        assert.equal(ended.status, "not_connected");
        const session = (await adminDb.collection("sessions").doc(refusedStart.session_id).get()).data();
        assert.equal(session?.status, "not_connected");
        await new Promise((resolve) => setTimeout(resolve, 1500));
        assert.equal((await adminDb.collection("sessions").doc(refusedStart.session_id).get()).get("summary_status"), undefined, "no summary is attempted");
      } finally {
        for (const { socket } of open) socket.close(1000);
        for (const { s, patient } of open) await patient.user.call("endSession", { session_id: s.session_id });
      }
    });

    it("answers resource-exhausted when ElevenLabs refuses the signed URL, and gives the line back", async () => {
      const clinic = await smallClinic();
      await fault({ route: "convai.signed_url", kind: "rate_limit", code: "too_many_concurrent_requests", count: 3 });
      const refused = await api<{ error: { code: string; message: string } }>("POST", "/patient/session", {
        user: clinic.patient.user, body: { patient_id: clinic.patient.id, agent_id: clinic.agentId },
      });
      assert.equal(refused.status, 429, JSON.stringify(refused.body));
      assert.equal(refused.body.error.code, "resource-exhausted");
      assert.match(refused.body.error.message, /All conversation lines of the clinic's ElevenLabs plan are in use; please try again in a few minutes\./);
      assert.equal((await adminDb.collection("sessions").where("patient_id", "==", clinic.patient.id).count().get()).data().count, 0);
      const lines = await adminDb.collection("conversation_lines").get();
      assert.ok(lines.docs.every((line) => line.get("session_id") !== null), "no claim is left without a session");
    });

    it("takes back the line of a session that never connected once all are held", async () => {
      const clinic = await smallClinic();
      // Six patients, at most two open sessions each (MAX_CONCURRENT_SESSIONS).
      const patients = [clinic.patient, ...(await Promise.all(Array.from({ length: 5 }, () => patientOf(clinic.doctor))))];
      const started: { patient: typeof clinic.patient; s: Started }[] = [];
      for (let i = 0; i < 10; i++) {
        const patient = patients[i % patients.length]!;
        started.push({ patient, s: await patient.user.call<Started>("startSession", { patient_id: patient.id, agent_id: clinic.agentId }) });
      }
      // The oldest never connected, two minutes ago.
      await adminDb.collection("sessions").doc(started[0]!.s.session_id).update({ started_at: Timestamp.fromMillis(Date.now() - 120_000) });
      const next = await patients[5]!.user.call<Started>("startSession", { patient_id: patients[5]!.id, agent_id: clinic.agentId });
      assert.equal((await adminDb.collection("sessions").doc(started[0]!.s.session_id).get()).get("status"), "not_connected");
      for (const { patient, s } of started.slice(1)) await endAll(patient, [s]);
      await endAll(patients[5]!, [next]);
    });

    it("marks a stale session whose conversation never existed as not_connected in the reconciler", async () => {
      const clinic = await smallClinic();
      const started = await clinic.patient.user.call<Started>("startSession", { patient_id: clinic.patient.id, agent_id: clinic.agentId });
      await adminDb.collection("sessions").doc(started.session_id).update({ started_at: Timestamp.fromMillis(Date.now() - 3_600_000) });
      const admin = await signInAs({ role: "admin" });
      await admin.call("runReconciler", {});
      assert.equal((await adminDb.collection("sessions").doc(started.session_id).get()).get("status"), "not_connected");
    });
  });

  describe("rule 7: a create whose answer was lost is found by ElevenLabs' name-prefix search", () => {
    it("finds the knowledge document an earlier attempt left, by the reference at the start of its name", async () => {
      const doctor = await doctorNamed("Dr. Ana Ruiz");
      const reference = shortId("kn", doctor.uid, contentHash(LONG_KNOWLEDGE));
      // The first attempt reached ElevenLabs, but its answer was lost (a 500 after the write).
      const landed = await elevenLabsDirect<{ id: string }>("POST", "/v1/convai/knowledge-base/text", {
        text: LONG_KNOWLEDGE, name: referencedName(reference, "Knee replacement - post_care"),
      });
      await fault({ kind: "error", status: 500, route: "kb.create_text", count: 1 });
      const response = await upload(doctor, LONG_KNOWLEDGE);
      assert.equal(response.status, 201, JSON.stringify(response.body));
      assert.equal(response.body.knowledge_id, reference);
      assert.equal(response.body.elevenlabs_document_id, landed.id, "found, not created again");
      assert.equal((await state()).documents.length, 1);
    });

    it("finds a replaced version the same way", async () => {
      const doctor = await doctorNamed("Dr. Ana Ruiz");
      const first = await upload(doctor, "Keep the dressing dry for five days.");
      const text = "Keep the dressing dry for six days.";
      const landed = await elevenLabsDirect<{ id: string }>("POST", "/v1/convai/knowledge-base/text", {
        text, name: referencedName(`${first.body.knowledge_id}-v2`, "Knee replacement - post_care"),
      });
      await fault({ kind: "error", status: 500, route: "kb.create_text", count: 1 });
      const replaced = await api<{ elevenlabs_document_id: string }>("PUT", `/knowledge/${first.body.knowledge_id}`, { user: doctor, body: { text } });
      assert.equal(replaced.status, 200, JSON.stringify(replaced.body));
      assert.equal(replaced.body.elevenlabs_document_id, landed.id);
      assert.deepEqual((await state()).documents.map((d) => d.id), [landed.id], "the old version is deleted, no duplicate");
    });

    it("names new documents and agents with the reference first", async () => {
      const doctor = await doctorNamed("Dr. Ana Ruiz");
      const uploaded = await upload(doctor, "Ice the knee for twenty minutes.");
      const { agent_id } = await doctor.call<{ agent_id: string }>("saveAgent", { name: "Knee guide", knowledge_ids: [], voice_id: VOICE, answer_style: "friendly" });
      const snapshot = await state();
      assert.equal(snapshot.documents[0]!.name, `${uploaded.body.knowledge_id} | Knee replacement - post_care`);
      assert.equal(snapshot.agents[0]!.name, `${agent_id} | Knee guide`);
      const byPrefix = await elevenLabsDirect<{ documents: { id: string }[] }>("GET", `/v1/convai/knowledge-base?search=${uploaded.body.knowledge_id}`);
      assert.deepEqual(byPrefix.documents.map((d) => d.id), [uploaded.body.elevenlabs_document_id]);
    });

    it("finds the agent an earlier attempt left, by its name prefix and tag (the product's own create, in process)", async () => {
      const reference = `agentRef${Date.now()}`;
      const landed = await elevenLabsDirect<{ agent_id: string }>("POST", "/v1/convai/agents/create", {
        name: referencedName(reference, "Knee guide"), tags: ["patient-education", `ref:${reference}`], conversation_config: { agent: { first_message: "Hi" } },
      });
      await fault({ kind: "error", status: 500, route: "agents.create", count: 1 });
      const { elevenLabs } = await inProcessServices();
      const agentId = await elevenLabs.createOrUpdateAgent({
        reference, name: "Knee guide", systemPrompt: "Teach {{doctor_name}}'s patients.", firstMessage: "Hi", language: "en",
        variables: { doctor_name: "Dr. Ana Ruiz" }, maxDurationSeconds: 1_800, voiceId: VOICE, knowledge: [], recordAudio: false, retentionDays: 30,
        flagTool: { url: stack.urls.flagTool, token: "token-for-this-test", agentRef: reference },
      });
      assert.equal(agentId, landed.agent_id);
      assert.equal((await state()).agents.length, 1);
    });
  });
});

// ---------------------------------------------------------------- helpers

/** Turns the Functions emulator's Firestore triggers off and on again (the Emulator Suite hub's own switch). */
async function backgroundTriggers(enabled: boolean): Promise<void> {
  const response = await fetch(`${stack.urls.hub}/functions/${enabled ? "enable" : "disable"}BackgroundTriggers`, { method: "PUT" });
  assert.equal(response.status, 200, `the hub did not switch background triggers ${enabled ? "on" : "off"}: ${await response.text()}`);
}

async function smallClinic() {
  const doctor = await doctorNamed("Dr. Ana Ruiz");
  const { body: kb } = await upload(doctor, "Keep the wound dressing clean and dry for the first five days after surgery.");
  const { agent_id } = await doctor.call<{ agent_id: string }>("saveAgent", { name: "Knee guide", knowledge_ids: [kb.knowledge_id], voice_id: VOICE, answer_style: "friendly" });
  return { doctor, patient: await patientOf(doctor), agentId: agent_id };
}

/** What the product counts as the workspace's knowledge base: the sum over every knowledge record. */
async function productUsage(): Promise<number> {
  const records = await adminDb.collection("knowledge").select("elevenlabs_characters").get();
  return records.docs.reduce((sum, doc) => sum + Number(doc.get("elevenlabs_characters") ?? 0), 0);
}

/** A call straight to the stand-in's ElevenLabs API, as another tool in the same workspace would make it. */
async function elevenLabsDirect<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${elevenLabsUrl}${path}`, {
    method,
    headers: { "xi-api-key": elevenLabsApiKey, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await response.json()) as T;
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

async function elevenLabsUpload(filename: string, data: Buffer): Promise<string> {
  const form = new FormData();
  form.append("file", new Blob([data], { type: "application/pdf" }), filename);
  const response = await fetch(`${elevenLabsUrl}/v1/convai/knowledge-base/file`, { method: "POST", headers: { "xi-api-key": elevenLabsApiKey }, body: form });
  const json = (await response.json()) as { id: string };
  if (!response.ok) throw new Error(`upload: ${response.status} ${JSON.stringify(json)}`);
  return json.id;
}

async function fetchConversation(conversationId: string) {
  return elevenLabsDirect<{ status: string; conversation_initiation_client_data?: { dynamic_variables?: Record<string, unknown> } }>(
    "GET", `/v1/convai/conversations/${conversationId}`,
  ).catch(() => undefined);
}

function sign(body: string): string {
  const t = Math.floor(Date.now() / 1000);
  return `t=${t},v0=${createHmac("sha256", webhookSecret).update(`${t}.${body}`).digest("hex")}`;
}

async function postWebhook(body: string, signature = sign(body)) {
  const response = await fetch(`${functionsBase}/elevenLabsWebhook`, { method: "POST", headers: { "content-type": "application/json", "elevenlabs-signature": signature }, body });
  return { status: response.status, body: await response.json() };
}

/** The product's handlers in this process (for the scheduled follow-up, which the emulators do not run). */
async function inProcess() {
  configureInProcessHandlers();
  return import("../../src/handlers/knowledge");
}

async function inProcessServices() {
  configureInProcessHandlers();
  return { elevenLabs: await import("../../src/services/elevenlabs") };
}
