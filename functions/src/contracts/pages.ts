// Cursor pagination, the same for every list: `page_size` items, then `next_cursor` (opaque) to
// ask for the next page; `next_cursor: null` means this was the last page.
import { z } from "zod";
import { DocumentId } from "./common";

export const PAGE_SIZE_DEFAULT = 50;
export const PAGE_SIZE_MAX = 200;

export const Cursor = z
  .string({ error: "must be a string" })
  .max(400, "must be at most 400 characters")
  .regex(/^[A-Za-z0-9_-]+$/, "must be a next_cursor returned by this list");

/** REST query strings carry numbers as text: "20" is accepted as 20. */
export const PageSize = z.preprocess(
  (value) => (typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value),
  z.number({ error: "must be a number" }).int("must be a whole number").min(1, "must be at least 1").max(PAGE_SIZE_MAX, `must be at most ${PAGE_SIZE_MAX}`),
);

export const PageRequest = { cursor: Cursor.optional(), page_size: PageSize.optional() };

/** A doctor's own list (knowledge, agents, audio, alerts); admins name the doctor. */
export const ListRequest = z.object({ doctor_id: DocumentId.optional(), ...PageRequest }).strict();
export type ListRequest = z.infer<typeof ListRequest>;
