/**
 * The web UI in a real browser: Debian's Chromium driven by playwright-core, against the built UI
 * (dist/web) on a real server on 127.0.0.1. Screenshots of each view go to test-output/screenshots/.
 *
 * Chromium is required (CI installs it); set WARTA_SKIP_BROWSER_TESTS=1 to skip these tests locally.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/pipeline.js';
import { buildServer, type App } from '../../src/server/app.js';
import { SqliteStore } from '../../src/store/sqlite/store.js';
import { dataPath } from '../../src/util/paths.js';
import { fixtureStore, SCRIPT_TEXT, type FixtureStore } from './fixtures.js';

const CHROMIUM = process.env.WARTA_CHROMIUM ?? '/usr/bin/chromium';
const SKIP = process.env.WARTA_SKIP_BROWSER_TESTS === '1' && !process.env.CI;
const WEB = dataPath('dist', 'web');
const SHOTS = dataPath('test-output', 'screenshots');

let fx: FixtureStore;
let app: App;
let base: string;
let context: BrowserContext;
let profile: string;
const problems: string[] = [];

async function serve(store: FixtureStore['store'] | SqliteStore, examplesDir: string | null): Promise<{ app: App; base: string }> {
  const a = await buildServer({ store, webRoot: WEB, loadAnalyzer: () => createAnalyzer(), examplesDir });
  await a.listen({ port: 0, host: '127.0.0.1' });
  const addr = a.server.address();
  if (!addr || typeof addr === 'string') throw new Error('no port');
  return { app: a, base: `http://127.0.0.1:${addr.port}` };
}

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(`${base}${path}`);
  return page;
}

/** Waits for the analysis to show, or fails with the error the page shows instead. */
async function analyzed(page: Page): Promise<void> {
  await page.locator('.article-text, p.error').first().waitFor({ timeout: 40_000 });
  const error = await page.locator('p.error').count();
  if (error) throw new Error(`the page shows an error instead of the analysis: ${await page.locator('p.error').textContent()}`);
}

const shot = (page: Page, name: string): Promise<Buffer> => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

describe.skipIf(SKIP)('web UI in Chromium', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (or set WARTA_SKIP_BROWSER_TESTS=1 to skip the browser tests locally)`);
    }
    if (!existsSync(join(WEB, 'index.html'))) throw new Error(`the web UI is not built (${WEB}): run \`npm run build\` first`);
    mkdirSync(SHOTS, { recursive: true });
    fx = await fixtureStore();
    ({ app, base } = await serve(fx.store, null));
    profile = mkdtempSync(join(tmpdir(), 'warta-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      viewport: { width: 1280, height: 900 },
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await app?.close();
    await fx?.cleanup();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('searches, with filters and snippets', async () => {
    const page = await open('/#/search?q=Putin');
    await page.locator('.hit').first().waitFor();
    expect(await page.locator('.hit').count()).toBe(3);
    expect(await page.locator('.hit mark').first().textContent()).toBe('Putin');
    await shot(page, 'search');
    // a filter from the form: only the English documents (none)
    await page.selectOption('select[name=lang]', 'en');
    await page.click('form.searchform button[type=submit]');
    await page.getByText('Nothing found.').waitFor();
    expect(page.url()).toContain('lang=en');
    await page.close();
  });

  it('opens an article with entities, quotes and speaker, times and event triggers highlighted', async () => {
    const page = await open('/#/search?q=selamat');
    await page.getByRole('link', { name: 'Kim Jong Un ucapkan selamat kepada Putin' }).first().click();
    await page.locator('.article-text').waitFor();
    const text = page.locator('.article-text');
    expect(await text.locator('.ent').count()).toBeGreaterThanOrEqual(3);
    expect(await text.locator('a.ent[data-entity=e1]').first().getAttribute('href')).toBe('#/entity/kb%3Akim-jong-un');
    expect((await text.locator('.quote.direct').allTextContents()).join('')).toBe('Kami akan selalu bersama Rusia,');
    expect(await text.locator('.speaker').textContent()).toContain('Kim Jong Un');
    const time = text.locator('.time');
    expect(await time.getAttribute('title')).toBe('DATE: 2024-03-17');
    await time.hover();
    expect(await text.locator('.trigger').textContent()).toBe('mengucapkan selamat');
    const panel = page.locator('ol.events li').first();
    expect(await panel.locator('.words').textContent()).toMatch(/^Kim Jong Un → .+ → Vladimir Putin, 2024-03-17, asserted$/);
    expect(await panel.textContent()).toContain('one of 2 articles');
    await panel.click();
    expect(await text.locator('.trigger.picked').count()).toBe(1);
    expect(await page.locator('p.links').textContent()).toContain('syndication');
    await shot(page, 'article');
    await page.close();
  });

  it('opens an entity page: what it is, actor code, mentions per week, quotes, events', async () => {
    const page = await open('/#/doc/contoh-kim-putin-1');
    await page.locator('.article-text a.ent[data-entity=e1]').first().click();
    await page.locator('h1', { hasText: 'Kim Jong Un' }).waitFor();
    const facts = await page.getByTestId('entity-facts').textContent();
    expect(facts).toContain('person');
    expect(facts).toContain('actor code PRKGOV');
    await page.locator('.chart[data-ready=true]').waitFor();
    expect(await page.locator('ul.quotes blockquote').first().textContent()).toContain('Kami akan selalu bersama Rusia');
    expect(await page.locator('ul.events-list li').count()).toBe(3);
    await shot(page, 'entity');
    await page.close();
  });

  it('draws the relationship chart of two actors and the graph around one', async () => {
    const page = await open('/#/relations');
    await page.getByRole('button', { name: 'North Korea – Russia' }).click();
    await page.locator('.chart[data-ready=true] canvas').first().waitFor();
    expect(page.url()).toContain('a=PRK');
    await page.locator('.graph[data-ready=true] canvas').first().waitFor();
    expect(await page.locator('ul.events-list li').count()).toBe(4);
    await page.getByLabel(/real-world events/).check();
    await page.locator('.chart[data-ready=true] canvas').first().waitFor();
    await page.waitForTimeout(300);
    await shot(page, 'relations');
    await page.close();
  });

  it('analyzes a pasted article without storing it', async () => {
    const page = await open('/#/analyze');
    await page.fill('textarea[name=text]', 'Jakarta (ANTARA) - Presiden Indonesia bertemu Perdana Menteri Australia di Jakarta pada Senin (4/3). "Kita sahabat," kata Presiden.');
    await page.fill('input[name=published]', '2024-03-05');
    await page.getByRole('button', { name: 'Analyze' }).click();
    await analyzed(page);
    expect(await page.locator('.article-text').textContent()).toContain('Kita sahabat');
    expect(await page.locator('dl.facts').textContent()).toContain('2024-03-05');
    await shot(page, 'analyze');
    const status = (await (await fetch(`${base}/api/status`)).json()) as { documents: number };
    expect(status.documents).toBe(6);
    await page.close();
  });

  it('keeps markup in an article as text: a <script> never runs', async () => {
    const page = await open('/#/doc/contoh-ri-australia-2');
    await page.locator('.article-text').waitFor();
    const shown = await page.locator('.article-text').textContent();
    expect(shown).toContain('<script>window.__pwned = true</script>');
    expect(shown).toContain('<img src=x onerror="window.__pwned = true">');
    expect(await page.locator('.article-text script, .article-text img, .article-text b').count()).toBe(0);
    expect(await page.locator('.speaker').textContent()).toContain('Retno Marsudi');
    await shot(page, 'script-in-article');
    // the same text pasted into the analyzer
    await page.goto(`${base}/#/analyze`);
    await page.fill('textarea[name=text]', SCRIPT_TEXT);
    await page.getByRole('button', { name: 'Analyze' }).click();
    await analyzed(page);
    expect(await page.locator('.article-text').textContent()).toContain('<script>window.__pwned = true</script>');
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (globalThis as { __pwned?: boolean }).__pwned)).toBeUndefined();
    await page.close();
    expect(problems).toEqual([]);
  });

  it('offers the bundled examples in an empty store, and loads them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'warta-empty-'));
    const store = SqliteStore.open(join(dir, 'e.db'), { readonly: false });
    const empty = await serve(store, dataPath('examples'));
    const savedBase = base;
    base = empty.base;
    try {
      const page = await open('/');
      await page.getByTestId('empty-store').waitFor();
      await shot(page, 'empty-store');
      await page.getByRole('button', { name: 'Load the bundled examples' }).click();
      await page.locator('.hit, p.error').first().waitFor({ timeout: 90_000 });
      if (await page.locator('p.error').count()) throw new Error(`loading the examples failed: ${await page.locator('p.error').textContent()}`);
      expect(await page.locator('.hit').count()).toBeGreaterThanOrEqual(10);
      expect(await page.getByTestId('empty-store').count()).toBe(0);
      await shot(page, 'examples-loaded');
      await page.close();
    } finally {
      base = savedBase;
      await empty.app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
