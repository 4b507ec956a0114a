// Agents: create and edit (name, voice, language, answer style, knowledge), and try one in a chat.
import { useState } from "preact/hooks";
import { Alert, Button, Empty, Loading, Select, TextInput } from "../../shared/ui";
import { useSession } from "../context";
import { useAction, useLoad, usePaged } from "../hooks";
import { VoicePicker } from "../components/VoicePicker";
import { TryAgent } from "../components/TryAgent";

interface AgentRow {
  agent_id: string;
  name: string;
  knowledge_ids: string[];
  voice_id: string;
  answer_style: string;
  language: string;
  sync_status: string;
}

export const LANGUAGES = [
  { value: "en", label: "English" },
  { value: "es", label: "Spanish (Español)" },
  { value: "fr", label: "French (Français)" },
  { value: "pt", label: "Portuguese (Português)" },
  { value: "de", label: "German (Deutsch)" },
];
const STYLES = [
  { value: "friendly", label: "Friendly" },
  { value: "professional", label: "Professional" },
  { value: "educational", label: "Educational" },
];

const EMPTY = { agent_id: "", name: "", voice_id: "", language: "en", answer_style: "friendly", knowledge_ids: [] as string[] };

export function AgentsPage() {
  const { call } = useSession();
  const agents = usePaged(async (cursor) => {
    const r = await call<{ agents: AgentRow[]; next_cursor: string | null }>("listAgents", { page_size: 50, ...(cursor ? { cursor } : {}) });
    return { items: r.agents, next_cursor: r.next_cursor };
  });
  const knowledge = useLoad(() => call<{ knowledge: { knowledge_id: string; disease_name: string; document_type: string; sync_status: string }[] }>("listKnowledge", { page_size: 200 }));
  const [form, setForm] = useState(EMPTY);
  const [trying, setTrying] = useState<AgentRow | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const save = useAction();
  const set = (patch: Partial<typeof EMPTY>) => setForm((f) => ({ ...f, ...patch }));

  const submit = async (e: Event) => {
    e.preventDefault();
    setSaved(null);
    const r = await save.run(() =>
      call<{ agent_id: string }>("saveAgent", {
        name: form.name.trim(),
        voice_id: form.voice_id,
        language: form.language,
        answer_style: form.answer_style,
        knowledge_ids: form.knowledge_ids,
        ...(form.agent_id ? { agent_id: form.agent_id } : {}),
      }),
    );
    if (r) {
      setSaved(`${form.agent_id ? "Saved" : "Created"} “${form.name.trim()}”. Patients can talk to it now.`);
      setForm(EMPTY);
      void agents.reload();
    }
  };
  const f = save.fields;
  const general = save.error && !f.name && !f.voice_id && !f.language && !f.answer_style && !f.knowledge_ids ? save.error.message : null;
  const docs = knowledge.data?.knowledge ?? [];
  return (
    <>
      <h1>Agents</h1>
      {trying && <TryAgent agentId={trying.agent_id} agentName={trying.name} onClose={() => setTrying(null)} key={trying.agent_id} />}
      <form class="card" onSubmit={submit} aria-labelledby="agent-form-title">
        <h2 id="agent-form-title">{form.agent_id ? `Edit ${form.name || "agent"}` : "Create an agent"}</h2>
        {general && <Alert>{general}</Alert>}
        {saved && <Alert kind="success">{saved}</Alert>}
        <TextInput label="Agent name" value={form.name} onValue={(v) => set({ name: v })} error={f.name} required maxLength={80} hint="Patients see this name." />
        <VoicePicker value={form.voice_id} onValue={(v) => set({ voice_id: v })} error={f.voice_id} />
        <div class="row">
          <Select label="Language" value={form.language} onValue={(v) => set({ language: v })} error={f.language} options={LANGUAGES} />
          <Select label="Answer style" value={form.answer_style} onValue={(v) => set({ answer_style: v })} error={f.answer_style} options={STYLES} />
        </div>
        <fieldset aria-describedby={f.knowledge_ids ? "kn-error" : undefined}>
          <legend>Knowledge the agent answers from</legend>
          {knowledge.loading && !knowledge.data ? (
            <Loading what="documents" />
          ) : docs.length === 0 ? (
            <p class="empty">No documents yet: upload some under Knowledge first.</p>
          ) : (
            docs.map((k) => (
              <label class="check" key={k.knowledge_id}>
                <input
                  type="checkbox"
                  checked={form.knowledge_ids.includes(k.knowledge_id)}
                  disabled={k.sync_status !== "synced"}
                  onChange={(e) =>
                    set({ knowledge_ids: (e.target as HTMLInputElement).checked ? [...form.knowledge_ids, k.knowledge_id] : form.knowledge_ids.filter((id) => id !== k.knowledge_id) })
                  }
                />
                {k.disease_name} · {k.document_type.replace(/_/g, " ")}
                {k.sync_status !== "synced" && ` (${k.sync_status})`}
              </label>
            ))
          )}
          {f.knowledge_ids && (
            <p class="field-error" id="kn-error">
              {f.knowledge_ids}
            </p>
          )}
        </fieldset>
        <div class="actions">
          <Button type="submit" busy={save.busy}>
            {form.agent_id ? "Save agent" : "Create agent"}
          </Button>
          {form.agent_id && (
            <Button variant="secondary" onClick={() => setForm(EMPTY)}>
              Cancel editing
            </Button>
          )}
        </div>
      </form>
      <section class="card" aria-labelledby="agents-title">
        <h2 id="agents-title">Your agents</h2>
        {agents.error && <Alert>{agents.error.message}</Alert>}
        {agents.loading && !agents.items.length ? (
          <Loading what="agents" />
        ) : !agents.items.length ? (
          <Empty>No agents yet. Create one above.</Empty>
        ) : (
          <ul class="items">
            {agents.items.map((a) => (
              <li key={a.agent_id}>
                <p>
                  <strong>{a.name}</strong> <span class={`status status--${a.sync_status}`}>{a.sync_status}</span>
                </p>
                <p class="muted">
                  {LANGUAGES.find((l) => l.value === a.language)?.label ?? a.language} · {a.answer_style} · {a.knowledge_ids.length} document{a.knowledge_ids.length === 1 ? "" : "s"}
                </p>
                <div class="actions">
                  <Button variant="secondary" onClick={() => setForm({ agent_id: a.agent_id, name: a.name, voice_id: a.voice_id, language: a.language, answer_style: a.answer_style, knowledge_ids: a.knowledge_ids })} aria-label={`Edit ${a.name}`}>
                    Edit
                  </Button>
                  <Button variant="secondary" onClick={() => setTrying(a)} aria-label={`Try ${a.name}`}>
                    Try it
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        )}
        {agents.hasMore && (
          <Button variant="secondary" onClick={() => void agents.loadMore()} busy={agents.loading}>
            Load more agents
          </Button>
        )}
      </section>
    </>
  );
}
