// Accounts and privacy: invite codes, erasure everywhere the patient's data lives, and CORS.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import WebSocket from "ws";
import { Timestamp } from "firebase-admin/firestore";
import { adminAuth, adminDb, api, bucket, closeClientApps, configureInProcessHandlers, functionsBase, signInAs, signInDoctor, standIn, waitFor, type SignedInUser } from "./harness";
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
    await adminDb.collection("patients").doc(patient_id).update({ "invite.expires_at": Timestamp.fromMillis(Date.now() - 1000) });
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
    await assert.rejects(user.call("redeemInvite", { invite_code: "ZZZZ-9999" }), { code: "functions/not-found" });
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
    assert.equal((await api("DELETE", `/patient/${patient_id}`, { user: doctor })).status, 404);
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
    const audits = await adminDb.collection("audit_log").where("patient_id", "==", patient_id).get();
    const entries = audits.docs.map((d) => `${d.get("actor_uid")} ${d.get("action")}`).sort();
    assert.deepEqual(entries, [`${doctorA.uid} patient.created`, `${doctorA.uid} summary.read`]);
  });
});

describe("retention", () => {
  after(closeClientApps);

  it("deletes summaries and transcripts older than RETENTION_DAYS, here and at ElevenLabs", async function () {
    this.timeout(60_000);
    const doctor = await signInDoctor();
    const { body: kb } = await api<{ knowledge_id: string }>("POST", "/knowledge", {
      user: doctor, body: { text: "Ice the knee after walking for twenty minutes.", disease_name: "Knee", document_type: "faq" },
    });
    const { agent_id } = await doctor.call<{ agent_id: string }>("saveAgent", { name: "Guide", knowledge_ids: [kb.knowledge_id], voice_id: VOICE, answer_style: "friendly" });
    const { patient_id } = await invite(doctor);
    const patient = await signInAs({ role: "patient", patient_id, doctor_id: doctor.uid });
    const sessions: string[] = [];
    for (let i = 0; i < 2; i++) {
      const started = await patient.call<{ signed_url: string; session_id: string }>("startSession", { patient_id, agent_id });
      const socket = new WebSocket(started.signed_url);
      await new Promise((resolve) => socket.once("open", resolve));
      socket.send(JSON.stringify({ type: "user_message", text: "How long do I ice my knee?" }));
      await new Promise((resolve) => setTimeout(resolve, 300));
      socket.close(1000);
      await waitFor("the summary", async () => (await adminDb.collection("sessions").doc(started.session_id).get()).get("summary_status") === "done");
      sessions.push(started.session_id);
    }
    const [old, recent] = sessions as [string, string];
    await adminDb.collection("session_summaries").doc(old).update({ ended_at: Timestamp.fromMillis(Date.now() - 400 * 86400_000) });

    configureInProcessHandlers();
    process.env.RETENTION_DAYS = "365";
    const { applyRetention } = await import("../../src/handlers/privacy");
    await applyRetention();

    assert.equal((await adminDb.collection("session_summaries").doc(old).get()).exists, false, "the old summary is gone");
    assert.equal((await adminDb.collection("conversation_inbox").doc(old).get()).exists, false, "the old transcript copy is gone");
    assert.ok((await adminDb.collection("sessions").doc(old).get()).get("retention_purged_at"));
    assert.equal((await adminDb.collection("session_summaries").doc(recent).get()).exists, true, "a recent summary stays");
    const remote = await standIn<{ conversations: { conversation_id: string }[] }>("GET", "/_emulator/state");
    assert.equal(remote.conversations.some((c) => c.conversation_id === old), false, "deleted at ElevenLabs");
    assert.equal(remote.conversations.some((c) => c.conversation_id === recent), true);
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
