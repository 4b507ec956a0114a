// What the stores hold, for proving that rejected requests wrote nothing and for finding
// orphans and half-written records after injected faults.
import { adminDb, bucket, standIn } from "../integration/harness";

export interface StoreSnapshot {
  firestore: Map<string, string>;
  storage: Map<string, string>;
  standIn: Record<string, number>;
}

async function firestoreDocs(): Promise<Map<string, string>> {
  const docs = new Map<string, string>();
  const visit = async (collections: FirebaseFirestore.CollectionReference[]) => {
    for (const collection of collections) {
      const snapshot = await collection.get();
      for (const doc of snapshot.docs) {
        docs.set(doc.ref.path, doc.updateTime.toDate().toISOString() + doc.updateTime.nanoseconds);
        const children = await doc.ref.listCollections();
        if (children.length) await visit(children);
      }
    }
  };
  await visit(await adminDb.listCollections());
  return docs;
}

export interface StandInState {
  documents: { id: string; name: string }[];
  agents: { agent_id: string; name: string; tags?: string[] }[];
  conversations: { conversation_id: string; status: string }[];
  signed_urls: unknown[];
  tts: { requests: number };
  webhook_deliveries: { state: string; conversation_id: string }[];
}

export const standInState = () => standIn<StandInState>("GET", "/_emulator/state");

export async function snapshotStores(): Promise<StoreSnapshot> {
  const [files] = await bucket.getFiles();
  const state = await standInState();
  return {
    firestore: await firestoreDocs(),
    storage: new Map(files.map((f) => [f.name, String(f.metadata.generation)])),
    standIn: {
      documents: state.documents.length,
      agents: state.agents.length,
      conversations: state.conversations.length,
      signed_urls: state.signed_urls.length,
      tts_requests: state.tts.requests,
    },
  };
}

/** Every difference between two snapshots, as readable lines. */
export function diffSnapshots(before: StoreSnapshot, after: StoreSnapshot): string[] {
  const changes: string[] = [];
  const compare = (label: string, a: Map<string, string>, b: Map<string, string>) => {
    for (const [key, value] of b) {
      if (!a.has(key)) changes.push(`${label}: created ${key}`);
      else if (a.get(key) !== value) changes.push(`${label}: changed ${key}`);
    }
    for (const key of a.keys()) if (!b.has(key)) changes.push(`${label}: deleted ${key}`);
  };
  compare("firestore", before.firestore, after.firestore);
  compare("storage", before.storage, after.storage);
  for (const [key, value] of Object.entries(after.standIn)) {
    if (before.standIn[key] !== value) changes.push(`elevenlabs: ${key} ${before.standIn[key]} -> ${value}`);
  }
  return changes;
}

/** Waits until two consecutive snapshots agree: no trigger is still writing. */
export async function quiescentSnapshot(): Promise<StoreSnapshot> {
  let previous = await snapshotStores();
  for (let i = 0; i < 20; i++) {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const next = await snapshotStores();
    if (diffSnapshots(previous, next).length === 0) return next;
    previous = next;
  }
  return previous;
}

export interface Inconsistencies {
  orphans: string[];
  halfWrites: string[];
}

/**
 * Cross-checks Firestore, Storage and the stand-in for the given doctors: ElevenLabs objects
 * whose record is missing (orphans), records stuck mid-write, and audio objects without a record.
 */
export async function findInconsistencies(doctorIds: string[]): Promise<Inconsistencies> {
  const orphans: string[] = [];
  const halfWrites: string[] = [];
  const state = await standInState();
  const knowledgeByElevenLabsId = new Map<string, string>();
  const agentsByElevenLabsId = new Map<string, string>();
  for (const doctorId of doctorIds) {
    for (const doc of (await adminDb.collection("knowledge").where("doctor_id", "==", doctorId).get()).docs) {
      if (doc.get("sync_status") !== "synced") halfWrites.push(`knowledge/${doc.id} is ${doc.get("sync_status")}`);
      knowledgeByElevenLabsId.set(doc.get("elevenlabs_document_id"), doc.id);
    }
    for (const doc of (await adminDb.collection("agents").where("doctor_id", "==", doctorId).get()).docs) {
      if (doc.get("sync_status") !== "synced") halfWrites.push(`agents/${doc.id} is ${doc.get("sync_status")}`);
      agentsByElevenLabsId.set(doc.get("elevenlabs_agent_id"), doc.id);
    }
    // Narration jobs end finished (with their object) or failed (with a reason and no object);
    // once the stores are quiet, a job still queued or generating is stuck.
    const audio = await adminDb.collection("audio").where("doctor_id", "==", doctorId).get();
    const audioIds = new Set(audio.docs.filter((d) => ["draft", "approved"].includes(d.get("status"))).map((d) => d.id));
    for (const doc of audio.docs) {
      const status = doc.get("status");
      if (status === "failed" && !doc.get("job_error")?.message) halfWrites.push(`audio/${doc.id} failed without a reason`);
      else if (!audioIds.has(doc.id) && status !== "failed") halfWrites.push(`audio/${doc.id} is ${status}`);
    }
    const [files] = await bucket.getFiles({ prefix: `audio/${doctorId}/` });
    const objects = new Set<string>();
    for (const file of files) {
      const audioId = file.name.split("/").pop()!.replace(/\.mp3$/, "");
      objects.add(audioId);
      if (!audioIds.has(audioId)) halfWrites.push(`partial or unrecorded audio object ${file.name}`);
    }
    for (const audioId of audioIds) if (!objects.has(audioId)) halfWrites.push(`audio/${audioId} is finished but its object is missing`);
  }
  for (const document of state.documents) {
    if (!knowledgeByElevenLabsId.has(document.id)) orphans.push(`ElevenLabs document ${document.id} (${document.name})`);
  }
  for (const agent of state.agents) {
    if (!agentsByElevenLabsId.has(agent.agent_id)) orphans.push(`ElevenLabs agent ${agent.agent_id} (${agent.name})`);
  }
  return { orphans, halfWrites };
}
