// Pick a voice from those ElevenLabs offers, with a button to hear its preview.
import { useRef, useState } from "preact/hooks";
import { Alert, Button, Loading, Select } from "../../shared/ui";
import { useSession } from "../context";
import { useLoad } from "../hooks";

export interface Voice {
  voice_id: string;
  name: string;
  description: string | null;
  preview_url: string | null;
  labels: Record<string, string>;
}

let cache: Promise<Voice[]> | undefined;

export function useVoices() {
  const { call } = useSession();
  return useLoad(async () => {
    cache ??= (async () => {
      const all: Voice[] = [];
      let cursor: string | null | undefined;
      do {
        const page = await call<{ voices: Voice[]; next_cursor: string | null }>("listVoices", { page_size: 100, ...(cursor ? { cursor } : {}) });
        all.push(...page.voices);
        cursor = page.next_cursor;
      } while (cursor && all.length < 500);
      return all;
    })().catch((e) => {
      cache = undefined;
      throw e;
    });
    return cache;
  });
}

const describe = (v: Voice) => [v.labels.gender, v.labels.accent, v.labels.descriptive].filter(Boolean).join(", ");

export function VoicePicker({ value, onValue, error }: { value: string; onValue: (v: string) => void; error?: string }) {
  const voices = useVoices();
  const audio = useRef<HTMLAudioElement>(null);
  const [playing, setPlaying] = useState(false);
  if (voices.loading && !voices.data) return <Loading what="voices" />;
  if (voices.error) return <Alert>Voices: {voices.error.message}</Alert>;
  const list = voices.data ?? [];
  const selected = list.find((v) => v.voice_id === value);
  const preview = () => {
    if (!audio.current || !selected?.preview_url) return;
    audio.current.src = selected.preview_url;
    void audio.current.play().then(() => setPlaying(true)).catch(() => setPlaying(false));
  };
  return (
    <div class="row">
      <Select
        label="Voice"
        value={value}
        onValue={onValue}
        error={error}
        required
        options={[{ value: "", label: "Choose a voice…" }, ...list.map((v) => ({ value: v.voice_id, label: `${v.name}${describe(v) ? ` (${describe(v)})` : ""}` }))]}
      />
      <div class="field">
        <Button variant="secondary" onClick={preview} disabled={!selected?.preview_url}>
          {playing ? "Playing preview…" : "Hear this voice"}
        </Button>
        <audio ref={audio} onEnded={() => setPlaying(false)} hidden />
      </div>
    </div>
  );
}
