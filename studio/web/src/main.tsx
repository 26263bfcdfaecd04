// Entry point: load the configuration, start wallet discovery and the block
// watcher, render the app.
import { render } from 'preact';
import { App } from './app';
import { loadConfig } from './lib/config';
import { watchHead } from './lib/chain';
import { installLinkHandler } from './lib/router';
import { startDiscovery } from './lib/wallet';
import './styles.css';

async function boot() {
  const root = document.getElementById('app')!;
  try {
    await loadConfig();
  } catch (e) {
    root.innerHTML = '';
    const p = document.createElement('p');
    p.className = 'error';
    p.textContent = (e as Error).message;
    root.append(p);
    return;
  }
  installLinkHandler();
  startDiscovery();
  watchHead();
  root.innerHTML = '';
  render(<App />, root);
  performance.mark('studio-rendered');
}

void boot();
