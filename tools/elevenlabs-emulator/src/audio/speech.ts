// The "speaking-rate model": every character gets a fixed duration (integer milliseconds), so the
// audio length grows with the text (about 15 characters per second for English prose) and the
// character alignment is exact. Audio is rendered in the requested output format.

import { buildMp3, durationOfFrames, frameCountFor, frameOffsets, mp3Format } from "./mp3.ts";
import type { Mp3Format } from "./mp3.ts";

export interface Timeline {
  characters: string[];
  startMs: number[];
  endMs: number[];
  totalMs: number;
}

export function charDurationMs(ch: string): number {
  if (ch === "\n") return 300;
  if (/\s/u.test(ch)) return 66;
  if (/[.!?¡¿…]/u.test(ch)) return 320;
  if (/[,;:]/u.test(ch)) return 180;
  if (/[\p{L}\p{N}]/u.test(ch)) return 58;
  return 40;
}

/** `speed` is voice_settings.speed (1.0 = normal); durations are divided by it. */
export function timeline(text: string, speed = 1): Timeline {
  const s = Number.isFinite(speed) && speed > 0 ? speed : 1;
  const characters = Array.from(text);
  const startMs: number[] = [];
  const endMs: number[] = [];
  let t = 0;
  for (const ch of characters) {
    const d = Math.max(1, Math.round(charDurationMs(ch) / s));
    startMs.push(t);
    t += d;
    endMs.push(t);
  }
  return { characters, startMs, endMs, totalMs: t };
}

export function alignmentOf(tl: Timeline, from = 0, to = tl.characters.length) {
  return {
    characters: tl.characters.slice(from, to),
    character_start_times_seconds: tl.startMs.slice(from, to).map((ms) => ms / 1000),
    character_end_times_seconds: tl.endMs.slice(from, to).map((ms) => ms / 1000),
  };
}

export type OutputFormat =
  | { codec: "mp3"; name: string; mp3: Mp3Format }
  | { codec: "pcm" | "wav" | "ulaw" | "alaw"; name: string; sampleRate: number };

export const DEFAULT_OUTPUT_FORMAT = "mp3_44100_128";

const PCM_RATES = [8000, 16000, 22050, 24000, 32000, 44100, 48000];

/** Returns the parsed format, or undefined when the emulator cannot produce it (opus, unknown names). */
export function parseOutputFormat(name: string): OutputFormat | undefined {
  const m = /^(mp3|pcm|wav|ulaw|alaw)_(\d+)(?:_(\d+))?$/.exec(name);
  if (!m) return undefined;
  const codec = m[1];
  const rate = Number(m[2]);
  if (codec === "mp3") {
    if (!m[3]) return undefined;
    const f = mp3Format(rate, Number(m[3]));
    return f ? { codec: "mp3", name, mp3: f } : undefined;
  }
  if (m[3]) return undefined;
  if ((codec === "ulaw" || codec === "alaw") && rate !== 8000) return undefined;
  if (!PCM_RATES.includes(rate)) return undefined;
  return { codec: codec as "pcm" | "wav" | "ulaw" | "alaw", name, sampleRate: rate };
}

export function contentTypeOf(format: OutputFormat): string {
  switch (format.codec) {
    case "mp3":
      return "audio/mpeg";
    case "wav":
      return "audio/wav";
    case "ulaw":
      return "audio/basic";
    case "alaw":
      return "audio/x-alaw-basic";
    default:
      return "audio/pcm";
  }
}

export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A quiet, deterministic "voice-like" signal: a short tone per letter, silence on spaces and punctuation. */
export function renderPcm16(tl: Timeline, sampleRate: number, seed: number): Int16Array {
  const total = Math.max(1, Math.ceil((tl.totalMs * sampleRate) / 1000));
  const out = new Int16Array(total);
  for (let i = 0; i < tl.characters.length; i++) {
    const ch = tl.characters[i];
    if (!/[\p{L}\p{N}]/u.test(ch)) continue;
    const freq = 110 + (((ch.codePointAt(0) ?? 0) + seed) % 24) * 9;
    const a = Math.floor((tl.startMs[i] * sampleRate) / 1000);
    const b = Math.min(total, Math.floor((tl.endMs[i] * sampleRate) / 1000));
    const fade = Math.max(1, Math.floor(sampleRate * 0.005));
    for (let n = a; n < b; n++) {
      const env = Math.min(1, (n - a) / fade, (b - n) / fade);
      out[n] = Math.round(1500 * env * Math.sin((2 * Math.PI * freq * n) / sampleRate));
    }
  }
  return out;
}

function ulawByte(sample: number): number {
  const BIAS = 0x84;
  let s = sample;
  const sign = s < 0 ? 0x80 : 0;
  if (s < 0) s = -s;
  s = Math.min(32635, s) + BIAS;
  let exponent = 7;
  for (let mask = 0x4000; (s & mask) === 0 && exponent > 0; mask >>= 1) exponent--;
  const mantissa = (s >> (exponent + 3)) & 0x0f;
  return ~(sign | (exponent << 4) | mantissa) & 0xff;
}

function alawByte(sample: number): number {
  let s = sample >> 3;
  let mask = 0xd5;
  if (s < 0) {
    mask = 0x55;
    s = -s - 1;
  }
  const segEnds = [0x1f, 0x3f, 0x7f, 0xff, 0x1ff, 0x3ff, 0x7ff, 0xfff];
  let seg = segEnds.findIndex((e) => s <= e);
  if (seg < 0) return 0x7f ^ mask;
  const aval = seg << 4;
  if (seg < 2) seg = 1;
  return (aval | ((s >> seg) & 0x0f)) ^ mask;
}

function wavHeader(dataBytes: number, sampleRate: number): Buffer {
  const h = Buffer.alloc(44);
  h.write("RIFF", 0, "ascii");
  h.writeUInt32LE(36 + dataBytes, 4);
  h.write("WAVE", 8, "ascii");
  h.write("fmt ", 12, "ascii");
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20);
  h.writeUInt16LE(1, 22);
  h.writeUInt32LE(sampleRate, 24);
  h.writeUInt32LE(sampleRate * 2, 28);
  h.writeUInt16LE(2, 32);
  h.writeUInt16LE(16, 34);
  h.write("data", 36, "ascii");
  h.writeUInt32LE(dataBytes, 40);
  return h;
}

export interface RenderedAudio {
  bytes: Buffer;
  durationSec: number;
  /** Byte offsets where the stream may be cut into independently playable chunks (ascending, ends with bytes.length). */
  boundaries: number[];
  /** Seconds of audio before each boundary (same length as boundaries). */
  boundaryTimes: number[];
}

export function render(format: OutputFormat, tl: Timeline, seed: number): RenderedAudio {
  if (format.codec === "mp3") {
    const frames = frameCountFor(format.mp3, tl.totalMs / 1000);
    const bytes = buildMp3(format.mp3, frames, seed);
    const offsets = frameOffsets(format.mp3, frames);
    return {
      bytes,
      durationSec: durationOfFrames(format.mp3, frames),
      boundaries: offsets,
      boundaryTimes: offsets.map((_, i) => durationOfFrames(format.mp3, i)),
    };
  }
  const pcm = renderPcm16(tl, format.sampleRate, seed);
  let body: Buffer;
  let bytesPerSample = 2;
  if (format.codec === "ulaw" || format.codec === "alaw") {
    bytesPerSample = 1;
    body = Buffer.alloc(pcm.length);
    for (let i = 0; i < pcm.length; i++) body[i] = format.codec === "ulaw" ? ulawByte(pcm[i]) : alawByte(pcm[i]);
  } else {
    body = Buffer.from(pcm.buffer, pcm.byteOffset, pcm.byteLength);
  }
  const prefix = format.codec === "wav" ? wavHeader(body.length, format.sampleRate) : Buffer.alloc(0);
  const bytes = Buffer.concat([prefix, body]);
  // boundaries every 100 ms of samples
  const step = Math.max(1, Math.floor(format.sampleRate / 10));
  const boundaries: number[] = [0];
  const boundaryTimes: number[] = [0];
  for (let n = step; n < pcm.length; n += step) {
    boundaries.push(prefix.length + n * bytesPerSample);
    boundaryTimes.push(n / format.sampleRate);
  }
  boundaries.push(bytes.length);
  boundaryTimes.push(pcm.length / format.sampleRate);
  return { bytes, durationSec: pcm.length / format.sampleRate, boundaries, boundaryTimes };
}

/** Plain silent MP3 of roughly `seconds` length (voice previews, conversation recordings). */
export function silentMp3(seconds: number, seed = 0): Buffer {
  const f = mp3Format(44100, 128)!;
  return buildMp3(f, frameCountFor(f, seconds), seed);
}
