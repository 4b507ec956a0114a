// `npm run demo`: drives the whole product through its public interfaces, as the web app and a
// patient's app would: REST with ID tokens, callables, and the conversation WebSocket in text
// mode. Starts the local stack itself when none is running. Exits 0 only if every step worked.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { callFunction, narrate, rest, signIn } from "./lib/local-client.mjs";
import { paths, repoRoot, urls } from "./lib/stack-config.mjs";

const stackFile = paths.stackFile;
const require = createRequire(join(repoRoot, "functions", "package.json"));
const WebSocket = require("ws");

const KNOWLEDGE = `# Caring for your knee after replacement surgery

Keep the wound dressing clean and dry for the first five days. After day five you may shower if the wound is dry, but do not soak in a bath for three weeks.

Walk with your walker three or four times a day, a little further each day, and do your physiotherapy exercises twice a day.

Ice the knee for twenty minutes after exercises to reduce swelling, and keep the leg raised when you sit.

Take your pain tablets as prescribed about half an hour before the exercises, so that you can bend the knee fully.`;
const SCRIPT = "Welcome home after your knee replacement. Keep your dressing dry for five days, walk a little more every day, and ice your knee after your exercises.";
const CONVERSATION = [
  "How long should I keep the wound dressing dry?",
  "Can I take ibuprofen together with my heart tablets?",
  "Also since last night my calf is swollen and hot and it really hurts to walk.",
];

let step = 0;
const say = (text) => console.log(`\n${++step}. ${text}`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function apiIsUp() {
  try {
    return (await fetch(`${urls.api}/dashboard`)).status === 401 && existsSync(stackFile);
  } catch {
    return false;
  }
}

async function ensureStack() {
  if (await apiIsUp()) return undefined;
  console.log("No local stack is running: starting one (npm start)…");
  const child = spawn(process.execPath, [join(repoRoot, "scripts", "start.mjs"), "--quiet", ...(process.argv.includes("--skip-build") ? ["--skip-build"] : [])], { cwd: repoRoot, stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  for (let waited = 0; waited < 300_000; waited += 1000) {
    if (/Ready in/.test(output)) return child;
    if (child.exitCode !== null) throw new Error(`npm start failed:\n${output.slice(-2000)}`);
    await sleep(1000);
  }
  throw new Error("The local stack did not become ready within 5 minutes.");
}

async function converse(signedUrl, dynamicVariables, messages) {
  const socket = new WebSocket(signedUrl);
  const replies = [];
  socket.on("message", (raw) => {
    const event = JSON.parse(raw.toString());
    if (event.type === "ping") socket.send(JSON.stringify({ type: "pong", event_id: event.ping_event.event_id }));
    if (event.type === "agent_response") replies.push(event.agent_response_event.agent_response);
  });
  await new Promise((resolve, reject) => socket.once("open", resolve).once("error", reject));
  // As the web app's text chat: the session's variables and the text_only override come first.
  socket.send(JSON.stringify({
    type: "conversation_initiation_client_data",
    dynamic_variables: dynamicVariables,
    conversation_config_override: { conversation: { text_only: true } },
  }));
  const waitFor = async (count) => {
    for (let i = 0; i < 300 && replies.length < count; i++) await sleep(50);
    if (replies.length < count) throw new Error("The agent did not answer.");
  };
  await waitFor(1);
  console.log(`   agent:   ${replies[0]}`);
  for (const [i, message] of messages.entries()) {
    console.log(`   patient: ${message}`);
    socket.send(JSON.stringify({ type: "user_message", text: message }));
    await waitFor(i + 2);
    console.log(`   agent:   ${replies[i + 1]}`);
  }
  socket.close(1000);
  await new Promise((resolve) => socket.once("close", resolve));
}

const line = (item) => `turn ${item.turn_index} at ${item.time_in_call_secs}s: "${item.patient_text}"`;

async function main() {
  const startedStack = await ensureStack();
  try {
    const stack = JSON.parse(readFileSync(stackFile, "utf8"));
    const doctor = await signIn(stack.accounts.doctor.email, stack.accounts.doctor.password);
    const patient = await signIn(stack.accounts.patient.email, stack.accounts.patient.password);

    say("The doctor uploads a knowledge document (POST /api/knowledge).");
    const knowledge = await rest("POST", "/knowledge", doctor.idToken, { text: KNOWLEDGE, disease_name: "Knee replacement", document_type: "post_care" });
    console.log(`   knowledge ${knowledge.knowledge_id}, ElevenLabs document ${knowledge.elevenlabs_document_id}, ${knowledge.sync_status}`);
    if (knowledge.sync_status === "failed") throw new Error(`The document could not be synced: ${knowledge.sync_error?.message}`);

    say("The doctor narrates a script: a job on the narration queue (POST /api/audio -> 202), followed until done, then approved.");
    const audio = await narrate(doctor.idToken, { script_content: SCRIPT, voice_id: stack.demo.voice_id, disease_name: "Knee replacement" }, {
      onProgress: (a) => console.log(`   job ${a.job_id}: ${a.status}, ${a.progress.done}/${a.progress.total} parts`),
    });
    await rest("POST", `/audio/${audio.audio_id}/approve`, doctor.idToken);
    const played = await fetch(audio.audio_url);
    if (!played.ok) throw new Error(`The audio does not play: ${played.status}`);
    console.log(`   ${audio.duration_seconds} s of audio, ${(await played.arrayBuffer()).byteLength} bytes, approved`);

    if (knowledge.sync_status !== "synced") {
      say("ElevenLabs finishes the document's RAG index (GET /api/knowledge/{id} until it is synced).");
      // Agents only get a document whose index has succeeded.
      const deadline = Date.now() + 120_000;
      let record = knowledge;
      while (record.sync_status === "indexing" && Date.now() < deadline) {
        await sleep(500);
        record = await rest("GET", `/knowledge/${knowledge.knowledge_id}`, doctor.idToken);
      }
      if (record.sync_status !== "synced") throw new Error(`The document is ${record.sync_status}: ${record.sync_error?.message ?? "its index did not finish in 2 minutes"}`);
      console.log(`   indexing -> ${record.sync_status} (RAG index ${record.rag_status}): the document is ready for agents`);
    }

    say("The doctor creates an agent (POST /api/agent).");
    const agent = await rest("POST", "/agent", doctor.idToken, { name: "Knee Demo Guide", knowledge_ids: [knowledge.knowledge_id], voice_id: stack.demo.voice_id, answer_style: "friendly" });
    console.log(`   agent ${agent.agent_id}`);

    say("The patient starts a session (callable startSession) and talks to the agent in text mode.");
    const session = await callFunction("startSession", patient.idToken, { patient_id: stack.demo.patient_id, agent_id: agent.agent_id });
    await converse(session.signed_url, session.dynamic_variables, CONVERSATION);
    // The app ends its session when the patient hangs up.
    await callFunction("endSession", patient.idToken, { session_id: session.session_id });

    say("The conversation ends; waiting for the summary (post-call webhook -> summarizer).");
    const deadline = Date.now() + 60_000;
    let summary;
    while (Date.now() < deadline) {
      summary = await rest("GET", `/patient/${stack.demo.patient_id}/summary`, doctor.idToken);
      if ([...summary.answered_questions, ...summary.unanswered_questions, ...summary.requires_attention].some((i) => i.session_id === session.session_id)) break;
      summary = undefined;
      await sleep(500);
    }
    if (!summary) throw new Error("No summary appeared within 60 s.");
    const mine = (list) => list.filter((i) => i.session_id === session.session_id);
    console.log("\n   Patient summary for this session");
    console.log("   Answered:");
    for (const item of mine(summary.answered_questions)) console.log(`     - ${line(item)}${item.grounded ? " (from the knowledge base)" : ""}`);
    console.log("   Unanswered:");
    for (const item of mine(summary.unanswered_questions)) console.log(`     - ${line(item)}`);
    console.log("   Requires attention:");
    for (const item of mine(summary.requires_attention)) console.log(`     - [${item.severity}] ${item.category}: ${line(item)} (evidence: "${item.evidence}")`);

    const alerts = await rest("GET", "/alerts", doctor.idToken);
    const alert = alerts.alerts.find((a) => a.session_id === session.session_id);
    if (!alert) throw new Error("No alert was raised for the red-flag symptom.");
    console.log(`\n   Doctor's alert ${alert.alert_id}: ${alert.severity}, ${alert.categories.join(", ")}, state ${alert.state}`);

    const dashboard = await rest("GET", "/dashboard", doctor.idToken);
    const t = dashboard.totals;
    console.log(`\n   Dashboard: ${t.patients} patients, ${t.sessions} sessions, ${t.minutes} minutes, ${t.questions_answered} answered, ${t.questions_unanswered} unanswered, ${t.open_attention_items} open attention items`);
    console.log(`   Documents: ${dashboard.counts.knowledge_documents} knowledge, ${dashboard.counts.agents} agents, ${dashboard.counts.audio} audio`);
    if (dashboard.knowledge_gaps.length) console.log(`   Top knowledge gap: "${dashboard.knowledge_gaps[0].question}" (${dashboard.knowledge_gaps[0].count}x)`);

    const ok = mine(summary.answered_questions).length >= 1 && mine(summary.unanswered_questions).length >= 1 && mine(summary.requires_attention).length >= 1;
    if (!ok) throw new Error("The summary is missing an answered, an unanswered or an attention item.");
    console.log("\nDemo complete: every step worked.");
  } finally {
    if (startedStack) {
      startedStack.kill("SIGINT");
      await new Promise((resolve) => startedStack.once("exit", resolve));
    }
  }
}

main().catch((error) => {
  console.error(`\nDemo failed: ${error.message}`);
  process.exit(1);
});
