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
  error: { kind: string; message: string } | null;
}

interface JobState {
  status: "queued" | "generating" | "draft" | "approved" | "failed";
  progress: { done: number; total: number } | null;
  error: string | null;
}

/**
 * Follows one narration job: generateAudio answers at once with the job's id, and the record
 * audio/{id} goes queued -> generating (progress) -> draft | failed. A Firestore listener (under
 * the rules: the doctor reads their own audio) follows it live, with no polling.
 */
function useNarrationJob(audioId: string | null) {
  const session = useSession();
  const [job, setJob] = useState<JobState | null>(null);
  useEffect(() => {
    setJob(null);
    if (!audioId) return;
    let unsubscribe: (() => void) | undefined;
    let cancelled = false;
    void (async () => {
      const { doc, onSnapshot } = await import("firebase/firestore");
      const db = await session.firestore();
      if (cancelled) return;
      unsubscribe = onSnapshot(
        doc(db, "audio", audioId),
        (snap) => {
          if (!snap.exists()) return setJob({ status: "failed", progress: null, error: "The narration was deleted." });
          const error = snap.get("job_error") as { message?: string } | null | undefined;
          setJob({
            status: snap.get("status") as JobState["status"],
            progress: (snap.get("progress") as JobState["progress"]) ?? null,
            error: error?.message ?? null,
          });
        },
        (e) => setJob({ status: "failed", progress: null, error: `Could not follow the narration: ${e.message}` }),
      );
    })();
    return () => {
      cancelled = true;
      unsubscribe?.();
    };
  }, [audioId]);
  return job;
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
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useNarrationJob(jobId);
  const [done, setDone] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const voiceName = (id: string) => voices.data?.find((v) => v.voice_id === id)?.name ?? id;
  const running = Boolean(jobId) && (!job || job.status === "queued" || job.status === "generating");

  useEffect(() => {
    if (!jobId || !job) return;
    if (job.status === "draft" || job.status === "approved") {
      // The list reads the record through listAudio, which signs a fresh short-lived link.
      void call<{ duration_seconds: number | null }>("getAudio", { audio_id: jobId })
        .then((a) => setDone(`The audio is ready (${formatDuration(a.duration_seconds)}). Listen to it below, then approve it for your patients.`))
        .catch(() => setDone("The audio is ready. Listen to it below, then approve it for your patients."));
      setJobId(null);
      void list.reload();
    } else if (job.status === "failed") {
      setFailed(`The narration failed: ${job.error ?? "no reason given"}. Your script is still here; you can try again.`);
      setJobId(null);
      void list.reload();
    }
  }, [job?.status]);

  const submit = async (e: Event) => {
    e.preventDefault();
    setDone(null);
    setFailed(null);
    const r = await generate.run(() =>
      call<{ job_id: string; audio_id: string; status: string; progress: { done: number; total: number } }>("generateAudio", {
        disease_name: disease.trim(),
        voice_id: voice,
        script_content: script,
      }),
    );
    if (r) {
      setJobId(r.audio_id);
      void list.reload();
    }
  };
  useEffect(() => {
    // The script is kept until the job succeeds, so a failed narration can be retried as is.
    if (done) setScript("");
  }, [done]);
  const progress = job?.progress ?? null;
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
        {failed && <Alert>{failed}</Alert>}
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
        <Button type="submit" busy={generate.busy || running}>
          Generate audio
        </Button>
        {running && (
          <div class="field" style={{ marginTop: "1rem" }}>
            <label for="narration-progress">Generating audio</label>
            <progress id="narration-progress" class="progress" max={progress?.total || 1} value={job?.status === "generating" && progress ? progress.done : undefined}>
              {progress ? `${progress.done} of ${progress.total}` : "queued"}
            </progress>
            <p class="muted" role="status">
              {!job || job.status === "queued"
                ? "Queued: generation starts in a moment."
                : progress
                  ? `Generating: part ${progress.done} of ${progress.total} done.`
                  : "Generating…"}
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
      {audio.status === "failed" && audio.error && <p class="field-error">Failed: {audio.error.message}</p>}
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
