import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { readAsset } from './assets.js';

/**
 * SVG → PNG with resvg compiled to WebAssembly (@resvg/resvg-wasm, pinned). The wasm build
 * cannot see system fonts at all, and it is given exactly one font file shipped in `assets/`
 * (Arimo, metric-compatible with the Helvetica/Arial metrics Graphviz lays text out with) as the
 * default, serif, sans-serif and monospace family, so the pixels do not depend on the machine.
 */
let ready: Promise<Uint8Array> | undefined;

function init(): Promise<Uint8Array> {
  ready ??= (async () => {
    await initWasm(readAsset('resvgWasm'));
    return readAsset('font');
  })();
  return ready;
}

/** Largest PNG side and pixel count; bigger drawings are scaled down to fit (memory bound). */
export const PNG_MAX_SIDE = 8192;
export const PNG_MAX_PIXELS = 16_000_000;

/**
 * Renders SVG text to PNG bytes on a white background at 96 dpi (1pt = 4/3 px), scaled down
 * when the drawing would exceed PNG_MAX_SIDE or PNG_MAX_PIXELS. Deterministic: same SVG, same
 * bytes. Throws an Error when the SVG does not parse (resvg's message).
 */
export async function svgToPng(svg: string): Promise<Uint8Array> {
  const font = await init();
  const fontOptions = {
    fontBuffers: [font],
    // The wasm build has no file system; said explicitly so a switch to resvg-js keeps it off.
    loadSystemFonts: false,
    defaultFontFamily: 'Arimo',
    sansSerifFamily: 'Arimo',
    serifFamily: 'Arimo',
    monospaceFamily: 'Arimo',
    cursiveFamily: 'Arimo',
    fantasyFamily: 'Arimo',
  };
  const probe = new Resvg(svg, { font: fontOptions });
  const { width, height } = probe;
  probe.free();
  const scale = Math.min(
    1,
    PNG_MAX_SIDE / Math.max(width, height, 1),
    Math.sqrt(PNG_MAX_PIXELS / Math.max(width * height, 1)),
  );
  const resvg = new Resvg(svg, {
    font: fontOptions,
    background: '#ffffff',
    shapeRendering: 2,
    textRendering: 1,
    imageRendering: 0,
    fitTo: scale < 1 ? { mode: 'width', value: Math.floor(width * scale) } : { mode: 'original' },
  });
  try {
    const image = resvg.render();
    const png = image.asPng();
    image.free();
    return png;
  } finally {
    resvg.free();
  }
}
