// Issue 17's must-show items, each through the public routes (REST through Hosting, callables,
// the webhook), with the Admin SDK only to look at the stores afterwards or to move a clock:
// erasure with no sessions, erasure that leaves a patient's words nowhere, a dashboard that shows
// de-identified questions only, red flags delivered with every stats document unwritable, invite
// brute force meeting the throttle, parallel session starts meeting the cap; and the access
// hardening around them (revoked tokens, signed audio links, spend quotas, review alerts).
import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { FieldValue, Timestamp } from "firebase-admin/firestore";
import { adminAuth, adminDb, api, bucket, closeClientApps, functionsBase, markSensitive, narrate, signInAs, standIn, waitFor, webhookSecret } from "./harness";
import {
  emptyStatsDocuments,
  fillStatsDocuments,
  firestoreDocumentsContaining,
  safetyClinic,
  sessionData,
  uniqueWord,
  signInAgain,
  startAndTalk,
  summaryAndStats,
  VOICE,
} from "./safety-helpers";

const DISTINCTIVE = "My neighbour Zelda Quartermaine from 42 Elm Street told me to ask. Can I eat kumquats with my heart tablets?";
/** The same turn with words of its own, so one test's scan never sees another test's conversations. */
function distinctiveTurn() {
  const surname = uniqueWord("Quarter");
  const fruit = uniqueWord("kumquat");
  markSensitive(`My neighbour Zelda ${surname} from 42 Elm Street told me to ask.`);
  return { text: `My neighbour Zelda ${surname} from 42 Elm Street told me to ask. Can I eat ${fruit} with my heart tablets?`, surname, fruit };
}
const RED_FLAG = "Since this morning I have crushing chest pain and I can't catch my breath.";
const WRONG_CODE = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345";

interface Receipt {
  status: string;
  receipt_id: string;
  patient_id: string;
  erased_at: string;
  sessions: number;
  documents: number;
  storage_objects: number;
  elevenlabs_conversations: number;
  statistics_reverted: number;
}

async function admin() {
  return signInAs({ role: "admin" });
}

describe("patient safety (issue 17)", function () {
  this.timeout(180_000);
  before(() => {
    markSensitive(DISTINCTIVE, RED_FLAG);
    return standIn("DELETE", "/_emulator/faults");
  });
  after(closeClientApps);

  describe("erasure", () => {
    it("erases a patient who never had a session: a receipt, then the summary is 404 and session start is refused", async () => {
      const clinic = await safetyClinic("Erase zero");
      // A patient with their own account (redeemed invite), as in a clinic.
      const { patient_id, invite_code } = await clinic.doctor.call<{ patient_id: string; invite_code: string }>("createPatient", { display_name: "Never Talked" });
      const account = await signInAs(null);
      await account.call("redeemInvite", { invite_code });
      const tokenBefore = await account.idToken();
      await new Promise((resolve) => setTimeout(resolve, 1100)); // revocation compares whole seconds

      const erased = await api<Receipt>("DELETE", `/patient/${patient_id}`, { user: clinic.doctor });
      assert.equal(erased.status, 200, JSON.stringify(erased.body));
      assert.equal(erased.body.status, "erased");
      assert.equal(erased.body.patient_id, patient_id);
      assert.equal(erased.body.sessions, 0);
      assert.ok(erased.body.receipt_id);
      const receipt = (await adminDb.collection("deletion_receipts").doc(erased.body.receipt_id).get()).data();
      assert.equal(receipt?.patient_id, patient_id);

      assert.equal((await api("GET", `/patient/${patient_id}/summary`, { user: clinic.doctor })).status, 404);
      const withOldToken = await api("POST", "/patient/session", { token: tokenBefore, body: { patient_id, agent_id: clinic.agentId } });
      assert.equal(withOldToken.status, 401, "the patient's tokens were revoked");
      const freshAccountToken = await signInAgain(account.email);
      const withNewToken = await api("POST", "/patient/session", { token: freshAccountToken, body: { patient_id, agent_id: clinic.agentId } });
      assert.equal(withNewToken.status, 403, "the account is no longer this patient");
      const asAdmin = await api("POST", "/patient/session", { user: await admin(), body: { patient_id, agent_id: clinic.agentId } });
      assert.equal(asAdmin.status, 404, "the patient does not exist any more");

      const again = await api<Receipt>("DELETE", `/patient/${patient_id}`, { user: clinic.doctor });
      assert.equal(again.status, 200);
      assert.deepEqual(again.body, erased.body, "a second erasure is a no-op with the same receipt");
      assert.equal((await adminDb.collection("invites").where("patient_id", "==", patient_id).count().get()).data().count, 0, "the invite is gone");
    });

    it("leaves a patient's distinctive words nowhere after erasure: no route, no Firestore document", async () => {
      const clinic = await safetyClinic("Erase words");
      const turn = distinctiveTurn();
      const words = [turn.surname, turn.fruit];
      const sessionIds = [await startAndTalk(clinic, [turn.text, RED_FLAG]), await startAndTalk(clinic, [turn.text])];
      for (const id of sessionIds) await summaryAndStats(id);
      await bucket.file(`patients/${clinic.patientId}/note.txt`).save(`Zelda ${turn.surname}'s note`);
      const summary = await api<{ unanswered_questions: { patient_text: string }[] }>("GET", `/patient/${clinic.patientId}/summary`, { user: clinic.doctor });
      assert.ok(JSON.stringify(summary.body).includes(turn.surname), "before erasure the doctor reads the patient's words");
      assert.ok(JSON.stringify((await api("GET", "/dashboard", { user: clinic.doctor })).body).includes(turn.fruit), "and the question is a knowledge gap");

      const erased = await api<Receipt>("DELETE", `/patient/${clinic.patientId}`, { user: clinic.doctor });
      assert.equal(erased.status, 200, JSON.stringify(erased.body));
      assert.equal(erased.body.sessions, 2);
      assert.equal(erased.body.elevenlabs_conversations, 2);
      assert.equal(erased.body.storage_objects, 1);
      assert.equal(erased.body.statistics_reverted, 2);

      const routes = [
        await api("GET", `/patient/${clinic.patientId}/summary`, { user: clinic.doctor }),
        await api("GET", "/dashboard", { user: clinic.doctor }),
        await api("GET", "/alerts", { user: clinic.doctor }),
      ];
      assert.equal(routes[0]!.status, 404);
      for (const route of routes) {
        for (const word of words) assert.ok(!JSON.stringify(route.body).toLowerCase().includes(word.toLowerCase()), word);
      }
      const dashboard = routes[1]!.body as { totals: { sessions: number; open_alerts: number } };
      assert.equal(dashboard.totals.sessions, 0, "the statistics no longer count the erased conversations");
      assert.equal(dashboard.totals.open_alerts, 0);

      assert.deepEqual(await firestoreDocumentsContaining(words), [], "no Firestore document holds the words");
      const mentions = await firestoreDocumentsContaining([clinic.patientId]);
      assert.deepEqual(
        mentions.filter((path) => !path.startsWith(`erasure_jobs/${clinic.patientId} `) && !path.startsWith("deletion_receipts/")),
        [],
        "only the erasure job and its receipt name the patient",
      );
      const [files] = await bucket.getFiles({ prefix: `patients/${clinic.patientId}/` });
      assert.equal(files.length, 0);
      const remote = await standIn<{ conversations: { conversation_id: string }[] }>("GET", "/_emulator/state");
      for (const id of sessionIds) assert.equal(remote.conversations.some((c) => c.conversation_id === id), false);
    });

    it("acknowledges and drops a webhook that arrives after the patient's erasure", async () => {
      const clinic = await safetyClinic("Late webhook");
      await standIn("POST", "/_emulator/faults", { kind: "webhook_delay", ms: 8_000 });
      const turn = distinctiveTurn();
      const sessionId = await startAndTalk(clinic, [turn.text]);
      await clinic.patient.call("endSession", { session_id: sessionId });
      await waitFor("the summary from the API copy", async () => (await sessionData(sessionId))?.summary_status === "done", 120_000);
      assert.equal((await api("DELETE", `/patient/${clinic.patientId}`, { user: clinic.doctor })).status, 200);
      await waitFor("the late webhook", async () => {
        const state = await standIn<{ webhook_deliveries: { conversation_id: string; state: string; attempts: { status: number | null }[] }[] }>("GET", "/_emulator/state");
        const delivery = state.webhook_deliveries.find((d) => d.conversation_id === sessionId);
        return delivery?.state === "delivered" ? delivery : undefined;
      }, 30_000);
      // Replayed by hand as well, freshly signed: still acknowledged, still nothing stored.
      const body = JSON.stringify({ type: "post_call_transcription", event_timestamp: Math.floor(Date.now() / 1000), data: { conversation_id: sessionId, status: "done", transcript: [{ role: "user", message: turn.text }] } });
      const t = Math.floor(Date.now() / 1000);
      const signature = `t=${t},v0=${createHmac("sha256", webhookSecret).update(`${t}.${body}`).digest("hex")}`;
      const response = await fetch(`${functionsBase}/elevenLabsWebhook`, { method: "POST", headers: { "content-type": "application/json", "elevenlabs-signature": signature }, body });
      assert.equal(response.status, 200);
      for (const collection of ["conversation_inbox", "sessions", "session_summaries", "alerts"]) {
        assert.equal((await adminDb.collection(collection).doc(sessionId).get()).exists, false, `${collection}/${sessionId} was not recreated`);
      }
      assert.deepEqual(await firestoreDocumentsContaining([turn.surname, turn.fruit]), []);
    });
  });

  describe("the dashboard", () => {
    it("shows a knowledge gap as the de-identified question alone, with a count, never the patient's other words", async () => {
      const clinic = await safetyClinic("Gaps");
      const sessionId = await startAndTalk(clinic, [DISTINCTIVE, "Also, is it fine to call Dr. Okafor on 555-0199 about it?"]);
      await summaryAndStats(sessionId);
      const dashboard = await api<{ knowledge_gaps: { question: string; count: number }[] }>("GET", "/dashboard", { user: clinic.doctor });
      const gaps = dashboard.body.knowledge_gaps;
      assert.ok(gaps.some((g) => g.question === "Can I eat kumquats with my heart tablets?" && g.count === 1), JSON.stringify(gaps));
      for (const gap of gaps) {
        assert.match(gap.question, /\?$/, "a question sentence");
        assert.doesNotMatch(gap.question, /\d/, "no numbers, phones or dates");
        for (const word of ["Zelda", "Quartermaine", "Elm", "neighbour", "told me", "Okafor", "Also"]) assert.ok(!gap.question.includes(word), `${word} in ${gap.question}`);
      }
      const stored = await adminDb.collection("doctor_stats").doc(clinic.doctor.uid).collection("knowledge_gaps").get();
      assert.ok(stored.size >= 1);
      for (const doc of stored.docs) {
        assert.deepEqual(Object.keys(doc.data()).sort(), ["count", "last_seen_at", "question"], "a question and a count, no patient id");
        assert.ok(!JSON.stringify(doc.data()).includes(clinic.patientId));
      }
    });
  });

  describe("alerts and statistics", () => {
    it("delivers a red flag to the summary and the alerts within 90 s with every stats document unwritable; statistics follow once there is room", async function () {
      this.timeout(300_000);
      const clinic = await safetyClinic("Full shards");
      await fillStatsDocuments(clinic.doctor.uid);
      const started = Date.now();
      const sessionId = await startAndTalk(clinic, [RED_FLAG]);
      const alert = await waitFor("the red-flag alert through GET /api/alerts", async () => {
        const alerts = await api<{ alerts: { session_id: string; level: string; severity: string; categories: string[] }[] }>("GET", "/alerts", { user: clinic.doctor });
        return alerts.body.alerts.find((a) => a.session_id === sessionId);
      }, 90_000);
      // The agent's in-call flag can raise the alert before the summary exists: wait for the summary too.
      const summary = await waitFor("the red flag in GET /api/patient/{id}/summary", async () => {
        const response = await api<{ requires_attention: { session_id: string; category: string }[] }>("GET", `/patient/${clinic.patientId}/summary`, { user: clinic.doctor });
        return response.body.requires_attention?.some((a) => a.session_id === sessionId) ? response : undefined;
      }, 90_000);
      assert.ok(Date.now() - started < 90_000, `${Date.now() - started} ms`);
      console.log(`      red flag in the alerts and the summary ${Date.now() - started} ms after the call started, every stats document full`);
      assert.equal(alert.level, "attention");
      assert.ok(alert.categories.includes("red_flag_symptom"));
      assert.ok(summary.body.requires_attention.some((a) => a.session_id === sessionId && a.category === "red_flag_symptom"));
      // the failed statistics attempt is recorded by its own write after the summary's: wait for it
      const session = await waitFor("the failed statistics attempt on the session", async () => {
        const data = await sessionData(sessionId);
        return data?.stats_error !== undefined ? data : undefined;
      });
      assert.equal(session?.stats_status, "pending", "the statistics wait");
      assert.equal(session?.stats_error, "invalid_write");
      const dashboard = await api<{ totals: { open_attention_items: number; sessions: number } }>("GET", "/dashboard", { user: clinic.doctor });
      assert.equal(dashboard.body.totals.open_attention_items, 1, "open alerts are counted from the alerts themselves");

      // The reconciler keeps trying and reports the session it cannot finish.
      const operator = await admin();
      let report: { unfinished: { session_id: string; reason: string }[]; stats_applied: number } | undefined;
      for (let i = 0; i < 2; i++) {
        await adminDb.collection("sessions").doc(sessionId).update({ stats_next_attempt_at: Timestamp.fromMillis(Date.now() - 1000) });
        report = await operator.call("runReconciler", {});
      }
      assert.deepEqual(report?.unfinished.filter((u) => u.session_id === sessionId), [{ session_id: sessionId, reason: "statistics_not_applied" }]);

      await emptyStatsDocuments(clinic.doctor.uid);
      await adminDb.collection("sessions").doc(sessionId).update({ stats_next_attempt_at: Timestamp.fromMillis(Date.now() - 1000) });
      report = await operator.call("runReconciler", {});
      assert.ok(report!.stats_applied >= 1);
      await operator.call("runReconciler", {});
      const after = await api<{ totals: { sessions: number } }>("GET", "/dashboard", { user: clinic.doctor });
      assert.equal(after.body.totals.sessions, 1, "applied exactly once");
      assert.equal((await sessionData(sessionId))?.stats_status, "applied");
    });

    it("takes back a session whose worker crashed mid-pipeline (an expired processing lease) and finishes it", async () => {
      const clinic = await safetyClinic("Reclaim");
      await standIn("POST", "/_emulator/faults", { kind: "webhook_drop" });
      const sessionId = await startAndTalk(clinic, [RED_FLAG]);
      const ref = adminDb.collection("sessions").doc(sessionId);
      // A worker claimed the session and died: status ended, summary_status processing, a lease it never released.
      await ref.update({ status: "ended", ended_at: Timestamp.now(), summary_status: "processing", lease_until: Timestamp.fromMillis(Date.now() + 3_600_000), summary_attempts: 1 });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      assert.equal((await sessionData(sessionId))?.summary_status, "processing", "nobody takes a live lease");
      await ref.update({ lease_until: Timestamp.fromMillis(Date.now() - 1000) }); // the lease runs out
      const report = await (await admin()).call<{ reclaimed: number }>("runReconciler", {});
      assert.ok(report.reclaimed >= 1);
      await summaryAndStats(sessionId);
      const alerts = await api<{ alerts: { session_id: string }[] }>("GET", "/alerts", { user: clinic.doctor });
      assert.ok(alerts.body.alerts.some((a) => a.session_id === sessionId), "the red flag arrives");
    });

    it("raises a lower-level review alert when nothing requires attention but a critical finding is held for review", async () => {
      const clinic = await safetyClinic("Review");
      const sessionId = await startAndTalk(clinic, ["I don't have any chest pain at all. Can I walk upstairs?"]);
      await summaryAndStats(sessionId);
      const alerts = await api<{ alerts: { session_id: string; level: string; severity: string; review_reasons: string[]; attention_item_count: number }[] }>("GET", "/alerts", { user: clinic.doctor });
      const alert = alerts.body.alerts.find((a) => a.session_id === sessionId);
      assert.equal(alert?.level, "review");
      assert.equal(alert?.severity, "moderate");
      assert.deepEqual(alert?.review_reasons, ["for_review"]);
      const dashboard = await api<{ totals: { open_attention_items: number; open_alerts: number } }>("GET", "/dashboard", { user: clinic.doctor });
      assert.equal(dashboard.body.totals.open_attention_items, 0, "a review is not an attention item");
      assert.equal(dashboard.body.totals.open_alerts, 1);
    });
  });

  describe("access", () => {
    it("meets 30 wrong invite codes in a row from one account with resource-exhausted", async () => {
      const clinic = await safetyClinic("Invites");
      const { invite_code } = await clinic.doctor.call<{ invite_code: string }>("createPatient", { display_name: "Invited" });
      const attacker = await signInAs(null);
      const codes: string[] = [];
      for (let i = 0; i < 30; i++) {
        try {
          await attacker.call("redeemInvite", { invite_code: WRONG_CODE });
          codes.push("ok");
        } catch (error) {
          codes.push((error as { code: string }).code);
        }
      }
      assert.deepEqual(codes.slice(0, 10), Array(10).fill("functions/not-found"));
      assert.deepEqual(codes.slice(10), Array(20).fill("functions/resource-exhausted"));
      await assert.rejects(attacker.call("redeemInvite", { invite_code }), { code: "functions/resource-exhausted", message: /at most 10 per hour/ });
      const patient = await signInAs(null);
      await patient.call("redeemInvite", { invite_code });
      assert.equal((await adminAuth.getUser(patient.uid)).customClaims?.role, "patient", "another account redeems the real code");
      const stored = await adminDb.collection("invites").where("doctor_id", "==", clinic.doctor.uid).get();
      for (const doc of stored.docs) {
        assert.match(doc.id, /^[0-9a-f]{64}$/, "only the HMAC of a code is stored");
        assert.ok(!JSON.stringify(doc.data()).includes(invite_code.replace(/-/g, "")));
      }
    });

    it("reads the role for redemption from Auth, not from the caller's (older) token", async () => {
      const clinic = await safetyClinic("Roles");
      const { invite_code } = await clinic.doctor.call<{ invite_code: string }>("createPatient", { display_name: "Invited" });
      const staff = await signInAs(null);
      await staff.call("getDashboard", {}).catch(() => undefined); // the client now holds a token without a role
      await adminAuth.setCustomUserClaims(staff.uid, { role: "doctor" }); // made a doctor since that token was issued
      await assert.rejects(staff.call("redeemInvite", { invite_code }), { code: "functions/failed-precondition", message: /already has a role/ });
      assert.deepEqual((await adminAuth.getUser(staff.uid)).customClaims, { role: "doctor" }, "still a doctor, never turned into a patient");
    });

    it("lets 20 parallel session starts by one patient succeed at most up to MAX_CONCURRENT_SESSIONS (2)", async () => {
      const clinic = await safetyClinic("Parallel");
      const token = await clinic.patient.idToken();
      const results = await Promise.all(
        Array.from({ length: 20 }, () => api<{ error?: { code: string; message: string } }>("POST", "/patient/session", { token, body: { patient_id: clinic.patientId, agent_id: clinic.agentId } })),
      );
      const ok = results.filter((r) => r.status === 200).length;
      console.log(`      20 parallel starts through REST: ${ok} started, ${results.length - ok} refused`);
      assert.ok(ok >= 1 && ok <= 2, `${ok} succeeded`);
      for (const refused of results.filter((r) => r.status !== 200)) {
        assert.equal(refused.status, 429, JSON.stringify(refused.body));
        assert.equal(refused.body.error?.code, "resource-exhausted");
      }
      const sessions = await adminDb.collection("sessions").where("patient_id", "==", clinic.patientId).count().get();
      assert.equal(sessions.data().count, ok, "a refused start wrote no session");
    });

    it("refuses a revoked token and a disabled account on patient-data callables at once", async () => {
      const clinic = await safetyClinic("Revoked");
      assert.ok(await clinic.doctor.call("getDashboard", {}));
      await new Promise((resolve) => setTimeout(resolve, 1100));
      await adminAuth.updateUser(clinic.doctor.uid, { disabled: true });
      // The web app still holds an ID token that is valid for up to an hour.
      await assert.rejects(clinic.doctor.call("getPatientSummary", { patient_id: clinic.patientId }), { code: "functions/unauthenticated", message: /revoked|disabled/ });
      await adminAuth.updateUser(clinic.doctor.uid, { disabled: false });
    });

    it("serves audio through short-lived signed links and the authorized route, never a permanent token", async () => {
      const clinic = await safetyClinic("Audio");
      // Narration is a job: queued at once (202), then the finished record carries a fresh signed link.
      const { queued, audio } = await narrate(clinic.doctor, { script_content: "Rest and ice your knee after walking.", voice_id: VOICE, disease_name: "Knee replacement" });
      assert.equal(queued.status, 202, JSON.stringify(queued.body));
      assert.equal(audio?.status, "draft", JSON.stringify(audio));
      const created = { body: { audio_id: audio!.audio_id, audio_url: audio!.audio_url! } };
      const url = new URL(created.body.audio_url);
      assert.match(url.pathname, new RegExp(`/api/audio/${created.body.audio_id}/content$`));
      assert.equal((await fetch(url)).status, 200, "the signed link plays");
      const tampered = new URL(url);
      tampered.searchParams.set("expires", String(Number(url.searchParams.get("expires")) + 3600));
      assert.equal((await fetch(tampered)).status, 403, "a longer expiry is not accepted");
      const expired = new URL(url);
      const past = Math.floor(Date.now() / 1000) - 10;
      expired.searchParams.set("expires", String(past));
      expired.searchParams.set("signature", createHmac("sha256", "not-the-key").update("x").digest("hex"));
      assert.equal((await fetch(expired)).status, 403);
      const ranged = await fetch(url, { headers: { range: "bytes=0-99" } });
      assert.equal(ranged.status, 206);
      assert.equal((await ranged.arrayBuffer()).byteLength, 100);

      const [files] = await bucket.getFiles({ prefix: `audio/${clinic.doctor.uid}/` });
      assert.equal(files.length, 1);
      assert.equal(files[0]!.metadata.metadata?.firebaseStorageDownloadTokens, undefined, "no download token on the object");

      const patientRoute = `/audio/${created.body.audio_id}/content`;
      assert.equal((await api("GET", patientRoute, { user: clinic.patient })).status, 403, "a patient cannot play a draft");
      await clinic.doctor.call("approveAudio", { audio_id: created.body.audio_id });
      const played = await fetch(`${new URL(created.body.audio_url).origin}/api${patientRoute}`, { headers: { authorization: `Bearer ${await clinic.patient.idToken()}` } });
      assert.equal(played.status, 200, "the doctor's patient plays approved audio with their ID token");
      const other = await safetyClinic("Audio other");
      assert.equal((await api("GET", patientRoute, { user: other.patient })).status, 403, "another doctor's patient cannot");
    });

    it("refuses narration beyond the doctor's daily text-to-speech quota with a clear 429, calling nobody", async () => {
      const clinic = await safetyClinic("Quota");
      const day = new Date().toISOString().slice(0, 10);
      await adminDb.collection("spend_quotas").doc(`${clinic.doctor.uid}_${day}`).set({ doctor_id: clinic.doctor.uid, day, tts_characters: 199_990 });
      const before = (await standIn<{ tts: { requests: number } }>("GET", "/_emulator/state")).tts.requests;
      const refused = await api<{ error: { code: string; message: string } }>("POST", "/audio", {
        user: clinic.doctor, body: { script_content: "This script is longer than ten characters.", voice_id: VOICE, disease_name: "Knee replacement" },
      });
      assert.equal(refused.status, 429);
      assert.equal(refused.body.error.code, "resource-exhausted");
      assert.match(refused.body.error.message, /Daily text-to-speech limit reached: 199,990 of 200,000 characters/);
      assert.equal((await standIn<{ tts: { requests: number } }>("GET", "/_emulator/state")).tts.requests, before);
      assert.equal((await adminDb.collection("audio").where("doctor_id", "==", clinic.doctor.uid).count().get()).data().count, 0);

      await adminDb.collection("spend_quotas").doc(`${clinic.doctor.uid}_${day}`).set({ knowledge_bytes: 4_999_990 }, { merge: true });
      const knowledge = await api<{ error: { message: string } }>("POST", "/knowledge", {
        user: clinic.doctor, body: { text: "A new knowledge document about knee care.", disease_name: "Knee", document_type: "faq" },
      });
      assert.equal(knowledge.status, 429);
      assert.match(knowledge.body.error.message, /Daily knowledge upload limit reached/);
      await adminDb.collection("spend_quotas").doc(`${clinic.doctor.uid}_${day}`).update({ knowledge_bytes: FieldValue.delete() });
    });
  });
});
