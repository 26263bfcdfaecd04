// The browser scenarios of Studio's end-to-end test (studio/e2e). The Go test
// starts the chain, the IPFS node, loraserve and the Studio server, then runs
//   STUDIO_E2E='{"phase": "curate" | "chat" | "factory" | "withdraw", "studio": URL, …}' node e2e/lifecycle.mjs
// This script drives headless Chromium (Debian's, through playwright-core) as
// a person would, with the test wallet (e2e/wallet.ts) injected, saves a
// screenshot of each page, and prints what the Go test checks on chain as JSON.
// Waits are for conditions on the page (Playwright polls them), never sleeps.
import { chromium } from 'playwright-core';
import path from 'node:path';

const env = JSON.parse(process.env.STUDIO_E2E);
const log = (...a) => console.error(...a);

const context = await chromium.launchPersistentContext(env.userDataDir, {
  executablePath: env.chromium,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1280, height: 900 },
});
await context.addInitScript({ content: `window.__testWalletConfig = ${JSON.stringify(env.wallet)};` });
await context.addInitScript({ path: env.walletScript });
const page = context.pages()[0] ?? (await context.newPage());
page.setDefaultTimeout(60_000);
const pageErrors = [];
page.on('pageerror', (e) => pageErrors.push(e.message));
page.on('console', (m) => m.type() === 'error' && log(`[console] ${m.text()}`));

async function shot(name) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(env.shots, `${name}.png`), fullPage: true });
  log(`screenshot ${name}.png`);
}

function short(a) {
  return `${a.slice(0, 6)}…${a.slice(-4)}`;
}

async function walletLog() {
  return page.evaluate(() => window.__walletLog);
}

async function switchAccount(i) {
  const addr = await page.evaluate((i) => {
    window.__testWallet.switchAccount(i);
    return window.__testWallet.accounts[i];
  }, i);
  await page.locator('header.top .chip', { hasText: short(addr) }).waitFor();
  return addr;
}

async function connect() {
  await page.getByRole('button', { name: 'Connect wallet' }).click();
  await page.locator('.popover').getByRole('button', { name: env.wallet.name }).click();
  const me = await page.evaluate(() => window.__testWallet.accounts[0]);
  await page.locator('header.top .chip', { hasText: short(me) }).waitFor();
  return me;
}

/** Waits for a transaction's progress line to say done; fails on its error sentence. */
async function txDone(scope) {
  const done = scope.locator('p.ok[role=status]', { hasText: 'done in block' }).last();
  const failed = scope.locator('p.error').last();
  await Promise.race([done.waitFor(), failed.waitFor().then(async () => { throw new Error('transaction failed on the page: ' + (await failed.textContent())); })]);
}

async function curate() {
  const d = env.data;
  const t0 = Date.now();
  await page.goto(env.studio + '/');
  await page.getByRole('heading', { name: 'OpenLedger Studio' }).waitFor();
  await page.locator('[data-testid=head]').filter({ hasText: /^\d+$/ }).waitFor();
  const timing = await page.evaluate(() => ({
    rendered: performance.getEntriesByName('studio-rendered')[0]?.startTime ?? -1,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1,
    domContentLoaded: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? -1,
  }));
  const transferred = await page.evaluate(() => {
    const out = { script: 0, css: 0, total: 0 };
    const nav = performance.getEntriesByType('navigation')[0];
    out.total += nav.encodedBodySize;
    for (const r of performance.getEntriesByType('resource')) {
      if (r.name.includes('/rpc')) continue;
      if (r.initiatorType === 'script' || r.name.endsWith('.js')) out.script += r.encodedBodySize;
      if (r.name.endsWith('.css')) out.css += r.encodedBodySize;
      out.total += r.encodedBodySize;
    }
    return out;
  });
  log(`home rendered in ${Date.now() - t0} ms wall; ${JSON.stringify(timing)}; bytes ${JSON.stringify(transferred)}`);
  await shot('01-home-disconnected');

  const owner = await connect();
  await page.locator('[data-testid=balance]', { hasText: 'OPEN' }).waitFor();
  const wl = await walletLog();
  const add = wl.find((c) => c.method === 'wallet_addEthereumChain');
  if (!add) throw new Error('the page never asked the wallet to add the chain');
  await shot('02-home-connected');

  // Create a Datanet.
  await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: 'Datanets', exact: true }).click();
  await page.getByRole('link', { name: 'Create a Datanet' }).click();
  await page.locator('input[name=name]').fill('medical-qa');
  await page.locator('textarea[name=description]').fill('Questions and answers about everyday medical care, written by clinicians. One answer per contribution.');
  await page.locator('input[name=tags]').fill('medical, question-answering');
  await shot('03-datanet-create');
  await page.getByRole('button', { name: 'Create Datanet' }).click();
  await page.waitForURL(/\/datanets\/\d+$/);
  const datanetId = Number(page.url().split('/').pop());
  await page.getByRole('heading', { name: 'medical-qa' }).waitFor();

  // Contribute as someone else: a text, a file, and the same text again (refused, in a sentence).
  await switchAccount(1);
  const contribute = page.locator('section', { has: page.getByRole('heading', { name: 'Contribute' }) });
  await contribute.locator('textarea[name=contribution]').fill(d.text);
  await contribute.getByRole('button', { name: 'Contribute', exact: true }).click();
  await contribute.locator('li', { hasText: 'contribution #1' }).waitFor();
  await contribute.getByRole('tab', { name: 'Files' }).click();
  await contribute.locator('input[name=files]').setInputFiles({ name: 'second-opinion.txt', mimeType: 'text/plain', buffer: Buffer.from(d.file) });
  await contribute.getByRole('button', { name: 'Contribute', exact: true }).click();
  await contribute.locator('li', { hasText: 'second-opinion.txt → contribution #2' }).waitFor();
  await contribute.getByRole('tab', { name: 'Text' }).click();
  await contribute.locator('textarea[name=contribution]').fill(d.text);
  await contribute.getByRole('button', { name: 'Contribute', exact: true }).click();
  const dup = await contribute.locator('p.error', { hasText: 'already holds this exact content' }).textContent();
  log(`duplicate refused: ${dup}`);
  if ((await contribute.locator('textarea[name=contribution]').inputValue()) !== d.text) throw new Error('the refused contribution text was cleared');
  await page.locator('[data-testid=contribution-1]').getByRole('button', { name: 'view' }).click();
  await page.locator('[data-testid=contribution-1] .preview', { hasText: 'Content matches the hash on chain' }).waitFor();
  await shot('04-datanet-contributed');

  // Curate as the owner: accept #1, reject #2, publish version 1.
  await switchAccount(0);
  const c1 = page.locator('[data-testid=contribution-1]');
  await c1.getByRole('button', { name: 'Accept' }).click();
  await c1.locator('.badge', { hasText: 'Accepted' }).waitFor();
  const c2 = page.locator('[data-testid=contribution-2]');
  await c2.getByRole('textbox').fill('off-topic');
  await c2.getByRole('button', { name: 'Reject' }).click();
  await c2.locator('.badge', { hasText: 'Rejected' }).waitFor();
  await page.getByRole('button', { name: 'Publish version 1' }).click();
  await page.locator('[data-testid=version-1]').waitFor();
  await shot('05-datanet-published');

  // Register the base model and the adapter trained on version 1.
  await page.goto(env.studio + '/models/new?kind=base');
  await page.locator('input[name=name]').fill('tiny-llama');
  await page.locator('input[name=license]').fill('Apache-2.0');
  await page.locator('input[name=weightsHash]').fill(d.baseHash);
  await page.locator('input[name=uri]').fill(d.baseURI);
  await page.getByRole('button', { name: 'Register' }).click();
  await page.waitForURL(/\/models\/\d+$/);
  const baseId = Number(page.url().split('/').pop());
  await page.goto(env.studio + '/models/new?kind=adapter');
  await page.locator('select[name=base]').selectOption(String(baseId));
  await page.locator('input[name=name]').fill('medical-lora');
  await page.locator('input[name=rank]').fill('8');
  await page.locator('input[name=rateIn]').fill('0.002');
  await page.locator('input[name=rateOut]').fill('0.006');
  await page.getByLabel('Datanet id 1').fill(String(datanetId));
  await page.getByLabel('Datanet version 1').fill('1');
  await page.locator('input[name=weightsHash]').fill(d.adapterHash);
  await page.locator('input[name=uri]').fill('ipfs://bafybeiadapterweights');
  await shot('06-adapter-register');
  await page.getByRole('button', { name: 'Register' }).click();
  await page.waitForURL(/\/models\/\d+$/);
  const adapterId = Number(page.url().split('/').pop());
  await page.locator('[data-testid=provenance]').waitFor();
  await page.locator('[data-testid=provenance] text', { hasText: 'contribution #1' }).waitFor();
  await shot('07-model-provenance');

  await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: 'Models', exact: true }).click();
  await page.getByRole('heading', { name: 'medical-lora' }).waitFor();
  await shot('08-models');
  await page.goto(env.studio + '/datanets?q=medical');
  await page.getByRole('heading', { name: 'medical-qa' }).waitFor();
  await shot('09-datanets-search');

  // Phone width.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(env.studio + `/datanets/${datanetId}`);
  await page.locator('[data-testid=version-1]').waitFor();
  await shot('10-phone-datanet');
  await page.goto(env.studio + `/models/${adapterId}`);
  await page.locator('[data-testid=provenance]').waitFor();
  await shot('11-phone-model');

  return {
    datanetId, baseId, adapterId, owner,
    walletMethods: [...new Set((await walletLog()).map((c) => c.method))],
    addChain: add.params[0], timing, transferred,
  };
}

/**
 * Chats paid with the adapter d.adapterId as the payer (depositing first, and
 * requesting a withdrawal after, unless d.again: a second chat with the
 * adapter ModelFactory trained), waits for the receipt to settle, then claims
 * as the contributor.
 */
async function chat() {
  const d = env.data;
  const shotName = (first, again) => (d.again ? again : first);
  await page.goto(env.studio + `/chat?model=${d.adapterId}`);
  await connect();
  await page.locator('select[name=adapter] option:checked', { hasText: `model #${d.adapterId}, paid` }).waitFor({ state: 'attached' });
  const pay = page.locator('section.pay');
  if (d.again) {
    await pay.locator('[data-testid=escrow]', { hasText: /OPEN$/ }).filter({ hasNotText: /^0 OPEN$/ }).waitFor();
  } else {
    await pay.locator('[data-testid=escrow]', { hasText: '0 OPEN' }).waitFor();
    await pay.locator('input[name=deposit]').fill('1');
    await pay.getByRole('button', { name: 'Deposit' }).click();
    await txDone(pay);
    await pay.locator('[data-testid=escrow]', { hasText: /^1 OPEN$/ }).waitFor();
  }

  await page.locator('input[name=max_tokens]').fill(String(d.maxTokens));
  await page.locator('input[name=temperature]').fill('0');
  await page.locator('textarea[name=message]').fill(d.prompt);
  await page.getByRole('button', { name: 'Send' }).click();
  const turn = page.locator('[data-testid=turn-1]');
  await turn.locator('[data-testid=receipt]').waitFor();
  const spans = await turn.locator('[data-testid=span]').count();
  await shot(shotName('12-chat-queued', '20-chat-trained-queued'));
  await turn.locator('[data-testid=settlement-status]', { hasText: 'Settled in block' }).waitFor({ timeout: 90_000 });
  const status = await turn.locator('[data-testid=settlement-status]').textContent();
  const settled = Number(status.match(/block (\d+)/)[1]);
  const answer = await turn.locator('.text').textContent();
  const receiptId = await turn.locator('[data-testid=receipt] code.hash').first().getAttribute('title');
  const signed = (await walletLog()).some((c) => c.method === 'eth_signTypedData_v4');
  if (!signed) throw new Error('the paid chat never asked the wallet for eth_signTypedData_v4');
  await shot(shotName('13-chat-settled', '21-chat-trained-settled'));
  if (!d.again) await requestWithdrawal(pay);

  // The contributor sees the earnings and claims them.
  await switchAccount(1);
  await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: 'Earnings', exact: true }).click();
  await page.locator('[data-testid=earned-contributor]').filter({ hasNotText: /^0 OPEN$/ }).waitFor();
  await page.locator('[data-testid=claimable]').filter({ hasNotText: /^0 OPEN$/ }).waitFor();
  await shot(shotName('15-earnings', '22-earnings-trained'));
  await page.getByRole('button', { name: 'Claim' }).click();
  await page.locator('[data-testid=claimed]').waitFor();
  await page.locator('[data-testid=claimable]', { hasText: /^0 OPEN$/ }).waitFor();
  await shot(shotName('16-earnings-claimed', '23-earnings-trained-claimed'));
  return { receiptId, answer, spans, settled };
}

async function requestWithdrawal(pay) {
  // Withdraw part of the escrow: more than it holds is refused with a sentence and the typed amount stays; half is requested.
  await pay.locator('input[name=withdraw]').fill('5');
  await pay.getByRole('button', { name: 'Request withdrawal' }).click();
  await pay.locator('p.error', { hasText: 'you cannot withdraw 5 OPEN' }).waitFor();
  if ((await pay.locator('input[name=withdraw]').inputValue()) !== '5') throw new Error('the refused withdrawal amount was cleared');
  await pay.locator('input[name=withdraw]').fill('0.5');
  await pay.getByRole('button', { name: 'Request withdrawal' }).click();
  await pay.locator('[data-testid=pending-withdrawal]', { hasText: 'unlocks at' }).waitFor();
  await shot('13b-chat-withdrawal');
  await page.setViewportSize({ width: 390, height: 844 });
  await shot('14-phone-chat');
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** After the chain's clock passed the delay: the payer's Withdraw click releases the requested escrow. */
async function withdraw() {
  const d = env.data;
  await page.goto(env.studio + `/chat?model=${d.adapterId}`);
  await connect();
  const pay = page.locator('section.pay');
  const unlocked = pay.locator('[data-testid=pending-withdrawal]', { hasText: 'can be withdrawn now' });
  await unlocked.waitFor();
  await shot('24-chat-withdrawal-unlocked');
  await unlocked.getByRole('button', { name: 'Withdraw' }).click();
  await txDone(pay);
  await pay.locator('p.ok[role=status]', { hasText: 'Withdraw 0.5 OPEN: done in block' }).waitFor();
  await pay.locator('[data-testid=pending-withdrawal]').waitFor({ state: 'detached' });
  const escrow = await pay.locator('[data-testid=escrow]').textContent();
  await shot('25-chat-withdrawn');
  return { escrow };
}

/** Trains an adapter with ModelFactory as the model builder and publishes it from the job page. */
async function train() {
  const d = env.data;
  await page.goto(env.studio + '/factory');
  await connect();
  const form = page.locator('form', { has: page.getByRole('heading', { name: 'New training job' }) });
  await form.locator('select[name=base]').selectOption(String(d.baseId));
  await form.getByLabel(`${d.datanetName} v${d.version}`).check();
  // A tiny run: one epoch of rank 2, short sequences, no warm-up.
  for (const [k, v] of Object.entries({ rank: '2', alpha: '4', epochs: '1', batchSize: '1', maxSeqLen: '64', warmupSteps: '0', learningRate: '0.001' })) {
    await form.locator(`input[name=${k}]`).fill(v);
  }
  await shot('17-factory-new-job');
  await form.getByRole('button', { name: 'Launch training' }).click();
  await page.waitForURL(/\/factory\/jobs\/[^/]+$/);
  const jobId = decodeURIComponent(page.url().split('/').pop());
  // Wait for the job to end; a failed or cancelled job fails the phase with the page's sentence.
  const badge = page.locator('header.page-head .badge', { hasText: /^(succeeded|failed|cancelled)$/ });
  await badge.waitFor({ timeout: 90_000 });
  const state = await badge.textContent();
  if (state !== 'succeeded') throw new Error(`the job ${state}: ${await page.locator('p.error, .error').first().textContent().catch(() => '')}`);
  await page.getByRole('heading', { name: 'Publish the adapter' }).waitFor();
  await page.locator('.uplot canvas').first().waitFor();
  const points = await page.evaluate(async (id) => (await (await fetch(`/api/modelfactory/v1/jobs/${id}/loss`)).json()).points.length, jobId);
  await shot('18-factory-job-succeeded');
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.waitForURL(/\/models\/\d+$/);
  const adapterId = Number(page.url().split('/').pop());
  await page.locator('[data-testid=provenance]').waitFor();
  await shot('19-factory-adapter-published');
  return { jobId, adapterId, points };
}

let result;
try {
  const phases = { curate, chat, factory: train, withdraw };
  if (!phases[env.phase]) throw new Error(`unknown phase ${env.phase}`);
  result = await phases[env.phase]();
} catch (e) {
  await shot(`failed-${env.phase}`).catch(() => {});
  log(`FAILED: ${e.stack ?? e}`);
  if (pageErrors.length) log(`page errors: ${pageErrors.join(' | ')}`);
  await context.close();
  process.exit(1);
}
if (pageErrors.length) {
  log(`page errors: ${pageErrors.join(' | ')}`);
  await context.close();
  process.exit(1);
}
await context.close();
process.stdout.write(JSON.stringify(result) + '\n');
