// How much of the ElevenLabs workspace's knowledge base this product's documents take: the sum
// over every doctor's knowledge records of what each holds at ElevenLabs right now (its current
// version, plus the previous one while a replacement is being indexed).
import type { KnowledgeUsage } from "../domain/elevenlabs-plans";
import { col } from "../services/data";
import { firestoreModule } from "../services/firebase";

/** Every knowledge record carries both fields (0 when nothing is at ElevenLabs): a multi-field aggregation skips records missing one. */
export const USAGE_FIELDS = { characters: "elevenlabs_characters", bytes: "elevenlabs_bytes" } as const;

export function usageFields(usage: KnowledgeUsage) {
  return { [USAGE_FIELDS.characters]: usage.characters, [USAGE_FIELDS.bytes]: usage.bytes };
}

/** One aggregation query (one read per 1,000 records), whatever the number of doctors. */
export async function workspaceKnowledgeUsage(): Promise<KnowledgeUsage> {
  const { AggregateField } = firestoreModule();
  const snapshot = await col("knowledge")
    .aggregate({ characters: AggregateField.sum(USAGE_FIELDS.characters), bytes: AggregateField.sum(USAGE_FIELDS.bytes) })
    .get();
  const { characters, bytes } = snapshot.data();
  return { characters: characters ?? 0, bytes: bytes ?? 0 };
}
