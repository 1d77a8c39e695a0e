import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { SLIDE3_CODE } from './deck-content.ts';
import { appReady, expect, test } from './fixtures.ts';

const CLUSTER = 'prod-eu-west-2';
const INSTANCE = '987654';
// Looks like nothing else on the page, so any trace of it anywhere is this test's token.
const TOKEN = 'glc_ZxQv7TokenUnderTest93kLmN';
const STORE_KEY = 'deck-values:v1:intro-to-fleet-management-health-monitoring';
const NAMES = ['CLUSTER', 'INSTANCE_ID', 'YOUR_ACCESS_TOKEN'];

const slide3Filled = SLIDE3_CODE.replace('<CLUSTER>', CLUSTER).replace('<INSTANCE_ID>', INSTANCE).replace('<YOUR_ACCESS_TOKEN>', TOKEN);

async function openForm(page: Page) {
  await page.goto('./#/slides/3');
  await appReady(page);
  const fig = page.locator('article.slide figure.code-block');
  await fig.getByRole('button', { name: 'Use your values' }).click();
  const dialog = page.getByRole('dialog', { name: 'Use your values' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Every place a page can keep or send text, as one string per place. */
async function everyTrace(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const out: Record<string, string> = {};
    out.localStorage = JSON.stringify(Object.fromEntries(Object.entries(localStorage)));
    out.sessionStorage = JSON.stringify(Object.fromEntries(Object.entries(sessionStorage)));
    out.url = location.href;
    out.historyState = JSON.stringify(history.state);
    out.cookies = document.cookie;
    const dbs = await indexedDB.databases();
    const idb: string[] = [];
    for (const info of dbs) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const r = indexedDB.open(info.name!);
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      for (const store of db.objectStoreNames) {
        const all = await new Promise<unknown[]>((ok, fail) => {
          const r = db.transaction(store).objectStore(store).getAll();
          r.onsuccess = () => ok(r.result);
          r.onerror = () => fail(r.error);
        });
        idb.push(`${info.name}/${store}: ${JSON.stringify(all)}`);
      }
      db.close();
    }
    out.indexedDB = idb.join('\n');
    const caches: string[] = [];
    for (const name of await self.caches.keys()) {
      const cache = await self.caches.open(name);
      for (const req of await cache.keys()) {
        const res = await cache.match(req);
        caches.push(`${name} ${req.url} ${res ? await res.text() : ''}`);
      }
    }
    out.cacheStorage = caches.join('\n');
    return out;
  });
}

test('values filled on slide 3 show in every block, Copy copies them, a reload keeps all but the token, which leaves no trace', async ({ page, context }) => {
  test.slow();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const consoleText: string[] = [];
  const sent: string[] = [];
  page.on('console', (m) => consoleText.push(m.text()));
  context.on('request', (r) => sent.push(`${r.method()} ${r.url()} ${JSON.stringify(r.headers())} ${r.postData() ?? ''}`));

  const dialog = await openForm(page);
  await expect(dialog.getByLabel('Cluster')).toBeFocused();
  await dialog.getByLabel('Cluster').fill(CLUSTER);
  await dialog.getByLabel('Instance ID').fill(INSTANCE);
  const token = dialog.getByLabel('Access token');
  await expect(token).toHaveAttribute('type', 'password');
  await token.fill(TOKEN);
  await dialog.getByRole('button', { name: 'Show Access token' }).click();
  await expect(token).toHaveAttribute('type', 'text');
  await expect(dialog.getByRole('button', { name: 'Hide Access token' })).toHaveAttribute('aria-pressed', 'true');
  await dialog.getByRole('button', { name: 'Hide Access token' }).click();
  await expect(token).toHaveAttribute('type', 'password');
  await dialog.getByRole('button', { name: 'Use these values' }).click();
  await expect(dialog).toBeHidden();

  const fig = page.locator('article.slide figure.code-block');
  await expect(fig.locator('pre code')).toHaveText(slide3Filled);
  await expect(fig.getByText('Your values', { exact: true })).toBeVisible();
  await expect(fig.locator('span[data-yours]')).toHaveCount(3);
  await expect(fig.getByRole('button', { name: 'Edit your values' })).toBeFocused();

  await fig.getByRole('button', { name: 'Copy Alloy code' }).click();
  await expect(page.locator('article.slide [role="status"]')).toHaveText('Copied to the clipboard');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(slide3Filled);
  expect(copied).toBe(await fig.locator('pre code').innerText());

  // Every block of every slide that names these placeholders shows the values instead.
  let blocksWithValues = 0;
  for (let n = 1; n <= 8; n++) {
    await page.goto(`./#/slides/${n}`);
    await appReady(page);
    await expect(page.locator('article.slide .slide-content')).toBeVisible();
    const figs = page.locator('article.slide figure.code-block');
    for (const f of await figs.all()) {
      const names = ((await f.getAttribute('data-placeholders')) ?? '').split(' ').filter((x) => NAMES.includes(x));
      if (names.length === 0) continue;
      await expect(f, `slide ${n}`).toHaveAttribute('data-yours', '');
      const code = await f.locator('pre code').innerText();
      for (const name of names) expect(code, `slide ${n}`).not.toContain(`<${name}>`);
      if (names.includes('CLUSTER')) expect(code).toContain(`fleet-management-${CLUSTER}.grafana.net`);
      if (names.includes('INSTANCE_ID')) expect(code).toContain(`username = "${INSTANCE}"`);
      blocksWithValues++;
    }
  }
  expect(blocksWithValues).toBeGreaterThanOrEqual(2);

  // The speaker view, the audience window and the handout show the placeholders, never the values.
  for (const hash of ['/presenter/3', '/audience/3', '/print']) {
    await page.goto(`./#${hash}`);
    const code = page.locator('figure.code-block pre code').filter({ hasText: 'username' }).first();
    await expect(code).toContainText('<CLUSTER>');
    await expect(code).toContainText('<INSTANCE_ID>');
    await expect(code).toContainText('<YOUR_ACCESS_TOKEN>');
    await expect(page.locator('body')).not.toContainText(CLUSTER);
    await expect(page.locator('[data-your-values], [data-yours]')).toHaveCount(0);
  }

  await page.goto('./#/slides/3');
  await page.reload();
  await appReady(page);
  const after = page.locator('article.slide figure.code-block pre code');
  await expect(after).toContainText(`fleet-management-${CLUSTER}.grafana.net`);
  await expect(after).toContainText(`username = "${INSTANCE}"`);
  await expect(after).toContainText('password = "<YOUR_ACCESS_TOKEN>"');
  expect(await page.evaluate((k) => localStorage.getItem(k), STORE_KEY)).toBe(JSON.stringify({ CLUSTER, INSTANCE_ID: INSTANCE }));

  const traces = await everyTrace(page);
  const encoded = [TOKEN, Buffer.from(TOKEN).toString('base64'), encodeURIComponent(TOKEN), TOKEN.slice(4, 20)];
  for (const [where, text] of Object.entries({ ...traces, console: consoleText.join('\n'), requests: sent.join('\n') })) {
    for (const t of encoded) expect(text, `${where} holds a trace of the token`).not.toContain(t);
  }
  expect(traces.localStorage).toContain(CLUSTER);

  // "Clear my values" puts the placeholders back and forgets the stored values.
  const again = page.locator('article.slide figure.code-block');
  await again.getByRole('button', { name: 'Edit your values' }).click();
  await page.getByRole('dialog', { name: 'Use your values' }).getByRole('button', { name: 'Clear my values' }).click();
  await expect(again.locator('pre code')).toHaveText(SLIDE3_CODE);
  await expect(again.getByRole('button', { name: 'Use your values' })).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), STORE_KEY)).toBeNull();
});

test('a value that does not match its pattern is refused with its message, and nothing changes', async ({ page }) => {
  const dialog = await openForm(page);
  const cluster = dialog.getByLabel('Cluster');
  await cluster.fill('Prod EU');
  await expect(cluster).toHaveAttribute('aria-invalid', 'true');
  const message = dialog.getByText(/Use only lower-case letters, digits, dashes and dots/);
  await expect(message).toBeVisible();
  await expect(cluster).toHaveAccessibleDescription(/Use only lower-case letters, digits, dashes and dots/);
  await dialog.getByRole('button', { name: 'Use these values' }).click();
  await expect(dialog).toBeVisible();
  await expect(cluster).toBeFocused();
  await expect(dialog.getByRole('status')).toHaveText(/not accepted/);
  await cluster.fill('prod-eu-west-2');
  await expect(cluster).toHaveAttribute('aria-invalid', 'false');
  await expect(message).toBeHidden();
  // The deck's keys do nothing behind the form.
  await dialog.getByRole('button', { name: 'Cancel' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('n');
  await expect(page).toHaveURL(/#\/slides\/3$/);
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator('article.slide figure.code-block pre code')).toHaveText(SLIDE3_CODE);
  await expect(page.getByRole('button', { name: 'Use your values' })).toBeFocused();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the form and on filled code (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const dialog = await openForm(page);
    await dialog.getByLabel('Cluster').fill('Not Valid');
    await dialog.getByLabel('Instance ID').fill(INSTANCE);
    const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
    const onForm = await new AxeBuilder({ page }).include('.values-dialog').withTags(TAGS).analyze();
    expect(onForm.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    await dialog.getByLabel('Cluster').fill(CLUSTER);
    await dialog.getByRole('button', { name: 'Use these values' }).click();
    await expect(page.locator('article.slide span[data-yours]')).toHaveCount(2);
    const onCode = await new AxeBuilder({ page }).include('article.slide').withTags(TAGS).analyze();
    expect(onCode.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
}

test('the slide 7 exercise starts from the values filled in, never the token, and the checker accepts them', async ({ page }) => {
  const dialog = await openForm(page);
  await dialog.getByLabel('Cluster').fill(CLUSTER);
  await dialog.getByLabel('Instance ID').fill(INSTANCE);
  await dialog.getByLabel('Access token').fill(TOKEN);
  await dialog.getByRole('button', { name: 'Use these values' }).click();
  await expect(dialog).toBeHidden();
  // Client-side navigation keeps the page (and the in-memory token) alive.
  for (let i = 0; i < 20 && !/#\/slides\/7(\/\d+)?$/.test(page.url()); i++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(50);
  }
  await expect(page).toHaveURL(/#\/slides\/7(\/\d+)?$/);
  const editor = page.getByLabel('Your remotecfg block');
  await expect(editor).toHaveValue(`// Your Fleet Management URL: https://fleet-management-${CLUSTER}.grafana.net/\n// Your instance ID: ${INSTANCE}\n`);
  expect(await editor.inputValue()).not.toContain(TOKEN);
  await editor.fill(
    `${await editor.inputValue()}remotecfg {\n  url = "https://fleet-management-${CLUSTER}.grafana.net/"\n  basic_auth {\n    username = "${INSTANCE}"\n    password = sys.env("GCLOUD_RW_API_KEY")\n  }\n}\n`,
  );
  const exercise = page.locator('section.exercise');
  await exercise.getByRole('button', { name: 'Check' }).click();
  await expect(exercise.getByRole('status')).toHaveText(/^Well done/);
});
