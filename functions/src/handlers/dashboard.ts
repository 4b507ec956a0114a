// What the doctor reads: the dashboard (O(1) documents), a patient's summary, and alerts.

import { mergeDashboard, type Dashboard } from "../domain/stats";
import { AppError, parseInput } from "../errors";
import { audit, col, increment, isoTime, now, STATS_SHARDS, statsDoc, statsShard, type DocumentData } from "../services/data";
import { db } from "../services/firebase";
import { actingDoctorId, onlyFor, type Caller } from "./auth";
import { callable } from "./callable";
import { contracts } from "./lazy-contracts";
import { fetchPage } from "../repositories/pagination";

export async function getDashboard(caller: Caller, data: unknown): Promise<Dashboard> {
  const input = parseInput(contracts().DashboardRequest, data);
  const doctorId = actingDoctorId(caller, input.doctor_id);
  const refs = [statsDoc(doctorId), ...Array.from({ length: STATS_SHARDS }, (_, i) => statsShard(doctorId, i))];
  const [main, ...shards] = await db().getAll(...refs);
  return mergeDashboard(main?.data(), shards.map((s) => s.data() ?? {}));
}

type Item = Record<string, unknown> & { session_ended_at?: unknown };
const view = (item: Item) => ({ ...item, session_ended_at: isoTime(item.session_ended_at) });

/** Across the patient's sessions, newest first; only the patient's doctor (or an admin). */
export async function getPatientSummary(caller: Caller, data: unknown) {
  const { patient_id } = parseInput(contracts().PatientIdRequest, data);
  // Both reads at once; nothing from the query is returned before the caller is authorized.
  const [patientSnapshot, summaries] = await Promise.all([
    col("patients").doc(patient_id).get(),
    col("summaries").where("patient_id", "==", patient_id).orderBy("ended_at", "desc").limit(50).get(),
  ]);
  const patient = patientSnapshot.data();
  if (!patient || patient.erased_at) throw new AppError("notFound", "No such patient.");
  if (caller.role !== "admin" && patient.doctor_id !== caller.uid) throw new AppError("forbidden", "This patient belongs to another doctor.");
  await audit({ actorUid: caller.uid, actorRole: caller.role, action: "summary.read", patientId: patient_id });
  const collect = (key: string) => summaries.docs.flatMap((doc) => ((doc.get(key) ?? []) as Item[]).map(view));
  return {
    patient_id,
    answered_questions: collect("answered_questions"),
    unanswered_questions: collect("unanswered_questions"),
    requires_attention: collect("requires_attention"),
    for_review: collect("for_review"),
  };
}

function alertView(id: string, data: DocumentData) {
  return { alert_id: id, ...data, created_at: isoTime(data.created_at), acknowledged_at: isoTime(data.acknowledged_at) };
}

export async function listAlerts(caller: Caller, data: unknown) {
  const input = parseInput(contracts().ListRequest, data);
  const doctorId = actingDoctorId(caller, input.doctor_id);
  const page = await fetchPage(col("alerts").where("doctor_id", "==", doctorId).where("state", "==", "open"), "created_at", input, (doc) =>
    alertView(doc.id, doc.data() ?? {}),
  );
  return { alerts: page.items, next_cursor: page.next_cursor };
}

/** open -> acknowledged, once; records who and when. */
export async function acknowledgeAlert(caller: Caller, data: unknown) {
  const { alert_id } = parseInput(contracts().AcknowledgeAlertRequest, data);
  const ref = col("alerts").doc(alert_id);
  return db().runTransaction(async (tx) => {
    const alert = (await tx.get(ref)).data();
    if (!alert) throw new AppError("notFound", "No such alert.");
    if (caller.role !== "admin" && alert.doctor_id !== caller.uid) throw new AppError("forbidden", "This alert belongs to another doctor.");
    if (alert.state === "acknowledged") return alertView(alert_id, alert);
    const acknowledgedAt = now();
    const update = { state: "acknowledged", acknowledged_by: caller.uid, acknowledged_at: acknowledgedAt };
    tx.update(ref, update);
    // Open items live in the stats shards; a negative delta on the shard 0 keeps the sum exact.
    tx.set(statsShard(alert.doctor_id, 0), { totals: { attention_open: increment(-(alert.item_count ?? 0)) } }, { merge: true });
    return alertView(alert_id, { ...alert, ...update });
  });
}

export const dashboardOperations = {
  getDashboard: onlyFor("doctor", "admin")(getDashboard),
  getPatientSummary: onlyFor("doctor", "admin")(getPatientSummary),
  listAlerts: onlyFor("doctor", "admin")(listAlerts),
  acknowledgeAlert: onlyFor("doctor", "admin")(acknowledgeAlert),
};

export const getDashboardCallable = callable("getDashboard", dashboardOperations.getDashboard);
export const getPatientSummaryCallable = callable("getPatientSummary", dashboardOperations.getPatientSummary);
export const listAlertsCallable = callable("listAlerts", dashboardOperations.listAlerts);
export const acknowledgeAlertCallable = callable("acknowledgeAlert", dashboardOperations.acknowledgeAlert);
