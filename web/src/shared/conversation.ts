// A conversation with an ElevenLabs agent through a signed URL, using ElevenLabs' browser client.
// The client (~170 KB with its WebRTC parts) is imported on first use only, so pages that never
// start a conversation never download it.
export type Speaker = "agent" | "you";

export interface ConversationHandlers {
  onMessage: (speaker: Speaker, text: string) => void;
  onEnded: (reason: string | null) => void;
  onMode?: (mode: "speaking" | "listening") => void;
}

export interface OpenConversation {
  send: (text: string) => void;
  end: () => Promise<void>;
  voice: boolean;
}

export interface ConversationRequest {
  signedUrl: string;
  /** Values the backend's agent expects in the conversation (from startSession), sent at initiation. */
  dynamicVariables?: Record<string, string | number | boolean>;
  /** Microphone and speech; false is a text-only conversation (the `conversation.text_only` override). */
  voice: boolean;
}

export function describeDisconnect(details: { reason: string; closeCode?: number; closeReason?: string; message?: string }): string | null {
  if (details.reason === "user") return null;
  if (details.reason === "agent") return details.closeCode === 1008 ? `The agent refused the conversation: ${details.closeReason || "not allowed"}.` : null;
  return details.message || details.closeReason || "The connection was lost.";
}

export async function startConversation(request: ConversationRequest, handlers: ConversationHandlers): Promise<OpenConversation> {
  const { Conversation } = await import("@elevenlabs/client");
  let ended = false;
  const session = await Conversation.startSession({
    signedUrl: request.signedUrl,
    connectionType: "websocket",
    textOnly: !request.voice,
    ...(request.dynamicVariables ? { dynamicVariables: request.dynamicVariables } : {}),
    onMessage: ({ message, role }) => handlers.onMessage(role === "user" ? "you" : "agent", message),
    onModeChange: ({ mode }) => handlers.onMode?.(mode === "speaking" ? "speaking" : "listening"),
    onDisconnect: (details) => {
      if (ended) return;
      ended = true;
      handlers.onEnded(describeDisconnect(details as never));
    },
  });
  return {
    voice: request.voice,
    send: (text) => session.sendUserMessage(text),
    end: async () => {
      ended = true;
      await session.endSession();
    },
  };
}
