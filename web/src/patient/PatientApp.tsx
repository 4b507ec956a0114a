// The patient page (works on a 360 px phone): redeem the invite from the doctor's link, hear the
// doctor's narrated audio, and talk with the doctor's agent by voice or text.
import { useEffect, useState } from "preact/hooks";
import { onAuthStateChanged, signInAnonymously, signInWithEmailAndPassword, signOut, type User } from "firebase/auth";
import { firebase, type FirebaseContext } from "../shared/firebase";
import { makeCaller, toApiError, type ApiError, type Caller } from "../shared/call";
import { Alert, Button, Loading, TextInput, formatDuration } from "../shared/ui";
import { ChatPanel, useChatLines } from "../shared/ChatPanel";
import { startConversation, type OpenConversation } from "../shared/conversation";

interface Home {
  patient_id: string;
  display_name: string;
  doctor_name: string;
  agents: { agent_id: string; name: string; language: string }[];
  audio: { audio_id: string; disease_name: string; audio_url: string; duration_seconds: number | null }[];
}

type Stage = { kind: "loading" } | { kind: "signed-out"; error?: string } | { kind: "home"; home: Home } | { kind: "error"; message: string };

const inviteFromUrl = () => {
  const params = new URLSearchParams(location.search);
  return { code: params.get("invite")?.trim().toUpperCase() || undefined, doctorId: params.get("doctor") || undefined };
};

export function PatientApp() {
  const [ctx, setCtx] = useState<FirebaseContext | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: "loading" });
  const call: Caller | null = ctx ? makeCaller(ctx.functions) : null;

  useEffect(() => {
    let unsubscribe = () => {};
    firebase("patient")
      .then((c) => {
        setCtx(c);
        unsubscribe = onAuthStateChanged(c.auth, (user) => void route(c, user));
      })
      .catch((e) => setStage({ kind: "error", message: (e as Error).message }));
    return () => unsubscribe();
  }, []);

  async function route(c: FirebaseContext, user: User | null) {
    const invite = inviteFromUrl();
    const caller = makeCaller(c.functions);
    try {
      if (invite.code) {
        // An invite link: redeem it with this browser's account (a new anonymous one if needed).
        const claims = user ? (await user.getIdTokenResult()).claims : {};
        if (!user) {
          await signInAnonymously(c.auth);
          return; // onAuthStateChanged runs again with the new account
        }
        if (claims.role !== "patient") {
          await caller("redeemInvite", { invite_code: invite.code, ...(invite.doctorId ? { doctor_id: invite.doctorId } : {}) });
          await user.getIdToken(true);
        }
        history.replaceState(null, "", location.pathname);
      }
      if (!user) return setStage({ kind: "signed-out" });
      const claims = (await user.getIdTokenResult()).claims;
      if (claims.role !== "patient") {
        return setStage({ kind: "signed-out", error: "This account is not a patient account. Open the invite link from your doctor, or enter your invite code." });
      }
      setStage({ kind: "home", home: await caller<Home>("getPatientHome") });
    } catch (error) {
      const e = toApiError(error);
      history.replaceState(null, "", location.pathname);
      setStage({ kind: "signed-out", error: e.message });
    }
  }

  return (
    <>
      <header class="topbar">
        <span class="brand">Your care team</span>
        {stage.kind === "home" && ctx && (
          <button class="link" type="button" onClick={() => void signOut(ctx.auth)}>
            Sign out
          </button>
        )}
      </header>
      <main id="main">
        {stage.kind === "loading" && <Loading what="your page" />}
        {stage.kind === "error" && <Alert>{stage.message}</Alert>}
        {stage.kind === "signed-out" && ctx && call && <SignedOut ctx={ctx} call={call} error={stage.error} onRedeemed={() => void route(ctx, ctx.auth.currentUser)} />}
        {stage.kind === "home" && call && <PatientHome home={stage.home} call={call} />}
      </main>
    </>
  );
}

function SignedOut(props: { ctx: FirebaseContext; call: Caller; error?: string; onRedeemed: () => void }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const [busy, setBusy] = useState<"signin" | "redeem" | null>(null);
  const [error, setError] = useState<{ where: "signin" | "redeem"; e: ApiError | Error } | null>(null);

  const signIn = async (e: Event) => {
    e.preventDefault();
    setBusy("signin");
    setError(null);
    try {
      await signInWithEmailAndPassword(props.ctx.auth, email.trim(), password);
    } catch {
      setError({ where: "signin", e: new Error("That email and password do not match an account.") });
    } finally {
      setBusy(null);
    }
  };
  const redeem = async (e: Event) => {
    e.preventDefault();
    setBusy("redeem");
    setError(null);
    try {
      if (!props.ctx.auth.currentUser) await signInAnonymously(props.ctx.auth);
      await props.call("redeemInvite", { invite_code: code.trim().toUpperCase() });
      await props.ctx.auth.currentUser!.getIdToken(true);
      props.onRedeemed();
    } catch (err) {
      setError({ where: "redeem", e: toApiError(err) });
    } finally {
      setBusy(null);
    }
  };
  const redeemFieldError = error?.where === "redeem" ? ((error.e as ApiError).fields?.invite_code ?? error.e.message) : undefined;
  return (
    <>
      <h1>Welcome</h1>
      {props.error && <Alert>{props.error}</Alert>}
      <div class="grid-2">
        <form class="card" onSubmit={redeem} aria-labelledby="redeem-title">
          <h2 id="redeem-title">I have an invite code</h2>
          <TextInput label="Invite code" value={code} onValue={setCode} error={redeemFieldError} hint="From your doctor: seven groups of four letters and digits, like ABCD-EFGH-JKLM-… (dashes optional)." autoComplete="one-time-code" required />
          <Button type="submit" busy={busy === "redeem"}>
            Redeem invite
          </Button>
        </form>
        <form class="card" onSubmit={signIn} aria-labelledby="signin-title">
          <h2 id="signin-title">I have an account</h2>
          {error?.where === "signin" && <Alert>{error.e.message}</Alert>}
          <TextInput label="Email" type="email" value={email} onValue={setEmail} autoComplete="email" required />
          <TextInput label="Password" type="password" value={password} onValue={setPassword} autoComplete="current-password" required />
          <Button type="submit" busy={busy === "signin"}>
            Sign in
          </Button>
        </form>
      </div>
    </>
  );
}

type CallState = "idle" | "starting" | "live" | "ending" | "ended";
/** What endSession found: a conversation the doctor will review, or one that never connected. */
type EndStatus = "ended" | "not_connected";

function PatientHome({ home, call }: { home: Home; call: Caller }) {
  const [agentId, setAgentId] = useState(home.agents[0]?.agent_id ?? "");
  const [useMic, setUseMic] = useState(false);
  // The voice choice is shown once the browser has said whether the microphone is allowed, so it
  // never appears unticked and then flips under the patient's finger.
  const [micKnown, setMicKnown] = useState(false);
  const [state, setState] = useState<CallState>("idle");
  const [conversation, setConversation] = useState<OpenConversation | null>(null);
  const [sessionId, setSessionId] = useState<string | null>(null);
  const [speaking, setSpeaking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [endStatus, setEndStatus] = useState<EndStatus>("ended");
  const chat = useChatLines();
  const agent = home.agents.find((a) => a.agent_id === agentId);

  useEffect(() => {
    // Voice when the microphone is already allowed; the text box works either way.
    if (!navigator.permissions) {
      setMicKnown(true);
      return;
    }
    navigator.permissions
      .query({ name: "microphone" as PermissionName })
      .then((status) => setUseMic(status.state === "granted"))
      .catch(() => undefined)
      .finally(() => setMicKnown(true));
  }, []);

  const start = async () => {
    setError(null);
    setEndStatus("ended");
    chat.clear();
    setState("starting");
    try {
      const session = await call<{ signed_url: string; session_id: string; dynamic_variables?: Record<string, string | number | boolean> }>("startSession", {
        patient_id: home.patient_id,
        agent_id: agentId,
      });
      setSessionId(session.session_id);
      const open = await startConversation(
        { signedUrl: session.signed_url, dynamicVariables: session.dynamic_variables, voice: useMic },
        {
          onMessage: chat.received,
          onMode: (mode) => setSpeaking(mode === "speaking"),
          onEnded: (reason) => {
            setConversation(null);
            setState("ended");
            if (reason) chat.notice(reason);
            void call<{ status: EndStatus }>("endSession", { session_id: session.session_id })
              .then((r) => setEndStatus(r.status))
              .catch(() => undefined);
          },
        },
      );
      setConversation(open);
      setState("live");
    } catch (e) {
      const message = e instanceof Error && /permission|microphone|NotAllowed/i.test(e.message) ? "The microphone is not available. Untick “Talk with my voice” to type instead." : toApiError(e).message;
      setError(message);
      setState("idle");
    }
  };

  const end = async () => {
    setState("ending");
    try {
      await conversation?.end();
      if (sessionId) setEndStatus((await call<{ status: EndStatus }>("endSession", { session_id: sessionId })).status);
    } catch (e) {
      setError(toApiError(e).message);
    } finally {
      setConversation(null);
      setState("ended");
    }
  };

  const send = (text: string) => {
    chat.sent(text);
    conversation?.send(text);
  };

  return (
    <>
      <h1>Hello, {home.display_name}</h1>
      <p>
        Materials from <strong>{home.doctor_name}</strong>.
      </p>
      <section class="card" aria-labelledby="listen-title">
        <h2 id="listen-title">Listen</h2>
        {home.audio.length === 0 ? (
          <p class="empty">Your doctor has not shared any recordings yet.</p>
        ) : (
          <ul class="items">
            {home.audio.map((a) => (
              <li key={a.audio_id}>
                <p>
                  <strong>{a.disease_name}</strong> <span class="muted">({formatDuration(a.duration_seconds)})</span>
                </p>
                <audio controls preload="none" src={a.audio_url} aria-label={`Recording: ${a.disease_name}`} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="card" aria-labelledby="talk-title">
        <h2 id="talk-title">Ask your questions</h2>
        {error && <Alert>{error}</Alert>}
        {home.agents.length === 0 ? (
          <p class="empty">Your doctor has not set up an assistant yet.</p>
        ) : state === "idle" || state === "starting" ? (
          <>
            {home.agents.length > 1 && (
              <div class="field">
                <label for="agent-pick">Assistant</label>
                <select id="agent-pick" value={agentId} onChange={(e) => setAgentId((e.target as HTMLSelectElement).value)}>
                  {home.agents.map((a) => (
                    <option key={a.agent_id} value={a.agent_id}>
                      {a.name}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <p>
              You can ask {agent?.name ?? "the assistant"} about the material your doctor prepared. It does not replace your doctor. In an emergency, call your local emergency number.
            </p>
            {micKnown && (
              <label class="check">
                <input type="checkbox" checked={useMic} onChange={(e) => setUseMic((e.target as HTMLInputElement).checked)} /> Talk with my voice (uses the microphone)
              </label>
            )}
            <Button onClick={() => void start()} busy={state === "starting"}>
              Start conversation
            </Button>
          </>
        ) : (
          <>
            <ChatPanel
              lines={chat.lines}
              conversation={conversation}
              onSend={send}
              onEnd={() => void end()}
              ending={state === "ending"}
              agentName={agent?.name ?? "Assistant"}
              speaking={speaking}
            />
            {state === "ended" && (
              <Alert kind={endStatus === "ended" ? "success" : "info"}>
                <p>
                  {endStatus === "ended" ? (
                    <>
                      <strong>Conversation ended.</strong> {home.doctor_name} will review it.
                    </>
                  ) : (
                    <>
                      <strong>The conversation did not connect,</strong> so there is nothing for {home.doctor_name} to review. You can try again.
                    </>
                  )}{" "}
                  If something feels urgent, call your clinic or emergency services now.
                </p>
                <Button variant="secondary" onClick={() => setState("idle")}>
                  Start a new conversation
                </Button>
              </Alert>
            )}
          </>
        )}
      </section>
    </>
  );
}
