/**
 * `npm run smoke:elevenlabs`: a live check a clinic runs once with its real ElevenLabs key, before
 * the first deploy or after changing plan or region. It makes the cheapest real calls, with the
 * product's own code and request bodies, and prints each result:
 *
 *   voices -> create a knowledge document -> find it by name-prefix search -> start its RAG index
 *   -> create an agent (English, the product's prompt, model, duration, variables, overrides)
 *   -> fetch it back -> mint a signed URL (no call is placed) -> one short TTS (about 20 characters)
 *   -> delete the agent and the document.
 *
 *   ELEVENLABS_API_KEY=... npm run smoke:elevenlabs
 *   optional: ELEVENLABS_BASE_URL (a residency host), ELEVENLABS_SMOKE_VOICE_ID, ELEVENLABS_TTS_MODEL
 *
 * Without a key it says so and exits 0. It is not part of `npm test` (CI has no internet); the
 * integration suite runs the same `runSmoke` against the local stand-in so it cannot rot.
 */
import { randomBytes } from "node:crypto";

export interface SmokeStep {
  step: string;
  ok: boolean;
  detail: string;
  ms: number;
}

export interface SmokeOptions {
  apiKey: string;
  /** An ElevenLabs host, a residency host, or a loopback stand-in; default api.elevenlabs.io. */
  baseUrl?: string;
  voiceId?: string;
  ttsModel?: string;
  log?: (line: string) => void;
}

const SMOKE_TEXT = "Smoke test of the patient-education backend. Keep the wound dressing dry for five days.";

/** Runs every step, continues past a failed one where it can, and always cleans up what it created. */
export async function runSmoke(options: SmokeOptions): Promise<SmokeStep[]> {
  // The product reads its settings through Firebase params, which are environment variables at run time.
  process.env.ELEVENLABS_API_KEY = options.apiKey;
  process.env.ELEVENLABS_BASE_URL = options.baseUrl ?? process.env.ELEVENLABS_BASE_URL ?? "https://api.elevenlabs.io";
  process.env.ELEVENLABS_TIMEOUT_SECONDS ??= "30";
  // Every agent carries the flag_for_doctor tool; the smoke agent's points nowhere real and is never called.
  process.env.FLAG_TOOL_KEY ??= randomBytes(32).toString("base64url");
  process.env.FLAG_TOOL_URL ??= "https://flag-tool.smoke-test.invalid/flagForDoctor";
  const elevenLabs = await import("../src/services/elevenlabs");
  const { elevenLabsConfig } = await import("../src/handlers/agents");
  const log = options.log ?? ((line: string) => console.log(line));
  const steps: SmokeStep[] = [];

  async function step<T>(name: string, run: () => Promise<T>, describe: (value: T) => string): Promise<T | undefined> {
    const started = Date.now();
    try {
      const value = await run();
      const result = { step: name, ok: true, detail: describe(value), ms: Date.now() - started };
      steps.push(result);
      log(`✔ ${name} (${result.ms} ms): ${result.detail}`);
      return value;
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      steps.push({ step: name, ok: false, detail, ms: Date.now() - started });
      log(`✖ ${name} (${Date.now() - started} ms): ${detail}`);
      return undefined;
    }
  }
  const expect = (condition: boolean, message: string) => {
    if (!condition) throw new Error(message);
  };

  const reference = `smoke_${Date.now().toString(36)}`;
  let documentId: string | undefined;
  let agentId: string | undefined;
  try {
    const voiceId = await step("list voices", async () => {
      const ids = await elevenLabs.listVoiceIds();
      const chosen = options.voiceId ?? ids[0];
      expect(chosen !== undefined, "the account has no voices");
      expect(ids.includes(chosen!), `voice ${chosen} is not in the account's voice list`);
      return { chosen: chosen!, count: ids.length };
    }, (v) => `${v.count} voices; using ${v.chosen}`);

    documentId = await step("create a knowledge document", () => elevenLabs.createKnowledgeDocument(SMOKE_TEXT, "Smoke test - faq", reference), (id) => `${id} named "${reference} | Smoke test - faq"`);

    if (documentId) {
      await step("find it by name-prefix search", async () => {
        const found = await elevenLabs.findKnowledgeDocument(reference);
        expect(found === documentId, `search=${reference} found ${found ?? "nothing"}, expected ${documentId}`);
        return found!;
      }, () => `search=${reference} finds it, so a timed-out create is reconciled, not duplicated`);
      await step("start its RAG index", () => elevenLabs.indexKnowledgeDocument(documentId!), (status) => `status ${status} (documents under 500 bytes are used in the prompt: document_too_small)`);
    }

    if (voiceId) {
      const record = { name: "Smoke test agent", answer_style: "educational", language: "en", max_duration_seconds: 1_800, voice_id: voiceId.chosen, privacy: { record_audio: false, retention_days: 1 } };
      const knowledge = documentId ? [{ id: "smoke", elevenLabsId: documentId, name: "Smoke test - faq", disease: "Smoke test" }] : [];
      const config = elevenLabsConfig(reference, record, knowledge, { doctor_name: "the clinic" });
      agentId = await step("create an agent", () => elevenLabs.createOrUpdateAgent(config), (id) => `${id}: language en, TTS ${"eleven_flash_v2"}, max duration 1800 s, text_only override allowed`);
      if (agentId) {
        await step("fetch the agent", async () => {
          const remote = await elevenLabs.getAgent(agentId!);
          expect(remote !== null, "the agent is not there");
          expect(remote!.language === "en", `language is ${remote!.language}`);
          expect(remote!.ttsModel === "eleven_flash_v2", `TTS model is ${remote!.ttsModel}`);
          expect(remote!.maxDurationSeconds === 1_800, `max_duration_seconds is ${remote!.maxDurationSeconds}`);
          return remote!;
        }, (remote) => `"${remote.name}", ${remote.language}, ${remote.ttsModel}, ${remote.maxDurationSeconds} s`);
        await step("mint a signed URL", () => elevenLabs.getSignedUrl(agentId!), (url) => `conversation ${url.conversationId} (not connected: no minutes used)`);
      }
      await step("one short text-to-speech request", async () => {
        const model = options.ttsModel ?? process.env.ELEVENLABS_TTS_MODEL ?? "eleven_multilingual_v2";
        const chunk = await elevenLabs.generateAudio({ text: "Hello from the clinic.", voiceId: voiceId.chosen, modelId: model });
        expect(chunk.audio.length > 0, "no audio");
        return { bytes: chunk.audio.length, model };
      }, (r) => `${r.bytes} bytes of MP3 from ${r.model}`);
    }
  } finally {
    if (agentId) {
      await step("delete the agent", async () => {
        await elevenLabs.deleteAgent(agentId!);
        expect((await elevenLabs.getAgent(agentId!)) === null, "the agent is still there");
      }, () => "deleted");
    }
    if (documentId) await step("delete the knowledge document", () => elevenLabs.deleteKnowledgeDocument(documentId!), () => "deleted");
  }
  return steps;
}

async function main() {
  const apiKey = process.env.ELEVENLABS_API_KEY?.trim();
  if (!apiKey) {
    console.log("ELEVENLABS_API_KEY is not set: nothing was called. Run `ELEVENLABS_API_KEY=... npm run smoke:elevenlabs` with the clinic's real key to check the account.");
    return 0;
  }
  const host = process.env.ELEVENLABS_BASE_URL ?? "https://api.elevenlabs.io";
  console.log(`Live ElevenLabs smoke test against ${host} (a few cents of credits at most).`);
  const steps = await runSmoke({ apiKey, baseUrl: host, voiceId: process.env.ELEVENLABS_SMOKE_VOICE_ID || undefined });
  const failed = steps.filter((s) => !s.ok);
  console.log(`\n${steps.length - failed.length} of ${steps.length} steps passed${failed.length ? `; failed: ${failed.map((s) => s.step).join(", ")}` : ""}.`);
  return failed.length ? 1 : 0;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
