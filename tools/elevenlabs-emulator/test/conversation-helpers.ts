// A small text-mode client for the conversation WebSocket (plain `ws`, as a browser or backend would).

import { WebSocket } from "ws";
import type { ElevenLabsClient } from "@elevenlabs/elevenlabs-js";

export class TextSession {
  ws: WebSocket;
  events: any[] = [];
  private waiters: { pred: (e: any) => boolean; resolve: (e: any) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }[] = [];
  closed: Promise<{ code: number; reason: string }>;

  constructor(url: string, protocols?: string[]) {
    this.ws = new WebSocket(url, protocols);
    this.ws.on("message", (data) => {
      const e = JSON.parse(data.toString());
      this.events.push(e);
      for (const w of [...this.waiters]) {
        if (w.pred(e)) {
          clearTimeout(w.timer);
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(e);
        }
      }
    });
    this.closed = new Promise((resolve) => this.ws.on("close", (code, reason) => resolve({ code, reason: reason.toString() })));
  }

  static async open(url: string, protocols?: string[]): Promise<TextSession> {
    const s = new TextSession(url, protocols);
    await new Promise<void>((resolve, reject) => {
      s.ws.once("open", () => resolve());
      s.ws.once("error", reject);
      s.ws.once("unexpected-response", (_req, res) => reject(Object.assign(new Error(`HTTP ${res.statusCode}`), { statusCode: res.statusCode })));
    });
    return s;
  }

  send(msg: unknown): void {
    this.ws.send(JSON.stringify(msg));
  }

  /** Resolves with the first event (already received or future) after index `from` that matches. */
  next(type: string, from = 0, timeoutMs = 3000, extra: (e: any) => boolean = () => true): Promise<any> {
    const pred = (e: any) => e.type === type && extra(e);
    const seen = this.events.slice(from).find(pred);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${type} event within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ pred, resolve, reject, timer });
    });
  }

  /** Sends a user message and resolves with the agent's reply text (the first agent_response after the echo). */
  async ask(text: string): Promise<string> {
    const from = this.events.length;
    this.send({ type: "user_message", text });
    const echo = await this.next("user_transcript", from);
    const id = echo.user_transcription_event.event_id;
    const e = await this.next("agent_response", from, 3000, (x) => x.agent_response_event.event_id > id);
    return e.agent_response_event.agent_response;
  }

  async close(code = 1000): Promise<void> {
    this.ws.close(code);
    await this.closed;
  }
}

/** Full text conversation through a signed URL; returns the conversation id. */
export async function talk(client: ElevenLabsClient, agentId: string, messages: string[]): Promise<string> {
  const { signedUrl } = await client.conversationalAi.conversations.getSignedUrl({ agentId, includeConversationId: true });
  const s = await TextSession.open(signedUrl);
  s.send({ type: "conversation_initiation_client_data", conversation_config_override: {}, dynamic_variables: {} });
  const meta = await s.next("conversation_initiation_metadata");
  for (const m of messages) await s.ask(m);
  await s.close();
  return meta.conversation_initiation_metadata_event.conversation_id;
}
