import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteFiles } from '../../generators/site/index.js';
import { writeOutputs } from '../../io/write.js';
import { loadWorkspace } from '../../workspace.js';
import { ROOT } from '../helpers.js';
import { IMG, LONG_TITLE, SCRIPT, seedWorkspace } from './fixtures.js';

/**
 * The built site in a real browser: Debian's Chromium (the `chromium` package, which .ci/run
 * installs) driven by playwright-core, loading the pages over HTTP from a static server on
 * 127.0.0.1 started here. Screenshots go to test-artifacts/.
 */
const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(ROOT, 'test-artifacts');
const RELEASE = 'boards/boards-release-kanban.html';
const HOSTILE = 'boards/boards-hostile.html';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

let server: Server;
let origin: string;
let context: BrowserContext;
let profile: string;
/** Requests the browser tried to make anywhere but the local server. */
const outside: string[] = [];
/** Console errors (a CSP violation is one) and uncaught page errors, per page. */
const problems: string[] = [];
/** Dialogs opened by the page: an executed payload would open one. */
const dialogs: string[] = [];

/** Serves `dir` read-only; paths that leave it, and anything that is not a file, are 404. */
function serve(dir: string): Promise<Server> {
  const s = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const full = resolve(dir, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (!full.startsWith(`${dir}${sep}`) || !existsSync(full) || !statSync(full).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(full)] ?? 'application/octet-stream' });
    res.end(readFileSync(full));
  });
  return new Promise((done) => s.listen(0, '127.0.0.1', () => done(s)));
}

async function open(path: string, width = 1280): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`${path}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${path}: ${e.message}`));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`${origin}/${path}`, { waitUntil: 'load' });
  return page;
}

/** Each column's title, its count badge and the number of cards shown in it. */
function columns(page: Page): Promise<Array<[string, string, number]>> {
  return page.$$eval('[data-column]', (list) =>
    list.map((c) => [
      c.querySelector('.column-title')?.textContent ?? '',
      c.querySelector('[data-count]')?.textContent ?? '',
      c.querySelectorAll('[data-card]:not([hidden])').length,
    ]),
  );
}

function visibleIds(page: Page): Promise<string[]> {
  return page.$$eval('[data-card]:not([hidden]) .card-id', (list) =>
    list.map((e) => e.textContent ?? ''),
  );
}

/*
 * Code that runs in the page is given as strings: the project compiles without the DOM
 * library, so `document` is not a name TypeScript knows here.
 */
function inPage<T>(page: Page, expression: string): Promise<T> {
  return page.evaluate<T>(expression);
}

function horizontalOverflow(page: Page): Promise<number> {
  return inPage(
    page,
    'document.documentElement.scrollWidth - document.documentElement.clientWidth',
  );
}

/** `card <details id>` for a focused card summary, else `<tag> <text>` of the focused element. */
const FOCUSED = `(() => {
  const el = document.activeElement;
  return el.tagName === 'SUMMARY'
    ? 'card ' + el.closest('details').id
    : el.tagName.toLowerCase() + ' ' + el.textContent.trim().replace(/\\s+/g, ' ');
})()`;

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `No Chromium at ${CHROMIUM}. Install Debian's package: apt-get update && apt-get install -y chromium`,
    );
  const root = seedWorkspace();
  const loaded = loadWorkspace({ root, paths: ['boards'] });
  const out = join(root, 'site');
  writeOutputs(out, await siteFiles(loaded.workspace, loaded.links));
  server = await serve(out);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  profile = mkdtempSync(join(tmpdir(), 'bw-chromium-'));
  // A persistent context is how playwright takes a user-data-dir; a fresh one per run.
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    outside.push(url);
    return route.abort();
  });
  mkdirSync(ARTIFACTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await context?.close();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  if (profile) rmSync(profile, { recursive: true, force: true });
});

describe('the site in Chromium', () => {
  it('lists the boards on the index with their progress', async () => {
    const page = await open('index.html');
    const boards = await page.$$eval('.board-entry', (list) =>
      list.map((b) => [
        b.querySelector('h2')?.textContent ?? '',
        Number(b.querySelector('progress')?.getAttribute('value')),
      ]),
    );
    // Hand-counted: hostile.md 1 of 3 done → 33%; release-kanban.md 30 of 119 → 25%.
    expect(boards).toEqual([
      [`Hostile ${SCRIPT} board`, 33],
      ['v0.0.3 Kanban Boards (Compact View)', 25],
    ]);
    await page.click('text=v0.0.3 Kanban Boards (Compact View)');
    await page.waitForURL(`${origin}/${RELEASE}`);
    await page.close();
  });

  it('shows the seed board as columns of cards, and the filter narrows them', async () => {
    const page = await open(RELEASE);
    // Counted by hand in examples/boards/release-kanban.md.
    expect(await columns(page)).toEqual([
      ['Backlog', '87', 87],
      ['Ready', '0', 0],
      ['In Progress', '2', 2],
      ['Review', '0', 0],
      ['Blocked', '0', 0],
      ['Done', '30', 30],
    ]);
    await expect.poll(() => page.textContent('#filter-status')).toBe('119 cards');
    await page.screenshot({
      path: join(ARTIFACTS, 'site-release-kanban.png'),
      animations: 'disabled',
    });
    await page.locator('#filter').pressSequentially('rotappo tui');
    expect(await visibleIds(page)).toEqual(['BSP-157', 'BSP-158', 'BSP-159', 'BSP-160']);
    expect(await page.textContent('#filter-status')).toBe('Showing 4 of 119 cards');
    await page.fill('#filter', '');
    await page.locator('#filter').pressSequentially('BSP-01');
    expect(await visibleIds(page)).toEqual(['BSP-012', 'BSP-013', 'BSP-014', 'BSP-011', 'BSP-010']);
    expect(await columns(page)).toEqual([
      ['Backlog', '3', 3],
      ['Ready', '0', 0],
      ['In Progress', '1', 1],
      ['Review', '0', 0],
      ['Blocked', '0', 0],
      ['Done', '1', 1],
    ]);
    expect(await page.isVisible('#column-2 [data-empty]')).toBe(true);
    expect(await page.textContent('#column-2 [data-empty]')).toBe('No matching cards');
    await page.press('#filter', 'Escape');
    expect(await visibleIds(page)).toHaveLength(119);
    await page.close();
  });

  it('can be used with the keyboard alone: tab to a card, open it, follow a dependency', async () => {
    const page = await open(RELEASE);
    const stops: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const stop = await inPage<string>(page, FOCUSED);
      stops.push(stop);
      if (stop.startsWith('card ')) break;
    }
    expect(stops[0]).toBe('a Skip to content');
    expect(stops.at(-2)).toBe('input ');
    expect(stops.at(-1)).toBe('card card-BSP-001');
    // The focus ring is drawn.
    expect(
      await inPage(
        page,
        '[getComputedStyle(document.activeElement).outlineStyle, getComputedStyle(document.activeElement).outlineWidth]',
      ),
    ).toEqual(['solid', '3px']);
    expect(await page.isVisible('#card-BSP-001 .card-body')).toBe(false);
    await page.keyboard.press('Enter');
    expect(await page.isVisible('#card-BSP-001 .card-body')).toBe(true);
    expect(await page.textContent('#card-BSP-001 .fields')).toContain(
      'Sourceboards/release-kanban.md:5',
    );
    await page.keyboard.press('Enter');
    expect(await page.isVisible('#card-BSP-001 .card-body')).toBe(false);

    // On the hostile board, XSS-1 depends on XSS-2: open XSS-1, tab to the link, follow it.
    const hostile = await open(HOSTILE);
    await hostile.focus('#filter');
    await hostile.keyboard.press('Tab');
    expect(await inPage(hostile, FOCUSED)).toBe('card card-XSS-1');
    await hostile.keyboard.press('Enter');
    let link = '';
    for (let i = 0; i < 10 && link !== '#card-XSS-2'; i++) {
      await hostile.keyboard.press('Tab');
      link = await inPage<string>(hostile, "document.activeElement.getAttribute('href') ?? ''");
    }
    expect(link).toBe('#card-XSS-2');
    await hostile.keyboard.press('Enter');
    await expect.poll(() => inPage(hostile, FOCUSED)).toBe('card card-XSS-2');
    expect(await hostile.isVisible('#card-XSS-2 .card-body')).toBe(true);
    await page.close();
    await hostile.close();
  });

  it('fits a 390px-wide phone screen without horizontal scrolling', async () => {
    for (const path of ['index.html', RELEASE, HOSTILE]) {
      const page = await open(path, 390);
      expect(await horizontalOverflow(page), path).toBe(0);
      if (path === HOSTILE) {
        await page.click('#card-LONG-1 summary');
        expect(await horizontalOverflow(page), 'long title opened').toBe(0);
      }
      if (path === RELEASE) {
        await page.click('#card-BSP-011 summary');
        await page.screenshot({
          path: join(ARTIFACTS, 'site-release-kanban-390.png'),
          animations: 'disabled',
        });
      }
      await page.close();
    }
  });

  it('shows hostile strings as text and runs none of them', async () => {
    const page = await open(HOSTILE);
    expect(await page.textContent('h1')).toBe(`Hostile ${SCRIPT} board`);
    const titles = await page.$$eval('.card-title', (l) => l.map((e) => e.textContent ?? ''));
    expect(titles).toEqual([`${SCRIPT} title`, `${IMG} second`, LONG_TITLE]);
    expect(await page.textContent('#card-XSS-1 .assignee')).toBe(`Assignee: ${IMG.slice(1)}`);
    expect(await inPage(page, '[document.scripts.length, document.images.length]')).toEqual([1, 0]);
    await page.click('#card-XSS-1 summary');
    await page.screenshot({ path: join(ARTIFACTS, 'site-hostile.png'), animations: 'disabled' });
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('made no request beyond the local server and logged no error', () => {
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
  });
});
