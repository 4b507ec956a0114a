// Knowledge, narrated audio and agents, called as the web app calls them (REST with an ID token,
// and callables through the Firebase JS SDK), against the emulators and the ElevenLabs stand-in.
import assert from "node:assert/strict";
import { mp3DurationSeconds } from "../../src/domain/mp3";
import { splitScript } from "../../src/domain/script-chunks";
import { chunkSizeFor } from "../../src/domain/tts-models";
import { connectFirestoreEmulator, doc, getFirestore as getClientFirestore, onSnapshot } from "firebase/firestore";
import {
  adminDb, api, bucket, closeClientApps, configureInProcessHandlers, markSensitive, elevenLabsApiKey, elevenLabsUrl, narrate, signInAs, signInDoctor, standIn,
  waitFor, waitForNarration, type SignedInUser,
} from "./harness";
import { emulatorAddress, stack } from "../stack";

interface StandInState {
  documents: { id: string; name: string; dependent_agent_ids: string[] }[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- wire JSON, asserted field by field
  agents: { agent_id: string; name: string; conversation_config: any; platform_settings: any; tags?: string[] }[];
  tts: { requests: number };
}
const state = () => standIn<StandInState>("GET", "/_emulator/state");
const fault = (spec: Record<string, unknown>) => standIn("POST", "/_emulator/faults", spec);
const VOICE = stack.voiceId;
const FAQ = "# Knee replacement FAQ\n\nKeep the wound dry for 5 days. Walk three times a day with your walker. Ice the knee for 20 minutes after exercises.";

async function upload(doctor: SignedInUser, text = FAQ) {
  return api<{ knowledge_id: string; elevenlabs_document_id: string }>("POST", "/knowledge", {
    user: doctor,
    body: { text, disease_name: "Knee replacement", document_type: "faq", doctor_id: doctor.uid },
  });
}

async function docCount(collection: string, doctorId: string) {
  return (await adminDb.collection(collection).where("doctor_id", "==", doctorId).count().get()).data().count;
}

describe("doctor capabilities", () => {
  before(() => markSensitive(FAQ, "Welcome. Today we talk about caring for your new knee."));
  beforeEach(() => standIn("POST", "/_emulator/reset"));
  after(closeClientApps);

  describe("knowledge", () => {
    it("uploads a document through REST: the record is synced and ElevenLabs holds one copy", async () => {
      const doctor = await signInDoctor();
      const response = await upload(doctor);
      assert.equal(response.status, 201, JSON.stringify(response.body));
      const record = (await adminDb.collection("knowledge").doc(response.body.knowledge_id).get()).data();
      assert.equal(record?.sync_status, "synced");
      assert.equal(record?.elevenlabs_document_id, response.body.elevenlabs_document_id);
      const docs = (await state()).documents;
      assert.equal(docs.length, 1);
      assert.equal(docs[0]!.id, response.body.elevenlabs_document_id);
    });

    it("does not create a second ElevenLabs document for a duplicate upload", async () => {
      const doctor = await signInDoctor();
      const first = await upload(doctor);
      const second = await doctor.call<{ knowledge_id: string; elevenlabs_document_id: string }>("uploadKnowledge", {
        text: FAQ, disease_name: "Knee replacement", document_type: "faq",
      });
      assert.deepEqual(second, first.body);
      assert.equal((await state()).documents.length, 1);
      assert.equal(await docCount("knowledge", doctor.uid), 1);
    });

    it("lists, gets, replaces and deletes, keeping a version history and re-attaching agents", async () => {
      const doctor = await signInDoctor();
      const { body: uploaded } = await upload(doctor);
      const { agent_id } = await doctor.call<{ agent_id: string }>("saveAgent", {
        name: "Knee guide", knowledge_ids: [uploaded.knowledge_id], voice_id: VOICE, answer_style: "friendly",
      });
      const listed = await api<{ knowledge: unknown[] }>("GET", "/knowledge", { user: doctor });
      assert.equal(listed.body.knowledge.length, 1);
      const replaced = await api<{ elevenlabs_document_id: string }>("PUT", `/knowledge/${uploaded.knowledge_id}`, {
        user: doctor, body: { text: `${FAQ}\n\nNew: no kneeling for 6 weeks.` },
      });
      assert.equal(replaced.status, 200, JSON.stringify(replaced.body));
      assert.notEqual(replaced.body.elevenlabs_document_id, uploaded.elevenlabs_document_id);
      const snapshot = await state();
      assert.deepEqual(snapshot.documents.map((d) => d.id), [replaced.body.elevenlabs_document_id], "the old document is deleted");
      const agentRecord = (await adminDb.collection("agents").doc(agent_id).get()).data();
      const remoteAgent = snapshot.agents.find((a) => a.agent_id === agentRecord?.elevenlabs_agent_id);
      assert.deepEqual(remoteAgent?.conversation_config.agent.prompt.knowledge_base.map((k: { id: string }) => k.id), [replaced.body.elevenlabs_document_id]);
      const got = await api<{ versions: { replaced_at: string | null }[] }>("GET", `/knowledge/${uploaded.knowledge_id}`, { user: doctor });
      assert.equal(got.body.versions.length, 2);
      assert.notEqual(got.body.versions[0]!.replaced_at, null);

      const blocked = await api("DELETE", `/knowledge/${uploaded.knowledge_id}`, { user: doctor });
      assert.equal(blocked.status, 409, "a document an agent uses cannot be deleted");
      await doctor.call("deleteAgent", { agent_id });
      const deleted = await api("DELETE", `/knowledge/${uploaded.knowledge_id}`, { user: doctor });
      assert.equal(deleted.status, 200);
      assert.equal((await state()).documents.length, 0);
      assert.equal(await docCount("knowledge", doctor.uid), 0);
    });

    it("names each invalid field and writes nothing", async () => {
      const doctor = await signInDoctor();
      const response = await api<{ error: { code: string; details: { field: string }[] } }>("POST", "/knowledge", {
        user: doctor, body: { text: "", disease_name: 7, document_type: "poem", extra: true },
      });
      assert.equal(response.status, 400);
      assert.equal(response.body.error.code, "invalid-argument");
      const fields = response.body.error.details.map((d) => d.field).sort();
      assert.deepEqual(fields, ["disease_name", "document_type", "extra", "text"]);
      assert.equal(await docCount("knowledge", doctor.uid), 0);
      assert.equal((await state()).documents.length, 0);
    });

    it("answers 401 without a token and 403 for another role or another doctor's id", async () => {
      const doctor = await signInDoctor();
      const patient = await signInAs({ role: "patient", patient_id: "p1", doctor_id: doctor.uid });
      assert.equal((await api("POST", "/knowledge", { body: { text: FAQ, disease_name: "x", document_type: "faq" } })).status, 401);
      assert.equal((await api("POST", "/knowledge", { token: "not-a-token", body: {} })).status, 401);
      assert.equal((await upload(patient)).status, 403);
      const other = await api("POST", "/knowledge", {
        user: doctor, body: { text: FAQ, disease_name: "x", document_type: "faq", doctor_id: "someone-else" },
      });
      assert.equal(other.status, 403);
      await assert.rejects(patient.call("uploadKnowledge", { text: FAQ, disease_name: "x", document_type: "faq" }), { code: "functions/permission-denied" });
      assert.equal((await state()).documents.length, 0);
    });

    it("retries a 503 and then succeeds with exactly one ElevenLabs document", async () => {
      const doctor = await signInDoctor();
      await fault({ kind: "error", status: 503, route: "kb.create_text", count: 2 });
      const response = await upload(doctor);
      assert.equal(response.status, 201, JSON.stringify(response.body));
      assert.equal((await state()).documents.length, 1);
    });

    it("gives up after 3 attempts with 502 and leaves nothing behind", async () => {
      const doctor = await signInDoctor();
      await fault({ kind: "error", status: 500, route: "kb.create_text", count: 3 });
      const response = await upload(doctor);
      assert.equal(response.status, 502);
      assert.match(JSON.stringify(response.body), /ElevenLabs did not respond successfully after 3 attempts/);
      assert.equal(await docCount("knowledge", doctor.uid), 0);
      assert.equal((await state()).documents.length, 0);
    });

    it("reconciles a create that reached ElevenLabs before the connection dropped", async () => {
      const doctor = await signInDoctor();
      await fault({ kind: "drop", route: "kb.create_text", count: 1 });
      const response = await upload(doctor);
      assert.equal(response.status, 201, JSON.stringify(response.body));
      assert.equal((await state()).documents.length, 1);
    });
  });

  describe("narrated audio", () => {
    it("answers a narration at once with its job, then the job writes one MP3 whose duration comes from the audio", async () => {
      const doctor = await signInDoctor();
      const { queued, audio } = await narrate(doctor, { script_content: "Welcome. Today we talk about caring for your new knee.", voice_id: VOICE, disease_name: "Knee replacement" });
      assert.equal(queued.status, 202, JSON.stringify(queued.body));
      assert.equal(queued.body.job_id, queued.body.audio_id, "the job id is the audio record's id");
      assert.equal(queued.body.status, "queued");
      assert.deepEqual(queued.body.progress, { done: 0, total: 1 });
      assert.equal(audio?.status, "draft", JSON.stringify(audio));
      const record = (await adminDb.collection("audio").doc(queued.body.audio_id).get()).data();
      assert.equal(record?.status, "draft");
      assert.deepEqual(record?.progress, { done: 1, total: 1 });
      const played = await fetch(audio!.audio_url!);
      assert.equal(played.status, 200);
      const bytes = Buffer.from(await played.arrayBuffer());
      assert.equal(bytes.length, record?.size_bytes);
      assert.ok(Math.abs(mp3DurationSeconds(bytes) - audio!.duration_seconds!) < 0.01);
      assert.equal(await docCount("audio", doctor.uid), 1);
      assert.equal((await adminDb.collection("doctor_stats").doc(doctor.uid).get()).get("counts.audio"), 1);
      const approved = await doctor.call<{ status: string }>("approveAudio", { audio_id: queued.body.audio_id });
      assert.equal(approved.status, "approved");
    });

    it("lets the web app follow the job in Firestore: queued, generating with progress, then draft", async function () {
      this.timeout(120_000);
      const doctor = await signInDoctor();
      // Slow requests (600 ms each), so the job runs long enough to report progress on the way.
      await fault({ kind: "latency", route: "tts.convert", ms: 600, count: -1 });
      const script = "Keep your knee straight when resting and walk a little every hour to help your circulation. ".repeat(320);
      const callable = await doctor.call<{ job_id: string; audio_id: string; status: string; progress: { total: number } }>("generateAudio", {
        script_content: script, voice_id: VOICE, disease_name: "Knee replacement",
      });
      assert.equal(callable.status, "queued");
      assert.ok(callable.progress.total >= 11, `total ${callable.progress.total}`);
      const firestore = getClientFirestore(doctor.app);
      const address = emulatorAddress("FIRESTORE_EMULATOR_HOST", "firestore");
      connectFirestoreEmulator(firestore, address.host, address.port);
      const seen: { status: string; done: number }[] = [];
      const finished = new Promise<void>((resolve, reject) => {
        const stop = onSnapshot(
          doc(firestore, "audio", callable.job_id),
          (snapshot) => {
            const data = snapshot.data();
            if (!data) return;
            seen.push({ status: data.status, done: data.progress.done });
            if (data.status === "draft" || data.status === "failed") {
              stop();
              resolve();
            }
          },
          reject,
        );
      });
      await finished;
      await standIn("DELETE", "/_emulator/faults");
      const statuses = seen.map((s) => s.status).filter((status, i, all) => all[i - 1] !== status);
      assert.deepEqual(statuses.filter((status) => status !== "queued"), ["generating", "draft"], JSON.stringify(seen));
      const generating = seen.filter((s) => s.status === "generating").map((s) => s.done);
      assert.ok(generating.some((done) => done > 0 && done < callable.progress.total), `progress while generating: ${generating.join(", ")}`);
      assert.deepEqual(generating, [...generating].sort((a, b) => a - b), "progress never goes back");
      assert.equal(seen.at(-1)!.done, callable.progress.total);
    });

    it("lists, gets and deletes audio, removing the Storage object", async () => {
      const doctor = await signInDoctor();
      const created = await doctor.call<{ audio_id: string }>("generateAudio", { script_content: "Rest and ice your knee.", voice_id: VOICE, disease_name: "Knee replacement" });
      await waitForNarration(doctor, created.audio_id);
      const listed = await api<{ audio: { audio_id: string; status: string }[] }>("GET", "/audio", { user: doctor });
      assert.deepEqual(listed.body.audio.map((a) => [a.audio_id, a.status]), [[created.audio_id, "draft"]]);
      const got = await doctor.call<{ audio_id: string; duration_seconds: number }>("getAudio", { audio_id: created.audio_id });
      assert.ok(got.duration_seconds > 0);
      const other = await signInDoctor();
      assert.equal((await api("GET", `/audio/${created.audio_id}`, { user: other })).status, 403);
      assert.equal((await api("DELETE", `/audio/${created.audio_id}`, { user: doctor })).status, 200);
      const [files] = await bucket.getFiles({ prefix: `audio/${doctor.uid}/` });
      assert.equal(files.length, 0);
      assert.equal(await docCount("audio", doctor.uid), 0);
      assert.equal((await adminDb.collection("doctor_stats").doc(doctor.uid).get()).get("counts.audio"), 0);
    });

    it("stitches a 60,000-character script into one file matching the alignment within 1%", async function () {
      this.timeout(300_000);
      const doctor = await signInDoctor();
      const sentence = "Keep your knee straight when resting and walk a little every hour to help your circulation. ";
      const script = sentence.repeat(Math.ceil(60_000 / sentence.length)).slice(0, 60_000);
      const { queued, audio } = await narrate(doctor, { script_content: script, voice_id: VOICE, disease_name: "Knee replacement" }, 240_000);
      assert.equal(queued.status, 202, JSON.stringify(queued.body));
      assert.equal(audio?.status, "draft", JSON.stringify(audio));
      const [files] = await bucket.getFiles({ prefix: `audio/${doctor.uid}/` });
      assert.equal(files.length, 1, "one file");
      const [bytes] = await files[0]!.download();
      const decoded = mp3DurationSeconds(bytes);
      let aligned = 0;
      for (const chunk of splitScript(script, chunkSizeFor("eleven_multilingual_v2"))) {
        const r = await fetch(`${elevenLabsUrl}/v1/text-to-speech/${VOICE}/with-timestamps`, {
          method: "POST", headers: { "xi-api-key": elevenLabsApiKey, "content-type": "application/json" },
          body: JSON.stringify({ text: chunk.text, model_id: "eleven_multilingual_v2" }),
        });
        const body = (await r.json()) as { alignment: { character_end_times_seconds: number[] } };
        aligned += body.alignment.character_end_times_seconds.at(-1)!;
      }
      assert.ok(Math.abs(decoded - aligned) / aligned < 0.01, `decoded ${decoded}s vs aligned ${aligned}s`);
      assert.ok(Math.abs(audio!.duration_seconds! - decoded) < 0.01);
    });

    it("retries cut streams, then fails the job with its reason and leaves no partial object", async function () {
      this.timeout(120_000);
      const doctor = await signInDoctor();
      // Every attempt of the job (3) retries its request 3 times: 9 cuts exhaust them all.
      await fault({ kind: "stream_cut", route: "tts.convert", after_bytes: 2000, count: 9 });
      const { queued, audio } = await narrate(doctor, { script_content: "A short script that will be cut.", voice_id: VOICE, disease_name: "Knee replacement" });
      assert.equal(queued.status, 202, JSON.stringify(queued.body));
      assert.equal(audio?.status, "failed", JSON.stringify(audio));
      assert.equal(audio?.error?.kind, "upstreamUnavailable");
      assert.match(audio!.error!.message, /ElevenLabs/);
      assert.equal(audio?.audio_url, null);
      const [files] = await bucket.getFiles({ prefix: `audio/${doctor.uid}/` });
      assert.equal(files.length, 0);
      assert.equal((await adminDb.collection("audio").doc(queued.body.audio_id).get()).get("job_attempts"), 3);
      assert.equal((await adminDb.collection("doctor_stats").doc(doctor.uid).get()).get("counts.audio") ?? 0, 0, "failed audio is not counted");
      await fault({ kind: "stream_cut", route: "tts.convert", after_bytes: 2000, count: 1 });
      const retried = await narrate(doctor, { script_content: "A short script that will be cut once.", voice_id: VOICE, disease_name: "Knee replacement" });
      assert.equal(retried.audio?.status, "draft", JSON.stringify(retried.audio));
    });

    it("a job refused by a busy ElevenLabs is tried again later by the queue and succeeds", async function () {
      this.timeout(120_000);
      const doctor = await signInDoctor();
      // Three 503s use up the first attempt's own retries; the queue's second attempt gets through.
      await fault({ kind: "error", route: "tts.convert", status: 503, count: 3 });
      const { audio } = await narrate(doctor, { script_content: "Walk a little further every day.", voice_id: VOICE, disease_name: "Knee replacement" });
      assert.equal(audio?.status, "draft", JSON.stringify(audio));
      assert.equal((await adminDb.collection("audio").doc(audio!.audio_id).get()).get("job_attempts"), 2);
    });

    it("deleting a narration that is still generating cancels it: no record, no object, no count", async function () {
      this.timeout(120_000);
      const doctor = await signInDoctor();
      await fault({ kind: "latency", route: "tts.convert", ms: 1500, count: -1 });
      const script = "Keep your knee straight when resting and walk a little every hour to help your circulation. ".repeat(200);
      const queued = await api<{ audio_id: string }>("POST", "/audio", { user: doctor, body: { script_content: script, voice_id: VOICE, disease_name: "Knee replacement" } });
      await waitFor("the job to start generating", async () => (await adminDb.collection("audio").doc(queued.body.audio_id).get()).get("status") === "generating");
      assert.equal((await api("DELETE", `/audio/${queued.body.audio_id}`, { user: doctor })).status, 200);
      await standIn("DELETE", "/_emulator/faults");
      // The job stops at its next progress report or when it would record the result.
      await new Promise((resolve) => setTimeout(resolve, 6_000));
      assert.equal((await adminDb.collection("audio").doc(queued.body.audio_id).get()).exists, false);
      const [files] = await bucket.getFiles({ prefix: `audio/${doctor.uid}/` });
      assert.deepEqual(files.map((f) => f.name), []);
      assert.equal((await adminDb.collection("doctor_stats").doc(doctor.uid).get()).get("counts.audio") ?? 0, 0);
    });

    it("sends no request-stitching fields on a model that has none (eleven_v3), and sends them where it has", async function () {
      this.timeout(60_000);
      configureInProcessHandlers();
      const audioStore = await import("../../src/repositories/audio");
      const { runNarrationJob } = await import("../../src/handlers/narration-job");
      const doctorId = `doctor-stitching-${Date.now()}`;
      const script = "Rest your knee and keep it raised when you sit. ".repeat(120);
      for (const modelId of ["eleven_v3", "eleven_multilingual_v2"]) {
        await standIn("POST", "/_emulator/reset");
        const audioId = audioStore.newAudioId();
        const chunks = splitScript(script, chunkSizeFor(modelId)).length;
        assert.ok(chunks >= 2, "the script needs neighbours to stitch");
        await audioStore.createNarrationJob(audioId, {
          doctor_id: doctorId, disease_name: "Knee", voice_id: VOICE, model_id: modelId, script_hash: "test", char_count: script.length,
          storage_path: `audio/${doctorId}/${audioId}.mp3`, chunks,
        });
        assert.equal(await runNarrationJob({ audio_id: audioId, script }), "done");
        const log = (await standIn<{ tts: { log: { model_id: string; previous_text: string | null; next_text: string | null }[] } }>("GET", "/_emulator/state")).tts.log;
        assert.equal(log.length, chunks);
        assert.ok(log.every((entry) => entry.model_id === modelId));
        const stitched = log.filter((entry) => entry.previous_text !== null || entry.next_text !== null).length;
        assert.equal(stitched, modelId === "eleven_v3" ? 0 : chunks, `${modelId}: ${stitched} of ${chunks} requests stitched`);
      }
    });
  });

  describe("agents", () => {
    it("creates an agent with signed-URL auth, RAG and data collection, then updates and deletes it", async () => {
      const doctor = await signInDoctor();
      const { body: kb } = await upload(doctor);
      const created = await api<{ agent_id: string }>("POST", "/agent", {
        user: doctor, body: { name: "Knee guide", knowledge_ids: [kb.knowledge_id], voice_id: VOICE, answer_style: "educational" },
      });
      assert.equal(created.status, 200, JSON.stringify(created.body));
      const record = (await adminDb.collection("agents").doc(created.body.agent_id).get()).data();
      let remote = (await state()).agents.find((a) => a.agent_id === record?.elevenlabs_agent_id)!;
      assert.equal(remote.platform_settings.auth.enable_auth, true);
      assert.equal(remote.conversation_config.agent.prompt.rag.enabled, true);
      // The structured analysis fields (issue 16): verbatim quotes of red flags and of contact requests.
      assert.ok(remote.platform_settings.data_collection.red_flag_quotes);
      assert.ok(remote.platform_settings.data_collection.contact_request_quotes);
      assert.equal(remote.platform_settings.privacy.record_voice, false);
      const updated = await doctor.call<{ agent_id: string }>("saveAgent", {
        agent_id: created.body.agent_id, name: "Knee guide v2", knowledge_ids: [kb.knowledge_id], voice_id: VOICE, answer_style: "professional",
      });
      assert.equal(updated.agent_id, created.body.agent_id);
      remote = (await state()).agents.find((a) => a.agent_id === record?.elevenlabs_agent_id)!;
      assert.equal(remote.name, `${created.body.agent_id} | Knee guide v2`, "the reference leads the name, where prefix search finds it");
      assert.equal((await state()).agents.length, 1);
      const listed = await api<{ agents: { agent_id: string; name: string }[] }>("GET", "/agents", { user: doctor });
      assert.deepEqual(listed.body.agents.map((a) => [a.agent_id, a.name]), [[created.body.agent_id, "Knee guide v2"]]);
      const got = await doctor.call<{ answer_style: string; privacy: { record_audio: boolean } }>("getAgent", { agent_id: created.body.agent_id });
      assert.equal(got.answer_style, "professional");
      assert.equal(got.privacy.record_audio, false);
      assert.equal((await api("DELETE", `/agent/${created.body.agent_id}`, { user: doctor })).status, 200);
      assert.equal((await state()).agents.length, 0);
      assert.equal(await docCount("agents", doctor.uid), 0);
    });

    it("refuses another doctor's knowledge ids with 403 and creates nothing", async () => {
      const doctorA = await signInDoctor();
      const doctorB = await signInDoctor();
      const { body: kbOfA } = await upload(doctorA);
      const response = await api("POST", "/agent", {
        user: doctorB, body: { name: "Stolen", knowledge_ids: [kbOfA.knowledge_id], voice_id: VOICE, answer_style: "friendly" },
      });
      assert.equal(response.status, 403);
      assert.equal((await state()).agents.length, 0);
      assert.equal(await docCount("agents", doctorB.uid), 0);
    });
  });
});
