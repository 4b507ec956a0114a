// A create can reach ElevenLabs after we gave up on it (a timed-out request that still lands).
// Such copies carry our record id; the sweeper deletes the ones no record points to, once they
// are old enough that no create can still be in flight for them.
import { logs } from "../logs";
import { readAgent } from "../repositories/agents";
import { readKnowledge } from "../repositories/knowledge";
import * as elevenLabs from "../services/elevenlabs";

export const ORPHAN_MIN_AGE_MS = 10 * 60_000;

export async function sweepElevenLabsOrphans(minAgeMs = ORPHAN_MIN_AGE_MS): Promise<{ documents: number; agents: number }> {
  const cutoff = Date.now() - minAgeMs;
  let documents = 0;
  for (const doc of await elevenLabs.listKnowledgeDocuments()) {
    const reference = elevenLabs.referenceOf(doc);
    if (!reference?.startsWith("kn_") || doc.createdAtMs > cutoff) continue;
    const record = await readKnowledge(reference);
    // The current version, and the one agents keep while a replacement is indexing.
    if (record?.elevenlabs_document_id === doc.id || record?.agent_document_id === doc.id) continue;
    await elevenLabs.deleteKnowledgeDocument(doc.id);
    documents++;
  }
  let agents = 0;
  for (const agent of await elevenLabs.listAgents()) {
    const reference = elevenLabs.referenceOf(agent);
    if (!reference || !agent.tags.some((t) => t.startsWith("ref:")) || agent.createdAtMs > cutoff) continue;
    const record = await readAgent(reference);
    if (record?.elevenlabs_agent_id === agent.id) continue;
    await elevenLabs.deleteAgent(agent.id);
    agents++;
  }
  logs.orphansSwept({ documents, agents });
  return { documents, agents };
}
