import pixelmatch from 'pixelmatch';
import pngjs from 'pngjs';

const { PNG } = pngjs;

/** How close two pictures must be to count as the same drawing. */
export interface PixelTolerance {
  /**
   * Per-pixel colour distance (pixelmatch's YIQ threshold, 0–1) below which two pixels are
   * equal. Default 0.1.
   */
  threshold: number;
  /**
   * Share of differing pixels (0–1, anti-aliased edges not counted) a drawing may have and still
   * be in sync. Default 0.001 (0.1 %): font smoothing differences stay under it, a changed
   * label or a repainted box does not.
   */
  maxDiffRatio: number;
}

export const DEFAULT_TOLERANCE: PixelTolerance = { threshold: 0.1, maxDiffRatio: 0.001 };

/** The result of comparing two PNG pictures pixel by pixel. */
export interface PixelComparison {
  /** Sizes of the committed and the fresh picture. */
  expected: { width: number; height: number };
  actual: { width: number; height: number };
  /** Pixels that differ (over the union of both sizes when they differ). */
  diffPixels: number;
  /** diffPixels / pixels compared. */
  ratio: number;
  /** True when the sizes agree and ratio ≤ maxDiffRatio. */
  same: boolean;
  /** The diff picture (PNG): differing pixels red over a faded copy of the committed one. */
  diff: Uint8Array;
}

/** A decoded PNG placed on a white canvas of `width`×`height` (RGBA, transparency flattened). */
function onWhite(png: InstanceType<typeof PNG>, width: number, height: number): Buffer {
  const out = Buffer.alloc(width * height * 4, 0xff);
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const s = (y * png.width + x) * 4;
      const d = (y * width + x) * 4;
      const a = png.data[s + 3]! / 255;
      for (let c = 0; c < 3; c++) out[d + c] = Math.round(png.data[s + c]! * a + 255 * (1 - a));
    }
  }
  return out;
}

/**
 * Compares two PNG files pixel by pixel (pixelmatch over pngjs-decoded RGBA, both flattened on
 * white so transparent and white backgrounds agree). Pictures of different sizes are compared
 * over the larger size and never count as the same. Throws when either is not a decodable PNG.
 */
export function comparePngs(
  expected: Uint8Array,
  actual: Uint8Array,
  tolerance: PixelTolerance = DEFAULT_TOLERANCE,
): PixelComparison {
  const a = PNG.sync.read(Buffer.from(expected));
  const b = PNG.sync.read(Buffer.from(actual));
  const width = Math.max(a.width, b.width);
  const height = Math.max(a.height, b.height);
  const diff = new PNG({ width, height });
  const diffPixels = pixelmatch(
    onWhite(a, width, height),
    onWhite(b, width, height),
    diff.data,
    width,
    height,
    {
      threshold: tolerance.threshold,
      includeAA: false,
      alpha: 0.2,
      diffColor: [220, 0, 0],
      aaColor: [255, 200, 0],
    },
  );
  const ratio = width * height ? diffPixels / (width * height) : 0;
  const sameSize = a.width === b.width && a.height === b.height;
  return {
    expected: { width: a.width, height: a.height },
    actual: { width: b.width, height: b.height },
    diffPixels,
    ratio,
    same: sameSize && ratio <= tolerance.maxDiffRatio,
    diff: new Uint8Array(PNG.sync.write(diff, { colorType: 6 })),
  };
}

/** True when two byte arrays are identical. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(
    Buffer.from(b.buffer, b.byteOffset, b.byteLength),
  );
}
