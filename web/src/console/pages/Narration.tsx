// Narration: a script and a voice become audio. A progress bar follows long scripts live (the
// audio record's progress, read through a Firestore listener), then a player and "Approve":
// patients hear approved audio only.
import { useEffect, useState } from "preact/hooks";
import { Alert, Button, Empty, Loading, TextArea, TextInput, formatDateTime, formatDuration } from "../../shared/ui";
import { useSession } from "../context";
import { useAction, usePaged } from "../hooks";
import { VoicePicker, useVoices } from "../components/VoicePicker";

interface AudioRow {
  audio_id: string;
  disease_name: string;
  voice_id: string;
  status: string;
  progress: { done: number; total: number } | null;
  audio_url: string | null;
  duration_seconds: number | null;
  created_at: string | null;
}

function useGenerationProgress(active: boolean) {
  const session = useSession();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  useEffect(() => {
    if (!active) {
      setProgress(null);
      return;
    }
    let unsubscribe: (() => void) | undefined;
    let cancelled = false;
    void (async () => {
      const { collection, onSnapshot, query, where } = await import("firebase/firestore");
      const db = await session.firestore();
      if (cancelled) return;
      const q = query(collection(db, "audio"), where("doctor_id", "==", session.user.uid), where("status", "==", "generating"));
      unsubscribe = onSnapshot(
        q,
        (snap) => {
          const p = snap.docs.map((d) => d.get("progress") as { done: number; total: number } | undefined).find(Boolean);
          if (p) setProgress(p);
        },
        () => undefined,
      );
    })();
    return () => {
      cancelled = true;
      unsubscribe?.();
    };
  }, [active]);
  return progress;
}

export function NarrationPage() {
  const { call } = useSession();
  const list = usePaged(async (cursor) => {
    const r = await call<{ audio: AudioRow[]; next_cursor: string | null }>("listAudio", { page_size: 25, ...(cursor ? { cursor } : {}) });
    return { items: r.audio, next_cursor: r.next_cursor };
  });
  const voices = useVoices();
  const [disease, setDisease] = useState("");
  const [voice, setVoice] = useState("");
  const [script, setScript] = useState("");
  const generate = useAction();
  const progress = useGenerationProgress(generate.busy);
  const [done, setDone] = useState<string | null>(null);
  const voiceName = (id: string) => voices.data?.find((v) => v.voice_id === id)?.name ?? id;

  const submit = async (e: Event) => {
    e.preventDefault();
    setDone(null);
    const r = await generate.run(() => call<{ audio_id: string; duration_seconds: number }>("generateAudio", { disease_name: disease.trim(), voice_id: voice, script_content: script }));
    if (r) {
      setDone(`The audio is ready (${formatDuration(r.duration_seconds)}). Listen to it below, then approve it for your patients.`);
      setScript("");
      void list.reload();
    }
  };
  const f = generate.fields;
  const general = generate.error && !f.disease_name && !f.voice_id && !f.script_content ? generate.error.message : null;
  const words = script.trim() ? script.trim().split(/\s+/).length : 0;
  return (
    <>
      <h1>Narration</h1>
      <form class="card" onSubmit={submit} aria-labelledby="script-title">
        <h2 id="script-title">New narration</h2>
        {general && <Alert>{general}</Alert>}
        {done && <Alert kind="success">{done}</Alert>}
        <TextInput label="Disease or procedure" value={disease} onValue={setDisease} error={f.disease_name} required maxLength={120} />
        <VoicePicker value={voice} onValue={setVoice} error={f.voice_id} />
        <TextArea
          label="Script"
          value={script}
          onValue={setScript}
          error={f.script_content}
          rows={12}
          maxLength={100000}
          required
          hint={`${script.length.toLocaleString()} of 100,000 characters · about ${Math.max(0, Math.round(words / 150))} min of audio`}
        />
        <Button type="submit" busy={generate.busy}>
          Generate audio
        </Button>
        {generate.busy && (
          <div class="field" style={{ marginTop: "1rem" }}>
            <label for="narration-progress">Generating audio</label>
            <progress id="narration-progress" class="progress" max={progress?.total ?? 1} value={progress ? progress.done : undefined}>
              {progress ? `${progress.done} of ${progress.total}` : "starting"}
            </progress>
            <p class="muted" role="status">
              {progress ? `Part ${progress.done} of ${progress.total} done.` : "Starting…"}
            </p>
          </div>
        )}
      </form>
      <section class="card" aria-labelledby="audio-title">
        <h2 id="audio-title">Your recordings</h2>
        {list.error && <Alert>{list.error.message}</Alert>}
        {list.loading && !list.items.length ? (
          <Loading what="recordings" />
        ) : !list.items.length ? (
          <Empty>No recordings yet.</Empty>
        ) : (
          <ul class="items">
            {list.items.map((a) => (
              <AudioItem key={a.audio_id} audio={a} voiceName={voiceName(a.voice_id)} onChanged={() => void list.reload()} />
            ))}
          </ul>
        )}
        {list.hasMore && (
          <Button variant="secondary" onClick={() => void list.loadMore()} busy={list.loading}>
            Load more recordings
          </Button>
        )}
      </section>
    </>
  );
}

function AudioItem({ audio, voiceName, onChanged }: { audio: AudioRow; voiceName: string; onChanged: () => void }) {
  const { call } = useSession();
  const approve = useAction();
  const title = `${audio.disease_name}, ${voiceName}, ${formatDateTime(audio.created_at)}`;
  return (
    <li>
      <p>
        <strong>{audio.disease_name}</strong> <span class={`status status--${audio.status}`}>{audio.status === "draft" ? "draft: not yet shared" : audio.status}</span>
      </p>
      <p class="muted">
        {voiceName} · {formatDuration(audio.duration_seconds)} · {formatDateTime(audio.created_at)}
      </p>
      {audio.audio_url && <audio controls preload="none" src={audio.audio_url} aria-label={`Play ${title}`} />}
      {audio.status === "generating" && audio.progress && <progress max={audio.progress.total} value={audio.progress.done} aria-label={`Progress of ${title}`} />}
      {audio.status === "draft" && (
        <div class="actions">
          <Button onClick={() => void approve.run(() => call("approveAudio", { audio_id: audio.audio_id })).then((r) => r && onChanged())} busy={approve.busy} aria-label={`Approve ${title}`}>
            Approve
          </Button>
        </div>
      )}
      {approve.error && <p class="field-error">{approve.error.message}</p>}
    </li>
  );
}
