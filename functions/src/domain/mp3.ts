// Reads an MP3's duration from its frame headers, so a narration's length comes from the
// audio itself rather than an estimate from the text.

const BITRATES_KBPS: Record<string, number[]> = {
  // [version][layer III] bitrate index -> kbps
  mpeg1: [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  mpeg2: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};
const SAMPLE_RATES: Record<number, number[]> = { 3: [44100, 48000, 32000], 2: [22050, 24000, 16000], 0: [11025, 12000, 8000] };

interface FrameHeader {
  frameBytes: number;
  samples: number;
  sampleRate: number;
}

function readFrameHeader(buffer: Buffer, offset: number): FrameHeader | undefined {
  if (offset + 4 > buffer.length) return undefined;
  if (buffer[offset] !== 0xff || (buffer[offset + 1]! & 0xe0) !== 0xe0) return undefined;
  const versionBits = (buffer[offset + 1]! >> 3) & 0x03;
  const layerBits = (buffer[offset + 1]! >> 1) & 0x03;
  if (versionBits === 1 || layerBits !== 1) return undefined; // reserved version, or not Layer III
  const bitrateIndex = (buffer[offset + 2]! >> 4) & 0x0f;
  const sampleRateIndex = (buffer[offset + 2]! >> 2) & 0x03;
  const padding = (buffer[offset + 2]! >> 1) & 0x01;
  if (bitrateIndex === 0 || bitrateIndex === 15 || sampleRateIndex === 3) return undefined;
  const isMpeg1 = versionBits === 3;
  const bitrate = BITRATES_KBPS[isMpeg1 ? "mpeg1" : "mpeg2"]![bitrateIndex]! * 1000;
  const sampleRate = SAMPLE_RATES[versionBits]![sampleRateIndex]!;
  const samples = isMpeg1 ? 1152 : 576;
  const frameBytes = Math.floor(((samples / 8) * bitrate) / sampleRate) + padding;
  return { frameBytes, samples, sampleRate };
}

function skipId3(buffer: Buffer): number {
  if (buffer.length >= 10 && buffer.toString("latin1", 0, 3) === "ID3") {
    const size = ((buffer[6]! & 0x7f) << 21) | ((buffer[7]! & 0x7f) << 14) | ((buffer[8]! & 0x7f) << 7) | (buffer[9]! & 0x7f);
    return 10 + size;
  }
  return 0;
}

/** Duration in seconds of the MPEG audio frames in `buffer`; resynchronises over junk bytes. */
export function mp3DurationSeconds(buffer: Buffer): number {
  let offset = skipId3(buffer);
  let seconds = 0;
  while (offset < buffer.length - 4) {
    const header = readFrameHeader(buffer, offset);
    if (!header || header.frameBytes <= 4) {
      offset += 1;
      continue;
    }
    seconds += header.samples / header.sampleRate;
    offset += header.frameBytes;
  }
  return seconds;
}
