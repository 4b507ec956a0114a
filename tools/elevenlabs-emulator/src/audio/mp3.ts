// Hand-built MPEG audio Layer III frames, mono, constant bit rate.
//
// Every frame has a zeroed side-info block (main_data_begin = 0, part2_3_length = 0 for every
// granule), so a standard decoder outputs digital silence for it. The bytes after the side info are
// "ancillary data" that decoders skip; we fill them with a pattern seeded from a hash so different
// texts give different (but deterministic) files. An exact frame count gives an exact duration.

const MPEG1_BITRATES = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const MPEG2_BITRATES = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
const MPEG1_RATES = [44100, 48000, 32000];
const MPEG2_RATES = [22050, 24000, 16000];

export interface Mp3Format {
  sampleRate: number;
  kbps: number;
  mpeg1: boolean;
  samplesPerFrame: number;
}

export function mp3Format(sampleRate: number, kbps: number): Mp3Format | undefined {
  if (MPEG1_RATES.includes(sampleRate) && MPEG1_BITRATES.includes(kbps) && kbps > 0) {
    return { sampleRate, kbps, mpeg1: true, samplesPerFrame: 1152 };
  }
  if (MPEG2_RATES.includes(sampleRate) && MPEG2_BITRATES.includes(kbps) && kbps > 0) {
    return { sampleRate, kbps, mpeg1: false, samplesPerFrame: 576 };
  }
  return undefined;
}

/** Number of frames needed to hold at least `seconds` of audio (at least one). */
export function frameCountFor(format: Mp3Format, seconds: number): number {
  return Math.max(1, Math.ceil((seconds * format.sampleRate) / format.samplesPerFrame - 1e-9));
}

export function durationOfFrames(format: Mp3Format, frames: number): number {
  return (frames * format.samplesPerFrame) / format.sampleRate;
}

function header(format: Mp3Format, padding: boolean): Buffer {
  const bitrates = format.mpeg1 ? MPEG1_BITRATES : MPEG2_BITRATES;
  const rates = format.mpeg1 ? MPEG1_RATES : MPEG2_RATES;
  const b = Buffer.alloc(4);
  b[0] = 0xff;
  // sync (3 more bits), version (11 = MPEG-1, 10 = MPEG-2), layer (01 = III), protection bit 1 = no CRC
  b[1] = format.mpeg1 ? 0xfb : 0xf3;
  b[2] = (bitrates.indexOf(format.kbps) << 4) | (rates.indexOf(format.sampleRate) << 2) | ((padding ? 1 : 0) << 1);
  // channel mode 11 = mono, mode extension 00, copyright 0, original 1, emphasis 00
  b[3] = 0xc4;
  return b;
}

/** A deterministic pseudo-random byte generator (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) & 0xff;
  };
}

/** Builds `frames` frames. Padding follows the usual accumulator so the average bit rate is exact. */
export function buildMp3(format: Mp3Format, frames: number, seed = 0): Buffer {
  const slotFactor = format.mpeg1 ? 144 : 72;
  const exact = (slotFactor * format.kbps * 1000) / format.sampleRate;
  const base = Math.floor(exact);
  const frac = exact - base;
  const sideInfo = format.mpeg1 ? 17 : 9; // mono
  const next = prng(seed);
  const parts: Buffer[] = [];
  let acc = 0;
  for (let i = 0; i < frames; i++) {
    acc += frac;
    let padding = false;
    if (acc >= 1 - 1e-9) {
      acc -= 1;
      padding = true;
    }
    const size = base + (padding ? 1 : 0);
    const frame = Buffer.alloc(size);
    header(format, padding).copy(frame, 0);
    // side info stays zero: silence. Ancillary bytes carry the seeded pattern.
    for (let j = 4 + sideInfo; j < size; j++) frame[j] = next() & 0x7f; // never 0xFF: no false sync words
    parts.push(frame);
  }
  return Buffer.concat(parts);
}

/** Byte offsets of frame starts, for cutting a file into whole-frame chunks. */
export function frameOffsets(format: Mp3Format, frames: number): number[] {
  const slotFactor = format.mpeg1 ? 144 : 72;
  const exact = (slotFactor * format.kbps * 1000) / format.sampleRate;
  const base = Math.floor(exact);
  const frac = exact - base;
  const out: number[] = [];
  let acc = 0;
  let pos = 0;
  for (let i = 0; i < frames; i++) {
    out.push(pos);
    acc += frac;
    let size = base;
    if (acc >= 1 - 1e-9) {
      acc -= 1;
      size += 1;
    }
    pos += size;
  }
  out.push(pos);
  return out;
}
