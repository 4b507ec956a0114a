import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import { toApiError, type ApiError } from "../shared/call";

/** Loads once (and again on `reload`), with loading and error states. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[] = []) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const generation = useRef(0);
  const reload = useCallback(async () => {
    const mine = ++generation.current;
    setLoading(true);
    try {
      const value = await load();
      if (mine === generation.current) {
        setData(value);
        setError(null);
      }
    } catch (e) {
      if (mine === generation.current) setError(toApiError(e));
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, deps);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, error, loading, reload, setData };
}

/** A cursor-paged list: the first page, then "Load more" appends the next one. */
export function usePaged<T>(fetchPage: (cursor: string | undefined) => Promise<{ items: T[]; next_cursor: string | null }>, deps: unknown[] = []) {
  const [items, setItems] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const generation = useRef(0);
  const load = useCallback(
    async (after?: string) => {
      const mine = after ? generation.current : ++generation.current;
      setLoading(true);
      try {
        const page = await fetchPage(after);
        if (mine !== generation.current) return;
        setItems((current) => (after ? [...current, ...page.items] : page.items));
        setCursor(page.next_cursor);
        setError(null);
      } catch (e) {
        if (mine === generation.current) setError(toApiError(e));
      } finally {
        if (mine === generation.current) setLoading(false);
      }
    },
    deps,
  );
  useEffect(() => {
    void load();
  }, [load]);
  return { items, setItems, loading, error, hasMore: Boolean(cursor), loadMore: () => cursor && load(cursor), reload: () => load() };
}

/** A form submission: busy flag, the error, and per-field problems from the backend. */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = async <T>(action: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await action();
    } catch (e) {
      setError(toApiError(e));
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run, fields: error?.fields ?? {}, clear: () => setError(null) };
}
