// Which alert a finished conversation raises, if any. Pure: the pipeline writes what this returns.
//   attention: the summary has requires_attention items (red flags, medication problems...);
//   review:    nothing requires attention, but the doctor should look: critical findings held
//              for review (negated, hypothetical...), or a language the summarizer cannot read.
// The summary's `for_review` and `language_unsupported` are read defensively: older summarizer
// outputs may not have them.

/** Most severe first: the one severity order of the backend. */
export const SEVERITY_ORDER = ["urgent", "high", "moderate", "low"] as const;
export type Severity = (typeof SEVERITY_ORDER)[number];

export type AlertLevel = "attention" | "review";
export type ReviewReason = "for_review" | "language_unsupported";

export interface AlertDecision {
  level: AlertLevel;
  severity: Severity;
  categories: string[];
  /** Attention items for an attention alert, review items for a review alert. */
  items: Record<string, unknown>[];
  /** What the dashboard counts as open attention items: 0 for a review alert. */
  attentionItemCount: number;
  reviewReasons: ReviewReason[];
}

const rank = (severity: unknown) => {
  const index = SEVERITY_ORDER.indexOf(severity as Severity);
  return index === -1 ? SEVERITY_ORDER.length : index;
};

/** The most severe of the given severities; `fallback` when none is known. */
export function mostSevere(severities: readonly unknown[], fallback: Severity): Severity {
  const known = severities.filter((s): s is Severity => rank(s) < SEVERITY_ORDER.length);
  return known.length ? [...known].sort((a, b) => rank(a) - rank(b))[0]! : fallback;
}

const itemsOf = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.filter((i): i is Record<string, unknown> => typeof i === "object" && i !== null) : [];

const categoriesOf = (items: Record<string, unknown>[]) => [...new Set(items.map((i) => i.category).filter((c): c is string => typeof c === "string"))];

export function decideAlert(summary: { requires_attention?: unknown; for_review?: unknown; language_unsupported?: unknown }): AlertDecision | null {
  const attention = itemsOf(summary.requires_attention);
  if (attention.length) {
    return {
      level: "attention",
      severity: mostSevere(attention.map((a) => a.severity), "high"),
      categories: categoriesOf(attention),
      items: attention,
      attentionItemCount: attention.length,
      reviewReasons: [],
    };
  }
  const review = itemsOf(summary.for_review);
  const unsupported = summary.language_unsupported === true;
  if (!review.length && !unsupported) return null;
  return {
    level: "review",
    // A review is never more than moderate: nothing was affirmed that requires attention.
    severity: "moderate",
    categories: review.length ? categoriesOf(review) : ["language_unsupported"],
    items: review,
    attentionItemCount: 0,
    reviewReasons: [...(review.length ? (["for_review"] as const) : []), ...(unsupported ? (["language_unsupported"] as const) : [])],
  };
}
