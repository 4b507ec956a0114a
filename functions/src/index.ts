// Wires the deployed functions. The export name is the deployed name and the web app's API:
// keep it stable. Nothing else belongs here.
import { setGlobalOptions } from "firebase-functions/v2/options";

setGlobalOptions({ region: "us-central1", maxInstances: 20 });

export { api } from "./handlers/api";
export { elevenLabsWebhook } from "./handlers/webhook";
export { flagForDoctor } from "./handlers/flag-for-doctor";
export {
  createPatientCallable as createPatient,
  redeemInviteCallable as redeemInvite,
  onPatientCreated,
} from "./handlers/patients";
export {
  uploadKnowledgeCallable as uploadKnowledge,
  listKnowledgeCallable as listKnowledge,
  getKnowledgeCallable as getKnowledge,
  replaceKnowledgeCallable as replaceKnowledge,
  deleteKnowledgeCallable as deleteKnowledge,
  onKnowledgeIndexing,
  followKnowledgeIndexingScheduled as followKnowledgeIndexing,
} from "./handlers/knowledge";
export {
  generateAudioCallable as generateAudio,
  approveAudioCallable as approveAudio,
  listAudioCallable as listAudio,
  getAudioCallable as getAudio,
  deleteAudioCallable as deleteAudio,
} from "./handlers/narration";
export { narrationJobs } from "./handlers/narration-job";
export {
  saveAgentCallable as saveAgent,
  listAgentsCallable as listAgents,
  getAgentCallable as getAgent,
  deleteAgentCallable as deleteAgent,
} from "./handlers/agents";
export { startSessionCallable as startSession, endSessionCallable as endSession } from "./handlers/sessions";
export {
  onSessionEnded,
  reconcileSessionsScheduled as reconcileSessions,
  runReconcilerCallable as runReconciler,
} from "./handlers/conversation-end";
export {
  getDashboardCallable as getDashboard,
  getPatientSummaryCallable as getPatientSummary,
  listAlertsCallable as listAlerts,
  acknowledgeAlertCallable as acknowledgeAlert,
} from "./handlers/dashboard";
export { erasePatientCallable as erasePatient, applyRetentionScheduled as applyRetention } from "./handlers/privacy";
export { healthCheck } from "./handlers/health";
export {
  listPatientsCallable as listPatients,
  getPatientCallable as getPatient,
  updatePatientCallable as updatePatient,
  reissueInviteCallable as reissueInvite,
} from "./handlers/patient-directory";
export { listSessionsCallable as listSessions, getSessionCallable as getSession } from "./handlers/conversations";
export { listVoicesCallable as listVoices } from "./handlers/voices";
export { previewAgentCallable as previewAgent } from "./handlers/agent-preview";
export { uploadKnowledgeFileCallable as uploadKnowledgeFile } from "./handlers/knowledge-files";
export { getPatientHomeCallable as getPatientHome } from "./handlers/patient-home";
