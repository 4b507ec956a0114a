// Demo data for `npm start`: accounts with roles, and the doctor's knowledge, approved
// narration and agent, created through the product's own API as the web app would.
import { createRequire } from "node:module";
import { join } from "node:path";
import { demo, emulatorHosts, projectId, repoRoot, voiceId as demoVoiceId } from "./stack-config.mjs";
import { callFunction, narrate, rest, signIn, signUp } from "./local-client.mjs";

const PASSWORD = demo.password;
export const DEMO_ACCOUNTS = demo.accounts;

const KNOWLEDGE = [
  {
    document_type: "post_care",
    text: `# After your knee replacement

Keep the wound dressing clean and dry for the first 5 days. You may shower after day 5 if the wound is dry, but do not soak in a bath for 3 weeks.

Walk with your walker three to four times a day, a little further each day. Do the exercises from your physiotherapist twice a day.

Ice the knee for 20 minutes after exercises to reduce swelling. Keep the leg raised when you sit.

Most people can drive again after about 6 weeks, once they can bend the knee and brake firmly, and are off strong pain medicine.`,
  },
  {
    document_type: "precautions",
    text: `# Warning signs after knee surgery

Call the clinic the same day if the wound becomes red, hot or starts to leak fluid, or if you have a fever above 38 °C.

Calf pain, swelling or tightness in the lower leg can be a blood clot: seek urgent care.

Sudden shortness of breath or chest pain needs emergency care: call 911.

Take the blood thinner every day exactly as prescribed until the course is finished, even if you feel well.`,
  },
];

const SCRIPT = "Welcome home after your knee replacement. In the next few minutes we will go through wound care, walking, and the warning signs to watch for. Keep your dressing dry for five days. Walk a little more every day, and ice your knee after exercises.";

function admin() {
  const require = createRequire(join(repoRoot, "functions", "package.json"));
  process.env.FIREBASE_AUTH_EMULATOR_HOST ??= emulatorHosts.FIREBASE_AUTH_EMULATOR_HOST;
  process.env.FIRESTORE_EMULATOR_HOST ??= emulatorHosts.FIRESTORE_EMULATOR_HOST;
  const { getApps, initializeApp } = require("firebase-admin/app");
  const { getAuth } = require("firebase-admin/auth");
  const { getFirestore, FieldValue } = require("firebase-admin/firestore");
  const app = getApps()[0] ?? initializeApp({ projectId });
  return { auth: getAuth(app), db: getFirestore(app), FieldValue };
}

async function ensureStaff({ auth, db, FieldValue }, account) {
  let user = await auth.getUserByEmail(account.email).catch(() => undefined);
  user ??= await auth.createUser({ email: account.email, password: PASSWORD, displayName: account.name });
  if (user.displayName !== account.name) await auth.updateUser(user.uid, { displayName: account.name });
  await auth.setCustomUserClaims(user.uid, { role: account.role });
  // A doctor's profile, as the admin command writes it: agents call the doctor by this name.
  if (account.role === "doctor") {
    await db.collection("doctors").doc(user.uid).set({ display_name: account.name, email: account.email, created_at: FieldValue.serverTimestamp() }, { merge: true });
  }
  return user.uid;
}

/** Idempotent: with --persist, a second start finds the data and only signs in. */
export async function seedDemoData(log = console.log) {
  const firebase = admin();
  const { auth } = firebase;
  const accounts = {};
  for (const key of ["admin", "doctor", "doctor2"]) {
    accounts[key] = { email: DEMO_ACCOUNTS[key].email, password: PASSWORD, name: DEMO_ACCOUNTS[key].name, uid: await ensureStaff(firebase, DEMO_ACCOUNTS[key]) };
  }
  const doctorToken = (await signIn(DEMO_ACCOUNTS.doctor.email, PASSWORD)).idToken;
  const knowledgeIds = [];
  for (const doc of KNOWLEDGE) {
    const result = await rest("POST", "/knowledge", doctorToken, { ...doc, disease_name: "Knee replacement" });
    knowledgeIds.push(result.knowledge_id);
  }
  log("  seeded 2 knowledge documents");
  const voiceId = demoVoiceId;
  const existingAudio = await rest("GET", "/audio", doctorToken);
  if (!existingAudio.audio.some((a) => a.status === "approved")) {
    const audio = await narrate(doctorToken, { script_content: SCRIPT, voice_id: voiceId, disease_name: "Knee replacement" });
    await rest("POST", `/audio/${audio.audio_id}/approve`, doctorToken);
  }
  log("  seeded an approved narration");
  const agents = await rest("GET", "/agents", doctorToken);
  const agentId = agents.agents[0]?.agent_id
    ?? (await rest("POST", "/agent", doctorToken, { name: "Knee Recovery Guide", knowledge_ids: knowledgeIds, voice_id: voiceId, answer_style: "friendly" })).agent_id;
  log("  seeded an agent");

  for (const key of ["patient", "patient2"]) {
    const account = DEMO_ACCOUNTS[key];
    const existing = await auth.getUserByEmail(account.email).catch(() => undefined);
    if (existing?.customClaims?.patient_id) {
      accounts[key] = { email: account.email, password: PASSWORD, name: account.name, uid: existing.uid, patient_id: existing.customClaims.patient_id };
      continue;
    }
    const token = (await signIn(DEMO_ACCOUNTS[account.doctor].email, PASSWORD)).idToken;
    const invite = await callFunction("createPatient", token, { display_name: account.name });
    const user = existing ? await signIn(account.email, PASSWORD) : await signUp(account.email, PASSWORD);
    await callFunction("redeemInvite", user.idToken, { invite_code: invite.invite_code });
    accounts[key] = { email: account.email, password: PASSWORD, name: account.name, uid: user.uid, patient_id: invite.patient_id };
  }
  log("  seeded patients for both doctors");
  return { accounts, demo: { patient_id: accounts.patient.patient_id, agent_id: agentId, knowledge_ids: knowledgeIds, voice_id: voiceId } };
}
