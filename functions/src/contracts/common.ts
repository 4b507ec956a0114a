import { z } from "zod";

/** Firestore document ids we mint: letters, digits, '_' and '-', never a path. */
export const DocumentId = z
  .string({ error: "must be a string" })
  .trim()
  .min(1, "must not be empty")
  .max(128, "must be at most 128 characters")
  .regex(/^[A-Za-z0-9_-]+$/, "must contain only letters, digits, '_' or '-'");

/** Free text from a person: no control characters other than tab and newlines. */
export function humanText(maxLength: number) {
  return z
    .string({ error: "must be a string" })
    .trim()
    .min(1, "must not be empty")
    .max(maxLength, `must be at most ${maxLength} characters`)
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    .refine((text) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text), "must not contain control characters");
}

/** Names are shown in the web app as plain text: markup in a name is refused, not escaped later. */
export function nameText(maxLength: number) {
  return humanText(maxLength).refine((text) => !/[<>]/.test(text), "must not contain '<' or '>'");
}

export const DiseaseName = nameText(120);

/** One error body for every REST failure; callables carry the same `details`. */
export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.object({ field: z.string(), problem: z.string() })).optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
