// "Try it": a text chat with the doctor's own agent, through a signed URL, before patients use it.
import { useState } from "preact/hooks";
import { Alert, Button } from "../../shared/ui";
import { ChatPanel, useChatLines } from "../../shared/ChatPanel";
import { startConversation, type OpenConversation } from "../../shared/conversation";
import { toApiError } from "../../shared/call";
import { useSession } from "../context";

export function TryAgent({ agentId, agentName, onClose }: { agentId: string; agentName: string; onClose: () => void }) {
  const { call } = useSession();
  const chat = useChatLines();
  const [conversation, setConversation] = useState<OpenConversation | null>(null);
  const [state, setState] = useState<"idle" | "starting" | "live" | "ending" | "ended">("idle");
  const [error, setError] = useState<string | null>(null);
  const start = async () => {
    setError(null);
    chat.clear();
    setState("starting");
    try {
      const { signed_url } = await call<{ signed_url: string }>("previewAgent", { agent_id: agentId });
      const open = await startConversation(
        { signedUrl: signed_url, voice: false },
        {
          onMessage: chat.received,
          onEnded: (reason) => {
            setConversation(null);
            setState("ended");
            if (reason) chat.notice(reason);
          },
        },
      );
      setConversation(open);
      setState("live");
    } catch (e) {
      setError(toApiError(e).message);
      setState("idle");
    }
  };
  const end = async () => {
    setState("ending");
    await conversation?.end().catch(() => undefined);
    setConversation(null);
    setState("ended");
  };
  return (
    <section class="card" aria-labelledby="try-title">
      <div class="page-head">
        <h2 id="try-title">Try {agentName}</h2>
        <Button variant="secondary" onClick={() => void end().then(onClose)}>
          Close
        </Button>
      </div>
      <p class="muted">A text chat as a patient would have it. Try-outs are not saved as patient conversations.</p>
      {error && <Alert>{error}</Alert>}
      {state === "idle" || state === "starting" ? (
        <Button onClick={() => void start()} busy={state === "starting"}>
          Start test chat
        </Button>
      ) : (
        <ChatPanel
          lines={chat.lines}
          conversation={conversation}
          onSend={(t) => {
            chat.sent(t);
            conversation?.send(t);
          }}
          onEnd={() => void end()}
          ending={state === "ending"}
          agentName={agentName}
        />
      )}
      {state === "ended" && (
        <Button variant="secondary" onClick={() => setState("idle")}>
          Start again
        </Button>
      )}
    </section>
  );
}
