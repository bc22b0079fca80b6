import type { MouseEvent, ReactNode } from 'react';
import { useEffect, useState, useSyncExternalStore } from 'react';

/** The pages of the app; the path is the page name (`/` is the inbox). */
export const pages = ['inbox', 'network', 'compose', 'profile', 'import', 'settings'] as const;
export type Page = (typeof pages)[number];

function subscribe(callback: () => void): () => void {
  window.addEventListener('popstate', callback);
  return () => window.removeEventListener('popstate', callback);
}

export function pageOf(pathname: string): Page {
  const name = pathname.replace(/^\/+|\/+$/g, '');
  return (pages as readonly string[]).includes(name) ? (name as Page) : 'inbox';
}

export function usePage(): Page {
  return pageOf(useSyncExternalStore(subscribe, () => window.location.pathname));
}

export function navigate(page: Page): void {
  const path = page === 'inbox' ? '/' : `/${page}`;
  if (window.location.pathname !== path) {
    window.history.pushState(null, '', path);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }
}

/** A link to a page of the app: a real href (open in new tab works), navigation without reload. */
export function PageLink(props: {
  page: Page;
  children: ReactNode;
  className?: string;
  current?: boolean;
}) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(props.page);
  };
  return (
    <a
      href={props.page === 'inbox' ? '/' : `/${props.page}`}
      className={props.className}
      aria-current={props.current ? 'page' : undefined}
      onClick={onClick}
    >
      {props.children}
    </a>
  );
}

/** Loads data for a page; `reload` fetches again. */
export function useApiData<T>(
  load: () => Promise<T>,
  deps: readonly unknown[],
): { data: T | undefined; error: unknown; loading: boolean; reload(): void } {
  const [state, setState] = useState<{ data: T | undefined; error: unknown; loading: boolean }>({
    data: undefined,
    error: undefined,
    loading: true,
  });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    setState((previous) => ({ ...previous, loading: true, error: undefined }));
    load().then(
      (data) => live && setState({ data, error: undefined, loading: false }),
      (error: unknown) => live && setState({ data: undefined, error, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [...deps, round]);
  return { ...state, reload: () => setRound((n) => n + 1) };
}
