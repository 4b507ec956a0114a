// What the doctor reads: the dashboard (a fixed number of documents), a patient's summary, and alerts.
import { auditPseudonymKey } from "../config";
import { mergeDashboard, type Dashboard } from "../domain/stats";
import { AppError, parseInput } from "../errors";
import { acknowledgeAlert as acknowledge, listOpenAlerts, openAlertTotals, type Alert } from "../repositories/alerts";
import { appendAudit } from "../repositories/audit";
import { loadActivePatient } from "../repositories/patients";
import { readDashboardDocuments } from "../repositories/stats";
import { summariesOfPatient } from "../repositories/summaries";
import { isoTime } from "../services/data";
import { actingDoctorId, onlyFor, type Caller } from "./auth";
import { callable } from "./callable";
import { contracts } from "./lazy-contracts";

const TOP_GAPS = 10;

export async function getDashboard(caller: Caller, data: unknown): Promise<Dashboard> {
  const input = parseInput(contracts().DashboardRequest, data);
  const doctorId = actingDoctorId(caller, input.doctor_id);
  const [stored, openAlerts] = await Promise.all([readDashboardDocuments(doctorId, TOP_GAPS), openAlertTotals(doctorId)]);
  return mergeDashboard(stored.countsDoc, stored.shards, stored.gaps, openAlerts, TOP_GAPS);
}

type Item = Record<string, unknown> & { session_ended_at?: unknown };
const view = (item: Item) => ({ ...item, session_ended_at: isoTime(item.session_ended_at) });

/** Across the patient's sessions, newest first; only the patient's doctor (or an admin). */
export async function getPatientSummary(caller: Caller, data: unknown) {
  const { patient_id } = parseInput(contracts().PatientIdRequest, data);
  // Both reads at once; nothing from the query is returned before the caller is authorized.
  const [patient, summaries] = await Promise.all([loadActivePatient(patient_id), summariesOfPatient(patient_id, 50)]);
  if (!patient) throw new AppError("notFound", "No such patient.");
  if (caller.role !== "admin" && patient.doctor_id !== caller.uid) throw new AppError("forbidden", "This patient belongs to another doctor.");
  await appendAudit({ actorUid: caller.uid, actorRole: caller.role, action: "summary.read", patientId: patient_id });
  const collect = (key: "answered_questions" | "unanswered_questions" | "requires_attention" | "for_review") =>
    summaries.flatMap((summary) => (summary[key] ?? []).map(view));
  return {
    patient_id,
    answered_questions: collect("answered_questions"),
    unanswered_questions: collect("unanswered_questions"),
    requires_attention: collect("requires_attention"),
    for_review: collect("for_review"),
    languages_unsupported: summaries.filter((s) => s.language_unsupported).map((s) => s.session_id),
  };
}

function alertView(alert: Alert) {
  const { id, ...fields } = alert;
  // flag_keys are the in-call flags' idempotency keys: internal.
  delete fields.flag_keys;
  return {
    alert_id: id,
    ...fields,
    items: fields.items.map(view),
    created_at: isoTime(fields.created_at),
    acknowledged_at: isoTime(fields.acknowledged_at),
    ...(fields.raised_in_call ? { raised_in_call: true, raised_in_call_at: isoTime(fields.raised_in_call_at ?? null) } : {}),
  };
}

export async function listAlerts(caller: Caller, data: unknown) {
  const input = parseInput(contracts().ListRequest, data);
  const doctorId = actingDoctorId(caller, input.doctor_id);
  const page = await listOpenAlerts(doctorId, input);
  return { alerts: page.items.map(alertView), next_cursor: page.next_cursor };
}

/** open -> acknowledged, once; records who and when. */
export async function acknowledgeAlert(caller: Caller, data: unknown) {
  const { alert_id } = parseInput(contracts().AcknowledgeAlertRequest, data);
  return alertView(await acknowledge(alert_id, caller));
}

export const dashboardOperations = {
  getDashboard: onlyFor("doctor", "admin")(getDashboard),
  getPatientSummary: onlyFor("doctor", "admin")(getPatientSummary),
  listAlerts: onlyFor("doctor", "admin")(listAlerts),
  acknowledgeAlert: onlyFor("doctor", "admin")(acknowledgeAlert),
};

const sensitive = { checkRevoked: true } as const;
// Only reads: its revocation check runs alongside them, and nothing is answered before it passed.
export const getDashboardCallable = callable("getDashboard", dashboardOperations.getDashboard, { checkRevoked: "alongside" });
export const getPatientSummaryCallable = callable("getPatientSummary", dashboardOperations.getPatientSummary, { ...sensitive, secrets: [auditPseudonymKey] });
export const listAlertsCallable = callable("listAlerts", dashboardOperations.listAlerts, sensitive);
export const acknowledgeAlertCallable = callable("acknowledgeAlert", dashboardOperations.acknowledgeAlert, sensitive);
