// Cursor pagination over a Firestore query ordered by a timestamp, newest first. The cursor is
// the last item's (timestamp, document id) in base64url: no extra read per page, and items that
// share a timestamp are neither skipped nor repeated.
import type { DocumentSnapshot, Query } from "firebase-admin/firestore";
import { AppError } from "../errors";
import { firestoreModule } from "../services/firebase";

export interface PageRequest {
  cursor?: string;
  page_size?: number;
}

export interface Page<T> {
  items: T[];
  next_cursor: string | null;
}

interface CursorData {
  s: number;
  n: number;
  id: string;
}

/** The same default as contracts/pages.ts (not imported: zod stays off the cold-start path). */
export const PAGE_SIZE_DEFAULT = 50;

const badCursor = () =>
  new AppError("invalidInput", "cursor: must be a next_cursor returned by this list", [
    { field: "cursor", problem: "must be a next_cursor returned by this list" },
  ]);

export function encodeCursor(snapshot: DocumentSnapshot, field: string): string {
  const value = snapshot.get(field) as { seconds: number; nanoseconds: number };
  const data: CursorData = { s: value.seconds, n: value.nanoseconds, id: snapshot.id };
  return Buffer.from(JSON.stringify(data)).toString("base64url");
}

export function decodeCursor(cursor: string): CursorData {
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw badCursor();
  }
  const c = data as Partial<CursorData>;
  if (!c || !Number.isInteger(c.s) || !Number.isInteger(c.n) || typeof c.id !== "string" || !/^[A-Za-z0-9_-]{1,128}$/.test(c.id)) throw badCursor();
  return c as CursorData;
}

/** One page of `query` ordered by `field` descending (then by document id), after `request.cursor`. */
export async function fetchPage<T>(
  query: Query,
  field: string,
  request: PageRequest,
  toItem: (snapshot: DocumentSnapshot) => T,
): Promise<Page<T>> {
  const { FieldPath, Timestamp } = firestoreModule();
  const size = request.page_size ?? PAGE_SIZE_DEFAULT;
  let ordered = query.orderBy(field, "desc").orderBy(FieldPath.documentId(), "desc");
  if (request.cursor) {
    const cursor = decodeCursor(request.cursor);
    ordered = ordered.startAfter(new Timestamp(cursor.s, cursor.n), cursor.id);
  }
  // One more than asked: whether a next page exists, without a second query.
  const snapshot = await ordered.limit(size + 1).get();
  const docs = snapshot.docs.slice(0, size);
  const last = docs[docs.length - 1];
  return {
    items: docs.map(toItem),
    next_cursor: snapshot.docs.length > size && last ? encodeCursor(last, field) : null,
  };
}
