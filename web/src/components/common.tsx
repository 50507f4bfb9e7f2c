import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { cameoNames } from '../api';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
}

/** Runs `load` when `key` changes; keeps the last result while the next one loads. */
export function useLoad<T>(key: string, load: () => Promise<T>): Loaded<T> & { reload: () => void } {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null, loading: true });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    load().then(
      (data) => live && setState({ data, error: null, loading: false }),
      (e: unknown) => live && setState({ data: null, error: e instanceof Error ? e.message : String(e), loading: false }),
    );
    return () => {
      live = false;
    };
  }, [key, tick]);
  return { ...state, reload: () => setTick((t) => t + 1) };
}

export function useCodes(): Record<string, string> {
  const [codes, setCodes] = useState<Record<string, string>>({});
  useEffect(() => {
    void cameoNames().then(setCodes);
  }, []);
  return codes;
}

export function ErrorNote({ message }: { message: string | null }) {
  return message ? <p class="error" role="alert">{message}</p> : null;
}

export function Pager({ offset, limit, next, onPage }: { offset: number; limit: number; next: number | null; onPage: (offset: number) => void }) {
  if (offset === 0 && next === null) return null;
  return (
    <div class="pager">
      <button type="button" disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - limit))}>
        ← previous
      </button>
      <span>
        {offset + 1}–{next ?? '…'}
      </span>
      <button type="button" disabled={next === null} onClick={() => next !== null && onPage(next)}>
        next →
      </button>
    </div>
  );
}

export function Section({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="box">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

export const day = (s: string | null | undefined): string => (s ? s.slice(0, 10) : 'undated');
