// Small accessible building blocks: every control has a visible label, errors sit next to their
// field (aria-describedby), busy and empty states are spelled out.
import type { ButtonHTMLAttributes, ComponentChildren } from "preact";
import { useId } from "preact/hooks";

export function Field(props: {
  label: string;
  error?: string;
  hint?: string;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ComponentChildren;
}) {
  const id = useId();
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div class={`field${props.error ? " field--invalid" : ""}`}>
      <label for={id}>{props.label}</label>
      {props.hint && (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {props.children({ id, describedBy, invalid: Boolean(props.error) })}
      {props.error && (
        <p class="field-error" id={errorId}>
          {props.error}
        </p>
      )}
    </div>
  );
}

type InputProps = {
  type?: "text" | "email" | "password" | "search" | "number" | "url";
  autoComplete?: string;
  required?: boolean;
  maxLength?: number;
  placeholder?: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  error?: string;
  hint?: string;
};

export function TextInput({ label, value, onValue, error, hint, ...rest }: InputProps) {
  return (
    <Field label={label} error={error} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          value={value}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onInput={(e) => onValue((e.target as HTMLInputElement).value)}
          {...(rest as Record<string, unknown>)}
        />
      )}
    </Field>
  );
}

export function TextArea(props: { label: string; value: string; onValue: (v: string) => void; error?: string; hint?: string; rows?: number; maxLength?: number; required?: boolean }) {
  return (
    <Field label={props.label} error={props.error} hint={props.hint}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          rows={props.rows ?? 8}
          value={props.value}
          maxLength={props.maxLength}
          required={props.required}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onInput={(e) => props.onValue((e.target as HTMLTextAreaElement).value)}
        />
      )}
    </Field>
  );
}

export function Select(props: {
  label: string;
  value: string;
  onValue: (v: string) => void;
  options: { value: string; label: string }[];
  error?: string;
  hint?: string;
  required?: boolean;
}) {
  return (
    <Field label={props.label} error={props.error} hint={props.hint}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          value={props.value}
          required={props.required}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(e) => props.onValue((e.target as HTMLSelectElement).value)}
        >
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function Button(props: ButtonHTMLAttributes<HTMLButtonElement> & { busy?: boolean; variant?: "primary" | "secondary" | "danger" }) {
  const { busy, variant = "primary", children, disabled, type, ...rest } = props;
  return (
    <button type={(type as "button" | "submit" | undefined) ?? "button"} class={`btn btn--${variant}`} disabled={Boolean(disabled) || busy} aria-busy={busy || undefined} {...rest}>
      {children}
      {busy && <span class="spinner" aria-hidden="true" />}
    </button>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p class="loading" role="status">
      <span class="spinner" aria-hidden="true" /> Loading {what}…
    </p>
  );
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="empty">{children}</p>;
}

export function Alert({ kind = "error", children }: { kind?: "error" | "success" | "info"; children: ComponentChildren }) {
  return (
    <div class={`notice notice--${kind}`} role={kind === "error" ? "alert" : "status"}>
      {children}
    </div>
  );
}

export const formatDateTime = (iso: string | null | undefined) =>
  iso ? new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" }) : "—";

export const formatTimeInCall = (seconds: number | null | undefined) => {
  if (seconds === null || seconds === undefined) return "—";
  const s = Math.max(0, Math.round(seconds));
  return `${String(Math.floor(s / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;
};

export const formatDuration = (seconds: number | null | undefined) => {
  if (!seconds) return "—";
  const s = Math.round(seconds);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
};
