// Keeps the stand-in's objects across restarts (`--state-file`), so `npm start -- --persist`
// brings back the ElevenLabs copies that the persisted Firestore records point to.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { Agent, Conversation, Emulator, KbDocument } from "./state.ts";

interface SavedState {
  version: 1;
  documents: KbDocument[];
  agents: Agent[];
  conversations: Conversation[];
}

export function saveState(em: Emulator, file: string): void {
  const state: SavedState = {
    version: 1,
    documents: [...em.documents.values()],
    agents: [...em.agents.values()],
    conversations: [...em.conversations.values()],
  };
  writeFileSync(file, JSON.stringify(state));
}

/** Loads a saved state; a conversation that was still open or processing is finished as `done`. */
export function loadState(em: Emulator, file: string): number {
  if (!existsSync(file)) return 0;
  const state = JSON.parse(readFileSync(file, "utf8")) as SavedState;
  for (const doc of state.documents) {
    // Files saved before indexes had an outcome: a too-small flag, otherwise a finished index.
    const ragIndexes = doc.ragIndexes.map((i) => ({ ...i, outcome: i.outcome ?? ((i as { tooSmall?: boolean }).tooSmall ? "document_too_small" : "succeeded") }));
    em.documents.set(doc.id, { ...doc, ragIndexes, characters: doc.characters ?? Array.from(doc.text).length });
  }
  for (const agent of state.agents) em.agents.set(agent.agent_id, agent);
  for (const conversation of state.conversations) {
    if (conversation.status !== "done" && conversation.status !== "failed") {
      conversation.status = "done";
      conversation.endMs ??= conversation.startMs;
    }
    em.conversations.set(conversation.conversation_id, conversation);
  }
  return state.documents.length + state.agents.length + state.conversations.length;
}
