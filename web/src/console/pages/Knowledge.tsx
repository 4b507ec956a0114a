// Knowledge documents: upload text/Markdown or a file, see each one's sync status, replace the
// text (agents that use it are updated), delete (refused while an agent uses it).
import { useState } from "preact/hooks";
import { Alert, Button, Empty, Loading, Select, TextArea, TextInput, formatDateTime } from "../../shared/ui";
import { useSession } from "../context";
import { useAction, usePaged } from "../hooks";

interface KnowledgeRow {
  knowledge_id: string;
  disease_name: string;
  document_type: string;
  sync_status: string;
  char_count: number;
  updated_at: string;
  versions: unknown[];
}

export const DOCUMENT_TYPES = [
  { value: "post_care", label: "Post-care instructions" },
  { value: "precautions", label: "Precautions and warning signs" },
  { value: "medication", label: "Medication" },
  { value: "faq", label: "Frequently asked questions" },
  { value: "general", label: "General information" },
];
const typeLabel = (t: string) => DOCUMENT_TYPES.find((d) => d.value === t)?.label ?? t;

const toBase64 = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(",")[1] ?? "");
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

export function KnowledgePage() {
  const { call } = useSession();
  const list = usePaged(async (cursor) => {
    const r = await call<{ knowledge: KnowledgeRow[]; next_cursor: string | null }>("listKnowledge", { page_size: 50, ...(cursor ? { cursor } : {}) });
    return { items: r.knowledge, next_cursor: r.next_cursor };
  });
  const [disease, setDisease] = useState("");
  const [docType, setDocType] = useState("post_care");
  const [mode, setMode] = useState<"text" | "file">("text");
  const [text, setText] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const upload = useAction();
  const [done, setDone] = useState<string | null>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    setDone(null);
    const common = { disease_name: disease.trim(), document_type: docType };
    const r = await upload.run(async () =>
      mode === "text"
        ? call<{ knowledge_id: string }>("uploadKnowledge", { ...common, text })
        : call<{ knowledge_id: string }>("uploadKnowledgeFile", { ...common, filename: file?.name ?? "", content_base64: file ? await toBase64(file) : "" }),
    );
    if (r) {
      setDone(`Uploaded and synced to the agents' knowledge base: ${disease.trim()}, ${typeLabel(docType)}.`);
      setText("");
      setFile(null);
      void list.reload();
    }
  };
  const f = upload.fields;
  const general = upload.error && !f.text && !f.disease_name && !f.document_type && !f.filename && !f.content_base64 ? upload.error.message : null;
  return (
    <>
      <h1>Knowledge</h1>
      <form class="card" onSubmit={submit} aria-labelledby="upload-title">
        <h2 id="upload-title">Upload knowledge</h2>
        {general && <Alert>{general}</Alert>}
        {done && <Alert kind="success">{done}</Alert>}
        <div class="row">
          <TextInput label="Disease or procedure" value={disease} onValue={setDisease} error={f.disease_name} required maxLength={120} hint="For example: Knee replacement" />
          <Select label="Document type" value={docType} onValue={setDocType} error={f.document_type} options={DOCUMENT_TYPES} />
        </div>
        <fieldset>
          <legend>Content</legend>
          <label class="check">
            <input type="radio" name="mode" checked={mode === "text"} onChange={() => setMode("text")} /> Type or paste text (Markdown is fine)
          </label>
          <label class="check">
            <input type="radio" name="mode" checked={mode === "file"} onChange={() => setMode("file")} /> Upload a file (PDF, DOCX, TXT, Markdown, HTML)
          </label>
        </fieldset>
        {mode === "text" ? (
          <TextArea label="Text" value={text} onValue={setText} error={f.text} rows={10} maxLength={100000} required hint={`${text.length.toLocaleString()} of 100,000 characters`} />
        ) : (
          <div class={`field${f.filename || f.content_base64 ? " field--invalid" : ""}`}>
            <label for="knowledge-file">File</label>
            <p class="hint" id="knowledge-file-hint">
              Up to 5 MiB. ElevenLabs reads the text out of the file.
            </p>
            <input
              id="knowledge-file"
              type="file"
              accept=".pdf,.docx,.txt,.md,.html,.htm,.epub"
              aria-describedby="knowledge-file-hint"
              required
              onChange={(e) => setFile((e.target as HTMLInputElement).files?.[0] ?? null)}
            />
            {(f.filename || f.content_base64) && <p class="field-error">{f.filename ?? f.content_base64}</p>}
          </div>
        )}
        <Button type="submit" busy={upload.busy}>
          {mode === "text" ? "Upload text" : "Upload file"}
        </Button>
      </form>
      <section class="card" aria-labelledby="docs-title">
        <h2 id="docs-title">Your documents</h2>
        {list.error && <Alert>{list.error.message}</Alert>}
        {list.loading && !list.items.length ? (
          <Loading what="documents" />
        ) : !list.items.length ? (
          <Empty>No documents yet. Upload what you tell patients, and your agents will answer from it.</Empty>
        ) : (
          <ul class="items">
            {list.items.map((k) => (
              <KnowledgeItem key={k.knowledge_id} item={k} onChanged={() => void list.reload()} />
            ))}
          </ul>
        )}
        {list.hasMore && (
          <Button variant="secondary" onClick={() => void list.loadMore()} busy={list.loading}>
            Load more documents
          </Button>
        )}
      </section>
    </>
  );
}

function KnowledgeItem({ item, onChanged }: { item: KnowledgeRow; onChanged: () => void }) {
  const { call } = useSession();
  const [editing, setEditing] = useState<string | null>(null);
  const load = useAction();
  const save = useAction();
  const remove = useAction();
  const title = `${item.disease_name} · ${typeLabel(item.document_type)}`;
  const startEdit = async () => {
    const r = await load.run(() => call<{ text: string }>("getKnowledge", { knowledge_id: item.knowledge_id }));
    if (r) setEditing(r.text);
  };
  const doSave = async (e: Event) => {
    e.preventDefault();
    if (await save.run(() => call("replaceKnowledge", { knowledge_id: item.knowledge_id, text: editing }))) {
      setEditing(null);
      onChanged();
    }
  };
  const doDelete = async () => {
    if (!confirm(`Delete “${title}”? Agents must not use it any more.`)) return;
    if (await remove.run(() => call("deleteKnowledge", { knowledge_id: item.knowledge_id }))) onChanged();
  };
  return (
    <li>
      <p>
        <strong>{title}</strong> <span class={`status status--${item.sync_status}`}>{item.sync_status}</span>
      </p>
      <p class="muted">
        {item.char_count ? `${item.char_count.toLocaleString()} characters` : "Uploaded file"} · version {Math.max(1, item.versions.length)} · updated {formatDateTime(item.updated_at)}
      </p>
      {editing === null ? (
        <div class="actions">
          <Button variant="secondary" onClick={() => void startEdit()} busy={load.busy} aria-label={`Replace text of ${title}`}>
            Replace
          </Button>
          <Button variant="danger" onClick={() => void doDelete()} busy={remove.busy} aria-label={`Delete ${title}`}>
            Delete
          </Button>
        </div>
      ) : (
        <form onSubmit={doSave}>
          <TextArea label={`New text for ${title}`} value={editing} onValue={setEditing} error={save.fields.text} rows={10} hint="Agents that use this document are updated." />
          {save.error && !save.fields.text && <Alert>{save.error.message}</Alert>}
          <div class="actions">
            <Button type="submit" busy={save.busy}>
              Save new version
            </Button>
            <Button variant="secondary" onClick={() => setEditing(null)}>
              Cancel
            </Button>
          </div>
        </form>
      )}
      {(load.error || remove.error) && <p class="field-error">{(load.error ?? remove.error)!.message}</p>}
    </li>
  );
}
