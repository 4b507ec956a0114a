// Accounts and privacy: invite codes, erasure everywhere the patient's data lives, and CORS.
import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import WebSocket from "ws";
import { Timestamp } from "firebase-admin/firestore";
import { adminAuth, adminDb, api, bucket, closeClientApps, configureInProcessHandlers, functionsBase, localKeys, signInAs, signInDoctor, standIn, waitFor, type SignedInUser } from "./harness";
import { stack } from "../stack";

const VOICE = stack.voiceId;

async function invite(doctor: SignedInUser, hours = 72) {
  return doctor.call<{ patient_id: string; invite_code: string }>("createPatient", { display_name: "Invited Patient", invite_valid_hours: hours });
}

describe("accounts and invite codes", () => {
  after(closeClientApps);

  it("creates a doctor with the admin command: role claim, profile, safe to repeat, clear errors", async () => {
    const email = `dr-${Date.now()}@example.test`;
    const run = spawnSync(process.execPath, [join(__dirname, "..", "..", "..", "scripts", "admin.mjs"), "create-doctor", "--email", email, "--password", "secret-pass-1", "--name", "Dr. Test"], {
      encoding: "utf8",
      env: process.env,
    });
    assert.equal(run.status, 0, run.stderr);
    assert.doesNotMatch(run.stdout, /secret-pass-1/, "the password is never printed");
    const user = await adminAuth.getUserByEmail(email);
    assert.deepEqual(user.customClaims, { role: "doctor" });
    assert.equal((await adminDb.collection("doctors").doc(user.uid).get()).get("display_name"), "Dr. Test");
    const again = spawnSync(process.execPath, [join(__dirname, "..", "..", "..", "scripts", "admin.mjs"), "create-doctor", "--email", email, "--password", "other-pass"], { encoding: "utf8", env: process.env });
    assert.equal(again.status, 0, "running it twice is safe");
    const bad = spawnSync(process.execPath, [join(__dirname, "..", "..", "..", "scripts", "admin.mjs"), "create-doctor", "--email", email], { encoding: "utf8", env: process.env });
    assert.notEqual(bad.status, 0);
    assert.match(bad.stderr, /password/);
  });

  it("links a signed-in user to the patient record and sets the patient claims", async () => {
    const doctor = await signInDoctor();
    const { patient_id, invite_code } = await invite(doctor);
    const user = await signInAs(null);
    const linked = await user.call<{ patient_id: string; doctor_id: string }>("redeemInvite", { invite_code, doctor_id: doctor.uid });
    assert.deepEqual(linked, { patient_id, doctor_id: doctor.uid });
    const claims = (await adminAuth.getUser(user.uid)).customClaims;
    assert.deepEqual(claims, { role: "patient", patient_id, doctor_id: doctor.uid });
    const record = (await adminDb.collection("patients").doc(patient_id).get()).data();
    assert.equal(record?.uid, user.uid);
    assert.ok(record?.invite.redeemed_at);
  });

  it("refuses an expired code", async () => {
    const doctor = await signInDoctor();
    const { patient_id, invite_code } = await invite(doctor, 1);
    // Time passes: the invite (stored under the HMAC of its code) is now past its expiry.
    const invites = await adminDb.collection("invites").where("patient_id", "==", patient_id).get();
    assert.equal(invites.size, 1);
    await invites.docs[0]!.ref.update({ expires_at: Timestamp.fromMillis(Date.now() - 1000) });
    const user = await signInAs(null);
    await assert.rejects(user.call("redeemInvite", { invite_code }), { code: "functions/failed-precondition", message: /expired/ });
    assert.equal((await adminAuth.getUser(user.uid)).customClaims, undefined);
  });

  it("refuses a code that was already used", async () => {
    const doctor = await signInDoctor();
    const { invite_code } = await invite(doctor);
    await (await signInAs(null)).call("redeemInvite", { invite_code });
    const second = await signInAs(null);
    await assert.rejects(second.call("redeemInvite", { invite_code }), { code: "functions/failed-precondition", message: /already been used/ });
    assert.equal((await adminAuth.getUser(second.uid)).customClaims, undefined);
  });

  it("refuses a code issued by another doctor and an unknown code", async () => {
    const doctorA = await signInDoctor();
    const doctorB = await signInDoctor();
    const { patient_id, invite_code } = await invite(doctorA);
    const user = await signInAs(null);
    await assert.rejects(user.call("redeemInvite", { invite_code, doctor_id: doctorB.uid }), { code: "functions/not-found" });
    await assert.rejects(user.call("redeemInvite", { invite_code: "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345" }), { code: "functions/not-found" });
    assert.equal((await adminDb.collection("patients").doc(patient_id).get()).get("uid"), null);
  });

  it("does not turn a doctor into a patient", async () => {
    const doctor = await signInDoctor();
    const { invite_code } = await invite(doctor);
    await assert.rejects(doctor.call("redeemInvite", { invite_code }), { code: "functions/failed-precondition" });
  });
});

describe("erasing a patient", () => {
  after(closeClientApps);

  it("removes the patient from Firestore, Storage and ElevenLabs, leaving a receipt without health content", async function () {
    this.timeout(90_000);
    const doctor = await signInDoctor();
    const { body: kb } = await api<{ knowledge_id: string }>("POST", "/knowledge", {
      user: doctor, body: { text: "Rest your knee and ice it after walking. Keep the dressing dry.", disease_name: "Knee", document_type: "faq" },
    });
    const { agent_id } = await doctor.call<{ agent_id: string }>("saveAgent", { name: "Guide", knowledge_ids: [kb.knowledge_id], voice_id: VOICE, answer_style: "friendly" });
    const { patient_id, invite_code } = await invite(doctor);
    const patient = await signInAs(null);
    await patient.call("redeemInvite", { invite_code });
    await patient.idToken(); // refresh: the token now carries the patient claims
    const started = await patient.call<{ signed_url: string; session_id: string }>("startSession", { patient_id, agent_id });
    const socket = new WebSocket(started.signed_url);
    await new Promise((resolve) => socket.once("open", resolve));
    socket.send(JSON.stringify({ type: "user_message", text: "How long do I ice my knee? I have chest pain too." }));
    await new Promise((resolve) => setTimeout(resolve, 500));
    socket.close(1000);
    await waitFor("the summary", async () => (await adminDb.collection("sessions").doc(started.session_id).get()).get("summary_status") === "done");
    // Something of the patient's in Storage too, to prove the prefix is erased.
    await bucket.file(`patients/${patient_id}/attachment.txt`).save("private");

    const erased = await api<{ receipt_id: string }>("DELETE", `/patient/${patient_id}`, { user: doctor });
    assert.equal(erased.status, 200, JSON.stringify(erased.body));

    for (const [collection, id] of [["patients", patient_id], ["sessions", started.session_id], ["session_summaries", started.session_id], ["alerts", started.session_id], ["conversation_inbox", started.session_id]] as const) {
      assert.equal((await adminDb.collection(collection).doc(id).get()).exists, false, `${collection}/${id} is gone`);
    }
    const [files] = await bucket.getFiles({ prefix: `patients/${patient_id}/` });
    assert.equal(files.length, 0);
    const state = await standIn<{ conversations: { conversation_id: string }[] }>("GET", "/_emulator/state");
    assert.equal(state.conversations.some((c) => c.conversation_id === started.session_id), false);

    const receipt = (await adminDb.collection("deletion_receipts").doc(erased.body.receipt_id).get()).data();
    assert.equal(receipt?.patient_id, patient_id);
    assert.doesNotMatch(JSON.stringify(receipt), /chest|knee|ice/i, "the receipt holds no health content");

    assert.equal((await api("GET", `/patient/${patient_id}/summary`, { user: doctor })).status, 404);
    const repeated = await api<{ receipt_id: string }>("DELETE", `/patient/${patient_id}`, { user: doctor });
    assert.equal(repeated.status, 200, "a repeated erasure is a no-op");
    assert.deepEqual(repeated.body, erased.body, "with the same receipt");
    const again = await api("POST", "/patient/session", { user: patient, body: { patient_id, agent_id } });
    assert.ok(again.status === 404 || again.status === 401 || again.status === 403, `status ${again.status}`);
    assert.deepEqual((await adminAuth.getUser(patient.uid)).customClaims, {});
  });

  it("lets only the patient's doctor (or an admin) erase, and audits reads", async () => {
    const doctorA = await signInDoctor();
    const doctorB = await signInDoctor();
    const { patient_id } = await invite(doctorA);
    assert.equal((await api("DELETE", `/patient/${patient_id}`, { user: doctorB })).status, 403);
    assert.equal((await api("GET", `/patient/${patient_id}/summary`, { user: doctorB })).status, 403);
    assert.equal((await api("GET", `/patient/${patient_id}/summary`, { user: doctorA })).status, 200);
    // The log names the patient only by a keyed pseudonym (HMAC with AUDIT_PSEUDONYM_KEY).
    const pseudonym = `ps_${createHmac("sha256", localKeys.AUDIT_PSEUDONYM_KEY).update(`audit-subject\u0000patient:${patient_id}`).digest("hex").slice(0, 32)}`;
    const audits = await adminDb.collection("audit_log").where("patient_ref", "==", pseudonym).get();
    const entries = audits.docs.map((d) => `${d.get("actor_uid")} ${d.get("action")}`).sort();
    assert.deepEqual(entries, [`${doctorA.uid} patient.created`, `${doctorA.uid} summary.read`]);
    assert.equal((await adminDb.collection("audit_log").where("patient_id", "==", patient_id).count().get()).data().count, 0, "no entry holds the patient id");
    for (const doc of audits.docs) assert.doesNotMatch(JSON.stringify(doc.data()), new RegExp(patient_id));
  });
});

describe("retention", () => {
  after(closeClientApps);

  it("deletes patient text whose time is up, page after page, here and at ElevenLabs, and clamps an agent's retention", async function () {
    this.timeout(120_000);
    const doctor = await signInDoctor();
    const { body: kb } = await api<{ knowledge_id: string }>("POST", "/knowledge", {
      user: doctor, body: { text: "Ice the knee after walking for twenty minutes.", disease_name: "Knee", document_type: "faq" },
    });
    // Asks for ten years: the project allows RETENTION_DAYS (365) at most.
    const { agent_id } = await doctor.call<{ agent_id: string }>("saveAgent", {
      name: "Guide", knowledge_ids: [kb.knowledge_id], voice_id: VOICE, answer_style: "friendly", privacy: { record_audio: false, retention_days: 3650 },
    });
    const agent = await doctor.call<{ privacy: { retention_days: number }; }>("getAgent", { agent_id });
    assert.equal(agent.privacy.retention_days, 365, "clamped to the project maximum");
    const remoteAgent = (await standIn<{ agents: { agent_id: string; platform_settings?: { privacy?: { retention_days?: number } } }[] }>("GET", "/_emulator/state")).agents;
    const elevenLabsAgentId = (await adminDb.collection("agents").doc(agent_id).get()).get("elevenlabs_agent_id");
    const sent = remoteAgent.find((a) => a.agent_id === elevenLabsAgentId)?.platform_settings?.privacy?.retention_days;
    assert.equal(sent, 365, "ElevenLabs is told the clamped retention");

    const { patient_id } = await invite(doctor);
    const patient = await signInAs({ role: "patient", patient_id, doctor_id: doctor.uid });
    const sessions: string[] = [];
    for (let i = 0; i < 4; i++) {
      const started = await patient.call<{ signed_url: string; session_id: string }>("startSession", { patient_id, agent_id });
      const socket = new WebSocket(started.signed_url);
      await new Promise((resolve) => socket.once("open", resolve));
      socket.send(JSON.stringify({ type: "user_message", text: `Can I take grapefruit juice with the pills, question ${"abcd"[i]}?` }));
      await new Promise((resolve) => setTimeout(resolve, 300));
      socket.close(1000);
      await waitFor("the summary and statistics", async () => {
        const session = (await adminDb.collection("sessions").doc(started.session_id).get()).data();
        return session?.summary_status === "done" && session.stats_status === "applied";
      });
      sessions.push(started.session_id);
    }
    const session = (await adminDb.collection("sessions").doc(sessions[0]!).get()).data();
    assert.equal(session?.retention_days, 365, "the session keeps the clamped retention");
    const gapsBefore = (await adminDb.collection("doctor_stats").doc(doctor.uid).collection("knowledge_gaps").get()).size;
    assert.ok(gapsBefore >= 3, `${gapsBefore} gaps`);

    // Three of the four conversations reach their time (the clock is moved, not waited for).
    const old = sessions.slice(0, 3);
    for (const id of old) await adminDb.collection("sessions").doc(id).update({ purge_after: Timestamp.fromMillis(Date.now() - 1000) });

    configureInProcessHandlers();
    const { applyRetention } = await import("../../src/handlers/privacy");
    const report = await applyRetention({ pageSize: 2 });
    assert.equal(report.sessions, 3, "two pages, one run");
    assert.equal(report.complete, true);

    for (const id of old) {
      for (const collection of ["session_summaries", "alerts", "conversation_inbox"]) {
        assert.equal((await adminDb.collection(collection).doc(id).get()).exists, false, `${collection}/${id} is gone`);
      }
      const purged = (await adminDb.collection("sessions").doc(id).get()).data();
      assert.equal(purged?.retention_state, "purged");
      assert.deepEqual(purged?.stats_input?.gap_keys, [], "no gap keys left to point at");
    }
    const recent = sessions[3]!;
    assert.equal((await adminDb.collection("session_summaries").doc(recent).get()).exists, true, "a recent summary stays");
    assert.equal((await adminDb.collection("conversation_inbox").doc(recent).get()).exists, true);
    const gapsAfter = await adminDb.collection("doctor_stats").doc(doctor.uid).collection("knowledge_gaps").get();
    assert.equal(gapsAfter.size, gapsBefore - 3, "the old conversations' knowledge gaps are gone");
    const dashboard = await api<{ totals: { sessions: number } }>("GET", "/dashboard", { user: doctor });
    assert.equal(dashboard.body.totals.sessions, 4, "counters without text stay");
    const remote = await standIn<{ conversations: { conversation_id: string }[] }>("GET", "/_emulator/state");
    for (const id of old) assert.equal(remote.conversations.some((c) => c.conversation_id === id), false, "deleted at ElevenLabs");
    assert.equal(remote.conversations.some((c) => c.conversation_id === recent), true);
  });

  it("sweeps alerts and inbox copies older than RETENTION_DAYS even without a session clock", async () => {
    const id = `legacy_${Date.now()}`;
    const old = Timestamp.fromMillis(Date.now() - 400 * 86_400_000);
    await adminDb.collection("alerts").doc(id).set({ doctor_id: "legacy-doctor", state: "open", created_at: old, items: [{ patient_text: "old words" }] });
    await adminDb.collection("conversation_inbox").doc(id).set({ type: "post_call_transcription", payload_json: "{}", received_at: old });
    configureInProcessHandlers();
    const { applyRetention } = await import("../../src/handlers/privacy");
    const report = await applyRetention();
    assert.ok(report.swept >= 2);
    assert.equal((await adminDb.collection("alerts").doc(id).get()).exists, false);
    assert.equal((await adminDb.collection("conversation_inbox").doc(id).get()).exists, false);
  });
});

describe("the REST API from a browser", () => {
  it("answers an allowlisted origin's preflight with its CORS headers", async () => {
    // (The emulator opens CORS for every origin on its own; refusing others is unit-tested in test/unit/handlers/cors.test.ts.)
    const allowed = await fetch(`${functionsBase}/api/dashboard`, { method: "OPTIONS", headers: { origin: "http://localhost:5173", "access-control-request-method": "GET" } });
    assert.equal(allowed.status, 204);
    assert.equal(allowed.headers.get("access-control-allow-origin"), "http://localhost:5173");
  });
});
