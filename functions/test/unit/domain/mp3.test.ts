import assert from "node:assert/strict";
import { mp3DurationSeconds } from "../../../src/domain/mp3";

interface FrameSpec {
  /** 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5 (the header's version bits). */
  version: 3 | 2 | 0;
  bitrateIndex: number;
  sampleRateIndex: number;
  padding?: boolean;
  bytes: number;
}

/** One Layer III frame: a real 4-byte header followed by zero bytes (which never look like a sync word). */
function frame({ version, bitrateIndex, sampleRateIndex, padding = false }: FrameSpec, bytes: number): Buffer {
  const buffer = Buffer.alloc(bytes);
  buffer[0] = 0xff;
  buffer[1] = 0xe0 | (version << 3) | (0b01 << 1) | 0x01; // sync, version, Layer III, no CRC
  buffer[2] = (bitrateIndex << 4) | (sampleRateIndex << 2) | ((padding ? 1 : 0) << 1);
  buffer[3] = 0x44; // joint stereo, no emphasis
  return buffer;
}

const MPEG1_128K_44K = { version: 3, bitrateIndex: 9, sampleRateIndex: 0 } as const;

/** N frames of 128 kbps / 44.1 kHz with the encoder's padding pattern (417 or 418 bytes). */
function mpeg1Stream(n: number): Buffer {
  const frames: Buffer[] = [];
  let remainder = 0;
  for (let i = 0; i < n; i += 1) {
    remainder += (144 * 128_000) % 44_100;
    const padding = remainder >= 44_100;
    if (padding) remainder -= 44_100;
    frames.push(frame({ ...MPEG1_128K_44K, padding, bytes: 0 }, padding ? 418 : 417));
  }
  return Buffer.concat(frames);
}

function id3Tag(bodyBytes: number, body?: Buffer): Buffer {
  const header = Buffer.from([0x49, 0x44, 0x33, 0x04, 0x00, 0x00, 0, 0, 0, 0]);
  header[6] = (bodyBytes >> 21) & 0x7f;
  header[7] = (bodyBytes >> 14) & 0x7f;
  header[8] = (bodyBytes >> 7) & 0x7f;
  header[9] = bodyBytes & 0x7f;
  const content = Buffer.alloc(bodyBytes);
  body?.copy(content);
  return Buffer.concat([header, content]);
}

const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} != ${expected}`);

describe("domain/mp3 mp3DurationSeconds", () => {
  const frameCounts = [1, 2, 38, 1000];
  for (const n of frameCounts) {
    it(`measures ${n} MPEG-1 128 kbps 44.1 kHz frames as ${n} × 1152 / 44100 s`, () => {
      close(mp3DurationSeconds(mpeg1Stream(n)), (n * 1152) / 44_100);
    });
  }

  it("builds test frames of 417 and 418 bytes, as a 128 kbps 44.1 kHz encoder does", () => {
    const stream = mpeg1Stream(100);
    assert.ok(stream.length > 417 * 100 && stream.length < 418 * 100);
  });

  it("returns 0 for an empty buffer or one with no frames", () => {
    assert.equal(mp3DurationSeconds(Buffer.alloc(0)), 0);
    assert.equal(mp3DurationSeconds(Buffer.alloc(5000, 0x20)), 0);
  });

  it("skips an ID3v2 tag, even one whose contents look like a frame header", () => {
    const fakeFrameInsideTag = frame({ ...MPEG1_128K_44K, bytes: 0 }, 4);
    const file = Buffer.concat([id3Tag(1000, fakeFrameInsideTag), mpeg1Stream(10)]);
    close(mp3DurationSeconds(file), (10 * 1152) / 44_100);
  });

  it("resynchronises over junk bytes between frames", () => {
    const junk = Buffer.from("not audio, just junk \u0001\u0002\u0003", "latin1");
    const parts: Buffer[] = [junk];
    for (let i = 0; i < 20; i += 1) parts.push(mpeg1Stream(1), junk.subarray(0, i % junk.length));
    close(mp3DurationSeconds(Buffer.concat(parts)), (20 * 1152) / 44_100);
  });

  it("ignores a sync word whose header is invalid (reserved version, bad bitrate or sample rate, not Layer III)", () => {
    const invalid = [
      Buffer.from([0xff, 0xeb, 0x90, 0x44]), // reserved version
      Buffer.from([0xff, 0xfb, 0xf0, 0x44]), // bitrate index 15
      Buffer.from([0xff, 0xfb, 0x00, 0x44]), // free-format bitrate
      Buffer.from([0xff, 0xfb, 0x9c, 0x44]), // sample-rate index 3
      Buffer.from([0xff, 0xfd, 0x90, 0x44]), // Layer II
    ];
    const file = Buffer.concat([...invalid, mpeg1Stream(5), ...invalid]);
    close(mp3DurationSeconds(file), (5 * 1152) / 44_100);
  });

  const otherFormats: [string, FrameSpec, number, number][] = [
    // name, header, frame bytes, seconds per frame
    ["MPEG-2 64 kbps 22.05 kHz", { version: 2, bitrateIndex: 8, sampleRateIndex: 0, bytes: 208 }, 208, 576 / 22_050],
    ["MPEG-2 32 kbps 24 kHz", { version: 2, bitrateIndex: 4, sampleRateIndex: 1, bytes: 96 }, 96, 576 / 24_000],
    ["MPEG-2.5 8 kbps 8 kHz", { version: 0, bitrateIndex: 1, sampleRateIndex: 2, bytes: 72 }, 72, 576 / 8_000],
    ["MPEG-1 320 kbps 48 kHz", { version: 3, bitrateIndex: 14, sampleRateIndex: 1, bytes: 960 }, 960, 1152 / 48_000],
    ["MPEG-1 32 kbps 32 kHz", { version: 3, bitrateIndex: 1, sampleRateIndex: 2, bytes: 144 }, 144, 1152 / 32_000],
  ];
  for (const [name, spec, bytes, perFrame] of otherFormats) {
    it(`counts ${name} frames of ${bytes} bytes as ${spec.version === 3 ? 1152 : 576} samples each`, () => {
      const file = Buffer.concat(Array.from({ length: 50 }, () => frame(spec, bytes)));
      close(mp3DurationSeconds(file), 50 * perFrame);
    });
  }

  it("measures the 128 kbps stream of a 60-second narration within a frame", () => {
    const frames = Math.ceil((60 * 44_100) / 1152);
    const seconds = mp3DurationSeconds(mpeg1Stream(frames));
    assert.ok(seconds >= 60 && seconds < 60 + 1152 / 44_100);
  });
});
