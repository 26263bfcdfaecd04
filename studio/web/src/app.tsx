// The Studio shell: header with navigation and wallet, and the page for the
// current path.
import { config } from './lib/config';
import { match, useLocation } from './lib/router';
import { WalletButton } from './components/wallet';
import { Home } from './pages/home';
import { Datanets, NewDatanet } from './pages/datanets';
import { DatanetPage } from './pages/datanet';
import { Models, NewModel } from './pages/models';
import { ModelPage } from './pages/model';
import { Chat } from './pages/chat';
import { Earnings } from './pages/earnings';
import { Factory, JobPage } from './pages/factory';

const NAV = [
  ['/datanets', 'Datanets'],
  ['/factory', 'ModelFactory'],
  ['/models', 'Models'],
  ['/chat', 'OpenChat'],
  ['/earnings', 'Earnings'],
] as const;

function route(path: string) {
  let p: Record<string, string> | undefined;
  if (path === '/') return <Home />;
  if (path === '/datanets') return <Datanets />;
  if (path === '/datanets/new') return <NewDatanet />;
  if ((p = match('/datanets/:id', path)) && /^\d+$/.test(p.id)) return <DatanetPage id={BigInt(p.id)} key={p.id} />;
  if (path === '/models') return <Models />;
  if (path === '/models/new') return <NewModel />;
  if ((p = match('/models/:id', path)) && /^\d+$/.test(p.id)) return <ModelPage id={BigInt(p.id)} key={p.id} />;
  if (path === '/chat') return <Chat />;
  if (path === '/earnings') return <Earnings />;
  if (path === '/factory') return <Factory />;
  if ((p = match('/factory/jobs/:id', path))) return <JobPage id={p.id} key={p.id} />;
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is no page at {path}. <a href="/">Go to the start page</a>.
      </p>
    </>
  );
}

export function App() {
  const { path } = useLocation();
  return (
    <>
      <header class="top">
        <a class="brand" href="/">
          <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true">
            <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2.5" />
            <path d="M7 12h10M12 7v10" stroke="currentColor" stroke-width="2.5" />
          </svg>
          <span>OpenLedger Studio</span>
        </a>
        <nav aria-label="main">
          {NAV.map(([href, label]) => (
            <a key={href} href={href} aria-current={path === href || path.startsWith(href + '/') ? 'page' : undefined}>
              {label}
            </a>
          ))}
        </nav>
        <WalletButton />
      </header>
      <main>{route(path)}</main>
      <footer>
        {config().chain.name} · chain {config().chain.id} · Studio {config().version}
      </footer>
    </>
  );
}
