// The doctor's alerts, live: one Firestore listener under the security rules (the query filters
// on doctor_id, as the rules require), shared by the navigation badge and the Alerts page.
// New attention alerts raise a browser notification when the doctor allowed them.
import { createContext } from "preact";
import { useContext, useEffect, useRef, useState } from "preact/hooks";
import type { ConsoleSession } from "./context";

export interface AlertItem {
  category: string;
  severity: string;
  evidence?: string;
  patient_text?: string;
  turn_index?: number;
  time_in_call_secs?: number;
  /** The agent raised this item during the call (the in-call red-flag tool). */
  raised_in_call?: boolean;
}

export interface LiveAlert {
  alert_id: string;
  patient_id: string;
  session_id: string;
  /** "attention" for requires_attention items, "review" for items held for the doctor's review. */
  level: "attention" | "review";
  severity: string;
  categories: string[];
  items: AlertItem[];
  state: "open" | "acknowledged";
  created_at: Date | null;
  acknowledged_by: string | null;
  acknowledged_at: Date | null;
  /** Set when the agent raised the alert during the call, before the summary. */
  raised_in_call: boolean;
  raised_in_call_at: Date | null;
}

export interface LiveAlerts {
  alerts: LiveAlert[];
  loading: boolean;
  error: string | null;
  /** Open attention alerts: the badge, the tab title and notifications count these. */
  openCount: number;
}

export const LiveAlertsContext = createContext<LiveAlerts>({ alerts: [], loading: true, error: null, openCount: 0 });
export const useLiveAlerts = () => useContext(LiveAlertsContext);

const toDate = (value: unknown) => (value && typeof (value as { toDate?: unknown }).toDate === "function" ? (value as { toDate: () => Date }).toDate() : null);

function notify(alert: LiveAlert) {
  if (typeof Notification === "undefined" || Notification.permission !== "granted") return;
  const n = new Notification("New attention alert", {
    body: `${alert.severity} · ${alert.categories.map((c) => c.replace(/_/g, " ")).join(", ")}`,
    tag: alert.alert_id,
  });
  n.onclick = () => {
    window.focus();
    location.assign("/alerts");
  };
}

export function useAlertListener(session: ConsoleSession | null): LiveAlerts {
  const [state, setState] = useState<LiveAlerts>({ alerts: [], loading: true, error: null, openCount: 0 });
  const seen = useRef<Set<string> | null>(null);
  useEffect(() => {
    if (!session || session.role !== "doctor") {
      setState({ alerts: [], loading: false, error: null, openCount: 0 });
      return;
    }
    let unsubscribe: (() => void) | undefined;
    let cancelled = false;
    void (async () => {
      const { collection, limit, onSnapshot, orderBy, query, where } = await import("firebase/firestore");
      const db = await session.firestore();
      if (cancelled) return;
      const q = query(collection(db, "alerts"), where("doctor_id", "==", session.user.uid), orderBy("created_at", "desc"), limit(100));
      unsubscribe = onSnapshot(
        q,
        (snapshot) => {
          const alerts = snapshot.docs.map((d) => {
            const data = d.data();
            return {
              alert_id: d.id,
              patient_id: String(data.patient_id),
              session_id: String(data.session_id ?? d.id),
              level: data.level === "review" ? "review" : "attention",
              severity: String(data.severity ?? "moderate"),
              categories: (data.categories as string[] | undefined) ?? [],
              items: (data.items as AlertItem[] | undefined) ?? [],
              state: data.state === "acknowledged" ? "acknowledged" : "open",
              created_at: toDate(data.created_at),
              acknowledged_by: (data.acknowledged_by as string | null) ?? null,
              acknowledged_at: toDate(data.acknowledged_at),
              raised_in_call: data.raised_in_call === true,
              raised_in_call_at: toDate(data.raised_in_call_at),
            } satisfies LiveAlert;
          });
          // The first snapshot is what was already there; later additions are new.
          if (seen.current) for (const a of alerts) if (a.state === "open" && a.level === "attention" && !seen.current.has(a.alert_id)) notify(a);
          seen.current = new Set(alerts.map((a) => a.alert_id));
          const openCount = alerts.filter((a) => a.state === "open" && a.level === "attention").length;
          setState({ alerts, loading: false, error: null, openCount });
        },
        (error) => setState((s) => ({ ...s, loading: false, error: `Live alerts stopped: ${error.message}` })),
      );
    })();
    return () => {
      cancelled = true;
      unsubscribe?.();
    };
  }, [session?.user.uid]);

  useEffect(() => {
    document.title = state.openCount ? `(${state.openCount}) Clinic console` : "Clinic console";
    const nav = navigator as Navigator & { setAppBadge?: (n?: number) => Promise<void>; clearAppBadge?: () => Promise<void> };
    if (state.openCount) nav.setAppBadge?.(state.openCount).catch(() => undefined);
    else nav.clearAppBadge?.().catch(() => undefined);
  }, [state.openCount]);
  return state;
}
