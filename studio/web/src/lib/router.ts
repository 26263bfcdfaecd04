// Client-side routing over the History API: paths like /datanets/3 render a
// page without a reload; the Studio server answers every page path with
// index.html.
import { createStore, useStore } from './store';

export const location$ = createStore(window.location.pathname + window.location.search);

export function navigate(to: string, replace = false) {
  if (to === location$.get()) return;
  if (replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  location$.set(to);
  window.scrollTo(0, 0);
}

window.addEventListener('popstate', () => location$.set(window.location.pathname + window.location.search));

/** Intercepts clicks on same-origin links so they route in-page. */
export function installLinkHandler() {
  document.addEventListener('click', (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = (e.target as Element).closest('a');
    if (!a || a.target || a.hasAttribute('download')) return;
    const url = new URL(a.href, window.location.href);
    if (url.origin !== window.location.origin || url.pathname.startsWith('/api/')) return;
    e.preventDefault();
    navigate(url.pathname + url.search);
  });
}

export function useLocation(): { path: string; query: URLSearchParams } {
  const loc = useStore(location$);
  const url = new URL(loc, window.location.origin);
  return { path: url.pathname, query: url.searchParams };
}

/** Matches a pattern like /datanets/:id; returns the parameters or undefined. */
export function match(pattern: string, path: string): Record<string, string> | undefined {
  const p = pattern.split('/').filter(Boolean);
  const s = path.split('/').filter(Boolean);
  if (p.length !== s.length) return undefined;
  const out: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    if (p[i].startsWith(':')) out[p[i].slice(1)] = decodeURIComponent(s[i]);
    else if (p[i] !== s[i]) return undefined;
  }
  return out;
}
