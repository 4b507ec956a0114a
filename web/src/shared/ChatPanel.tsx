// The conversation view shared by the patient page and the doctor's "try it": a live transcript,
// a text box that always works, and an end button.
import { useEffect, useRef, useState } from "preact/hooks";
import { Button } from "./ui";
import type { OpenConversation, Speaker } from "./conversation";

export interface ChatLine {
  id: number;
  speaker: Speaker | "notice";
  text: string;
}

export function useChatLines() {
  const [lines, setLines] = useState<ChatLine[]>([]);
  const next = useRef(1);
  const pendingEcho = useRef<string[]>([]);
  const add = (speaker: ChatLine["speaker"], text: string) => setLines((current) => [...current, { id: next.current++, speaker, text }]);
  return {
    lines,
    clear: () => setLines([]),
    notice: (text: string) => add("notice", text),
    /** What the patient typed shows at once; the server's echo of it is not shown twice. */
    sent: (text: string) => {
      pendingEcho.current.push(text.trim());
      add("you", text);
    },
    received: (speaker: Speaker, text: string) => {
      if (speaker === "you") {
        const i = pendingEcho.current.indexOf(text.trim());
        if (i >= 0) {
          pendingEcho.current.splice(i, 1);
          return;
        }
      }
      add(speaker, text);
    },
  };
}

export function ChatPanel(props: {
  lines: ChatLine[];
  conversation: OpenConversation | null;
  onSend: (text: string) => void;
  onEnd: () => void;
  ending: boolean;
  agentName: string;
  speaking?: boolean;
}) {
  const [draft, setDraft] = useState("");
  const logRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    logRef.current?.lastElementChild?.scrollIntoView({ block: "nearest" });
  }, [props.lines.length]);
  const live = Boolean(props.conversation);
  const submit = (e: Event) => {
    e.preventDefault();
    const text = draft.trim();
    if (!text || !live) return;
    props.onSend(text);
    setDraft("");
  };
  return (
    <section class="chat" aria-label={`Conversation with ${props.agentName}`}>
      {props.conversation?.voice && (
        <p class="chat-mode" role="status">
          {props.speaking ? `${props.agentName} is speaking…` : "Listening: speak, or type below."}
        </p>
      )}
      <ol class="chat-log" ref={logRef} aria-live="polite" aria-label="Conversation so far">
        {props.lines.map((line) => (
          <li key={line.id} class={`chat-line chat-line--${line.speaker}`}>
            <span class="chat-speaker">{line.speaker === "you" ? "You" : line.speaker === "agent" ? props.agentName : "Note"}</span>
            <span class="chat-text">{line.text}</span>
          </li>
        ))}
      </ol>
      <form class="chat-form" onSubmit={submit}>
        <label for="chat-message">Message</label>
        <div class="chat-row">
          <input id="chat-message" value={draft} autoComplete="off" disabled={!live} onInput={(e) => setDraft((e.target as HTMLInputElement).value)} />
          <Button type="submit" disabled={!live || !draft.trim()}>
            Send
          </Button>
        </div>
      </form>
      <Button variant="danger" onClick={props.onEnd} busy={props.ending} disabled={!live}>
        End conversation
      </Button>
    </section>
  );
}
