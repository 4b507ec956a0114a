// What a doctor has published for their patients: synced agents and approved narrations.
import type { Timestamp } from "firebase-admin/firestore";
import { col, isoTime } from "../services/data";

export interface PublishedAgent {
  agent_id: string;
  name: string;
  language: string;
}

export interface PublishedAudio {
  audio_id: string;
  disease_name: string;
  duration_seconds: number | null;
  created_at: string | null;
}

const newestFirst = <T extends { created: number }>(a: T, b: T) => b.created - a.created;
const millis = (value: unknown) => (value as Timestamp | undefined)?.toMillis?.() ?? 0;

/** Equality filters only (no composite index); a doctor publishes a handful, sorted here. */
export async function publishedFor(doctorId: string): Promise<{ agents: PublishedAgent[]; audio: PublishedAudio[] }> {
  const [agents, audio] = await Promise.all([
    col("agents").where("doctor_id", "==", doctorId).where("sync_status", "==", "synced").limit(50).get(),
    col("audio").where("doctor_id", "==", doctorId).where("status", "==", "approved").limit(50).get(),
  ]);
  return {
    agents: agents.docs
      .map((d) => ({ created: millis(d.get("created_at")), item: { agent_id: d.id, name: String(d.get("name")), language: String(d.get("language") ?? "en") } }))
      .sort(newestFirst)
      .map((x) => x.item),
    audio: audio.docs
      .map((d) => ({
        created: millis(d.get("created_at")),
        item: {
          audio_id: d.id,
          disease_name: String(d.get("disease_name")),
          duration_seconds: typeof d.get("duration_seconds") === "number" ? (d.get("duration_seconds") as number) : null,
          created_at: isoTime(d.get("created_at")),
        },
      }))
      .sort(newestFirst)
      .map((x) => x.item),
  };
}
