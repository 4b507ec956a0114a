// Audio: the MP3/PCM the stand-in returns decodes with a standard decoder, has a duration that grows
// with the text, is deterministic, and agrees with the with-timestamps alignment.

import assert from "node:assert/strict";
import { MPEGDecoder } from "mpg123-decoder";
import type { ElevenLabsClient } from "@elevenlabs/elevenlabs-js";
import { raw, start } from "./helpers.ts";
import type { RunningEmulator } from "../src/index.ts";

const VOICE = "21m00Tcm4TlvDq8ikWAM";
const PARAGRAPH =
  "Keep the bandage clean and dry for two days. After that you may shower, but do not soak the knee in a bath. " +
  "Take your pain medicine with food, and call the clinic if you have a fever or the wound turns red.";

async function decodeMp3(bytes: Buffer) {
  const d = new MPEGDecoder();
  await d.ready;
  try {
    const r = d.decode(new Uint8Array(bytes));
    return { samples: r.samplesDecoded, sampleRate: r.sampleRate, seconds: r.samplesDecoded / r.sampleRate, errors: r.errors, channelData: r.channelData };
  } finally {
    d.free();
  }
}

async function tts(em: RunningEmulator, text: string, opts: { format?: string; model?: string; speed?: number; endpoint?: string } = {}) {
  const q = new URLSearchParams({ output_format: opts.format ?? "mp3_44100_128" });
  const body: Record<string, unknown> = { text, model_id: opts.model ?? "eleven_multilingual_v2" };
  if (opts.speed) body.voice_settings = { speed: opts.speed };
  return raw(em, "POST", `/v1/text-to-speech/${VOICE}${opts.endpoint ?? ""}?${q}`, body);
}

describe("audio", () => {
  let em: RunningEmulator;
  let client: ElevenLabsClient;
  before(async () => {
    ({ em, client } = await start());
  });
  after(() => em.close());

  it("returns MPEG-1 Layer III that mpg123 decodes without errors (mp3_44100_128)", async () => {
    const r = await tts(em, PARAGRAPH);
    assert.equal(r.status, 200);
    assert.equal(r.headers.get("content-type"), "audio/mpeg");
    assert.equal(r.buf[0], 0xff);
    assert.equal(r.buf[1], 0xfb); // MPEG-1, Layer III, no CRC
    const d = await decodeMp3(r.buf);
    assert.deepEqual(d.errors, []);
    assert.equal(d.sampleRate, 44100);
    assert.equal(d.samples % 1152, 0);
    // 128 kbps CBR: the byte size matches the duration
    assert.ok(Math.abs((r.buf.length * 8) / d.seconds - 128000) < 500);
  });

  it("also produces mp3_22050_32 (MPEG-2) and mp3_44100_64", async () => {
    const low = await tts(em, PARAGRAPH, { format: "mp3_22050_32" });
    const d = await decodeMp3(low.buf);
    assert.deepEqual(d.errors, []);
    assert.equal(d.sampleRate, 22050);
    assert.equal(d.samples % 576, 0);
    const mid = await tts(em, PARAGRAPH, { format: "mp3_44100_64" });
    const d2 = await decodeMp3(mid.buf);
    assert.deepEqual(d2.errors, []);
    assert.ok(Math.abs(d.seconds - d2.seconds) < 0.03);
  });

  it("has a duration that grows with the text, at about 14-16 characters per second", async () => {
    const short = await decodeMp3((await tts(em, "Hello.")).buf);
    const long = await decodeMp3((await tts(em, PARAGRAPH)).buf);
    const longer = await decodeMp3((await tts(em, `${PARAGRAPH} ${PARAGRAPH}`)).buf);
    assert.ok(short.seconds < long.seconds && long.seconds < longer.seconds);
    const cps = PARAGRAPH.length / long.seconds;
    assert.ok(cps > 13.5 && cps < 16.5, `characters per second: ${cps}`);
    // voice_settings.speed makes speech faster
    const fast = await decodeMp3((await tts(em, PARAGRAPH, { speed: 1.2 })).buf);
    assert.ok(fast.seconds < long.seconds);
  });

  it("is deterministic for the same input and differs for different text", async () => {
    const a = await tts(em, PARAGRAPH);
    const b = await tts(em, PARAGRAPH);
    const c = await tts(em, `${PARAGRAPH.slice(0, -1)}!`);
    assert.ok(a.buf.equals(b.buf));
    assert.ok(!a.buf.equals(c.buf));
    const pa = await tts(em, PARAGRAPH, { format: "pcm_16000" });
    const pb = await tts(em, PARAGRAPH, { format: "pcm_16000" });
    assert.ok(pa.buf.equals(pb.buf));
  });

  it("with-timestamps: alignment agrees with the decoded duration (last end within one frame)", async () => {
    for (const text of ["Hi.", PARAGRAPH, "¿Cuándo puedo ducharme después de la operación?"]) {
      const res = await client.textToSpeech.convertWithTimestamps(VOICE, { text });
      const d = await decodeMp3(Buffer.from(res.audioBase64, "base64"));
      const al = res.alignment!;
      assert.deepEqual(al.characters, Array.from(text));
      assert.equal(al.characterStartTimesSeconds.length, al.characters.length);
      assert.equal(al.characterStartTimesSeconds[0], 0);
      for (let i = 1; i < al.characters.length; i++) {
        assert.equal(al.characterStartTimesSeconds[i], al.characterEndTimesSeconds[i - 1]);
        assert.ok(al.characterEndTimesSeconds[i] > al.characterStartTimesSeconds[i]);
      }
      const last = al.characterEndTimesSeconds.at(-1)!;
      const frame = 1152 / 44100;
      assert.ok(last <= d.seconds + 1e-9, `last end ${last} > decoded ${d.seconds}`);
      assert.ok(d.seconds - last < frame, `decoded ${d.seconds} - last end ${last} >= one frame`);
      assert.deepEqual(res.normalizedAlignment, res.alignment);
    }
  });

  it("returns raw 16-bit PCM for pcm_16000/22050/24000/44100 with the same timing", async () => {
    const aligned = await client.textToSpeech.convertWithTimestamps(VOICE, { text: PARAGRAPH });
    const last = aligned.alignment!.characterEndTimesSeconds.at(-1)!;
    for (const rate of [16000, 22050, 24000, 44100]) {
      const r = await tts(em, PARAGRAPH, { format: `pcm_${rate}` });
      assert.equal(r.status, 200);
      assert.equal(r.buf.length % 2, 0);
      const seconds = r.buf.length / 2 / rate;
      assert.ok(Math.abs(seconds - last) <= 1 / rate + 1e-9, `pcm_${rate}: ${seconds} vs ${last}`);
      const samples = new Int16Array(r.buf.buffer, r.buf.byteOffset, r.buf.length / 2);
      let peak = 0;
      for (const s of samples) peak = Math.max(peak, Math.abs(s));
      assert.ok(peak > 500 && peak < 4000, `a quiet tone, peak ${peak}`);
    }
    const wav = await tts(em, "Hi", { format: "wav_16000" });
    assert.equal(wav.buf.subarray(0, 4).toString(), "RIFF");
    const ulaw = await tts(em, "Hi", { format: "ulaw_8000" });
    assert.equal(ulaw.buf.length, 928); // "Hi" = 2 letters x 58 ms = 116 ms at 8 kHz, one byte per sample
  });

  it("enforces per-model character limits with 400 max_character_limit_exceeded", async () => {
    const cases: [string, number][] = [
      ["eleven_multilingual_v2", 10000],
      ["eleven_v3", 5000],
      ["eleven_flash_v2", 30000],
    ];
    for (const [model, limit] of cases) {
      const over = await tts(em, "a".repeat(limit + 1), { model, format: "pcm_16000" });
      assert.equal(over.status, 400, model);
      assert.equal(over.json.detail.code, "max_character_limit_exceeded");
      assert.equal(over.json.detail.status, "max_character_limit_exceeded");
      assert.match(over.json.detail.message, new RegExp(`${limit}`));
    }
    const atLimit = await tts(em, "a".repeat(10000), { model: "eleven_multilingual_v2", format: "mp3_22050_32" });
    assert.equal(atLimit.status, 200);
    const flash = await tts(em, "a".repeat(10001), { model: "eleven_flash_v2_5", format: "mp3_22050_32" });
    assert.equal(flash.status, 200);
    const flashOver = await tts(em, "a".repeat(40001), { model: "eleven_flash_v2_5" });
    assert.equal(flashOver.status, 400);
    await assert.rejects(client.textToSpeech.convert(VOICE, { text: "a".repeat(10001) }), (e: any) => e.statusCode === 400 && e.body.detail.code === "max_character_limit_exceeded");
  });

  it("streams over time: several chunks, in order, equal to the converted file", async () => {
    const res = await fetch(`${em.url}/v1/text-to-speech/${VOICE}/stream`, {
      method: "POST",
      headers: { "xi-api-key": em.apiKey, "content-type": "application/json" },
      body: JSON.stringify({ text: PARAGRAPH }),
    });
    const reader = res.body!.getReader();
    const arrivals: number[] = [];
    const parts: Buffer[] = [];
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      arrivals.push(performance.now());
      parts.push(Buffer.from(value));
    }
    assert.ok(parts.length > 3, `chunks: ${parts.length}`);
    assert.ok(arrivals.at(-1)! - arrivals[0] > 5, "chunks arrive over time");
    const whole = await tts(em, PARAGRAPH);
    assert.ok(Buffer.concat(parts).equals(whole.buf));
    const d = await decodeMp3(Buffer.concat(parts));
    assert.deepEqual(d.errors, []);
  });

  it("rejects formats it cannot make (opus) with a clear 400, and unknown formats with 422", async () => {
    const opus = await tts(em, "Hi", { format: "opus_48000_64" });
    assert.equal(opus.status, 400);
    assert.equal(opus.json.detail.code, "unsupported_output_format");
    const bogus = await tts(em, "Hi", { format: "mp3_1_2" });
    assert.equal(bogus.status, 422);
  });
});
