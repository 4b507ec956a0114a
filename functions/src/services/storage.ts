// Owns Cloud Storage: narrated audio objects. Locally this is the Storage emulator. Objects get no
// download token: nothing reads them except through storage.rules or our authorized route.
import type { Readable } from "node:stream";
import { adminApp } from "./firebase";

function bucket() {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deliberately lazy: @google-cloud/storage is heavy
  const { getStorage } = require("firebase-admin/storage") as typeof import("firebase-admin/storage");
  return getStorage(adminApp()).bucket();
}

export function audioObjectPath(doctorId: string, audioId: string) {
  return `audio/${doctorId}/${audioId}.mp3`;
}

export interface AudioWriter {
  write(chunk: Buffer): Promise<void>;
  /** Completes the upload; the object exists only after this resolves. */
  finish(): Promise<{ sizeBytes: number }>;
  /** Abandons the upload and removes anything written, so no partial object is left. */
  abort(): Promise<void>;
}

/** Streams chunks into one object, in order, without holding the whole file in memory. */
export function openAudioWriter(path: string, metadata: Record<string, string>): AudioWriter {
  const file = bucket().file(path);
  const stream = file.createWriteStream({
    // Resumable uploads stream chunk by chunk; a simple upload would buffer the whole file in memory.
    resumable: true,
    // Integrity checked end to end with MD5 (native crypto) rather than the default CRC32C, which
    // the client computes in JavaScript: for a long narration that is ~0.6 s of CPU taken from the pipeline.
    validation: "md5",
    contentType: "audio/mpeg",
    metadata: { metadata },
  });
  let sizeBytes = 0;
  let failure: Error | undefined;
  stream.on("error", (error) => (failure = error));
  return {
    write(chunk) {
      if (failure) return Promise.reject(failure);
      sizeBytes += chunk.length;
      return new Promise((resolve, reject) => {
        if (stream.write(chunk)) return resolve();
        const onDrain = () => {
          stream.off("error", onError);
          resolve();
        };
        const onError = (error: Error) => {
          stream.off("drain", onDrain);
          reject(error);
        };
        stream.once("drain", onDrain).once("error", onError);
      });
    },
    finish() {
      return new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        stream.once("error", reject);
        stream.end(() => resolve({ sizeBytes }));
      });
    },
    async abort() {
      stream.destroy();
      await file.delete({ ignoreNotFound: true });
    },
  };
}

export async function deleteObject(path: string): Promise<void> {
  await bucket().file(path).delete({ ignoreNotFound: true });
}

export async function deletePrefix(prefix: string): Promise<number> {
  const [files] = await bucket().getFiles({ prefix });
  await Promise.all(files.map((f) => f.delete({ ignoreNotFound: true })));
  return files.length;
}

export interface ObjectRead {
  stream: Readable;
  totalBytes: number;
  /** The byte range served, inclusive; the whole object without a Range request. */
  start: number;
  end: number;
  contentType: string;
}

/** Opens an object for reading, whole or one byte range; undefined when it does not exist. */
export async function openObjectRead(path: string, range?: { start: number; end?: number }): Promise<ObjectRead | undefined> {
  const file = bucket().file(path);
  const [exists] = await file.exists();
  if (!exists) return undefined;
  const [metadata] = await file.getMetadata();
  const totalBytes = Number(metadata.size ?? 0);
  const start = Math.min(range?.start ?? 0, Math.max(totalBytes - 1, 0));
  const end = Math.min(range?.end ?? totalBytes - 1, totalBytes - 1);
  return {
    stream: file.createReadStream(range ? { start, end } : {}),
    totalBytes,
    start,
    end,
    contentType: String(metadata.contentType ?? "application/octet-stream"),
  };
}
