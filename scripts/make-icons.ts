/**
 * Draws the Teams app icons and writes them to appPackage/ (run once; the PNGs are committed):
 *
 *   npm run build && node dist/scripts/make-icons.js
 *
 * - color.png   192×192, full-bleed accent background, a white sheet of minutes with a green check;
 * - outline.png  32×32, white on transparent (the only colour Teams allows in the outline icon).
 *
 * No image library: shapes are signed-distance functions, sampled 4×4 per pixel for anti-aliasing,
 * and the PNG is encoded by hand (RGBA, zlib from node). `encodePng` is reused by nothing else.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { crc32 } from '../src/exports/zip';

type Rgb = readonly [number, number, number];
/** Signed distance: negative inside the shape. */
type Shape = (x: number, y: number) => number;

export const ACCENT: Rgb = [0x1f, 0x5a, 0x85];
const WHITE: Rgb = [0xff, 0xff, 0xff];
const FOLD: Rgb = [0xc9, 0xdc, 0xea];
const GREEN: Rgb = [0x2e, 0x9e, 0x6b];

// ---------------------------------------------------------------- PNG encoding

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}

/** An 8-bit RGBA PNG (colour type 6) from `width × height × 4` bytes, rows top to bottom. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  if (rgba.length !== width * height * 4) throw new Error(`encodePng: expected ${width * height * 4} bytes, got ${rgba.length}`);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  const raw = Buffer.alloc(height * (1 + width * 4));
  for (let y = 0; y < height; y++) {
    raw[y * (1 + width * 4)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (1 + width * 4) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array(0))]);
}

// ---------------------------------------------------------------- shapes

const roundedRect =
  (x0: number, y0: number, x1: number, y1: number, r: number): Shape =>
  (x, y) => {
    const cx = (x0 + x1) / 2;
    const cy = (y0 + y1) / 2;
    const qx = Math.abs(x - cx) - ((x1 - x0) / 2 - r);
    const qy = Math.abs(y - cy) - ((y1 - y0) / 2 - r);
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
  };

const circle =
  (cx: number, cy: number, r: number): Shape =>
  (x, y) =>
    Math.hypot(x - cx, y - cy) - r;

/** A line from (ax, ay) to (bx, by) with round caps, `w` wide. */
const segment =
  (ax: number, ay: number, bx: number, by: number, w: number): Shape =>
  (x, y) => {
    const px = x - ax;
    const py = y - ay;
    const dx = bx - ax;
    const dy = by - ay;
    const h = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
    return Math.hypot(px - dx * h, py - dy * h) - w / 2;
  };

/** Half-plane on the side of the line a→b where the cross product is positive (used to cut corners). */
const halfPlane =
  (ax: number, ay: number, bx: number, by: number): Shape =>
  (x, y) => {
    const nx = by - ay;
    const ny = -(bx - ax);
    const len = Math.hypot(nx, ny);
    return ((x - ax) * nx + (y - ay) * ny) / len;
  };

const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    Math.min(...shapes.map((s) => s(x, y)));
const intersect =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    Math.max(...shapes.map((s) => s(x, y)));
const subtract =
  (a: Shape, b: Shape): Shape =>
  (x, y) =>
    Math.max(a(x, y), -b(x, y));
/** The ring of `shape` between its edge and `w` inside it. */
const stroke =
  (shape: Shape, w: number): Shape =>
  (x, y) => {
    const d = shape(x, y);
    return Math.max(d, -d - w);
  };

// ---------------------------------------------------------------- canvas

class Canvas {
  readonly pixels: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.pixels = new Uint8Array(width * height * 4);
  }

  /** Paints `shape` in `color` over what is there (source-over), with 4×4 supersampling. */
  fill(shape: Shape, color: Rgb, opacity = 1): this {
    const n = 4;
    for (let py = 0; py < this.height; py++) {
      for (let px = 0; px < this.width; px++) {
        let inside = 0;
        for (let sy = 0; sy < n; sy++) for (let sx = 0; sx < n; sx++) if (shape(px + (sx + 0.5) / n, py + (sy + 0.5) / n) <= 0) inside++;
        if (inside === 0) continue;
        const a = (inside / (n * n)) * opacity;
        const i = (py * this.width + px) * 4;
        const da = this.pixels[i + 3]! / 255;
        const oa = a + da * (1 - a);
        for (let c = 0; c < 3; c++) {
          const blended = (color[c]! * a + this.pixels[i + c]! * da * (1 - a)) / oa;
          this.pixels[i + c] = Math.round(blended);
        }
        this.pixels[i + 3] = Math.round(oa * 255);
      }
    }
    return this;
  }

  png(): Buffer {
    return encodePng(this.width, this.height, this.pixels);
  }
}

// ---------------------------------------------------------------- the icons

/** 192×192: accent background; a sheet of minutes (folded corner, three lines) and a check in the 96 px safe area. */
export function drawColorIcon(): Buffer {
  const c = new Canvas(192, 192);
  c.fill(() => -1, ACCENT);
  const sheet = roundedRect(56, 40, 128, 148, 8);
  const fold = 24;
  const corner = halfPlane(128, 40 + fold, 128 - fold, 40); // inside: the triangle beyond the fold line
  c.fill(subtract(sheet, corner), WHITE);
  c.fill(intersect(roundedRect(128 - fold, 40, 128, 40 + fold, 3), halfPlane(128 - fold, 40, 128, 40 + fold)), FOLD); // the folded-over flap
  for (const [y, x1] of [
    [80, 112],
    [98, 112],
    [116, 96],
  ] as const) {
    c.fill(segment(72, y, x1, y, 7), ACCENT);
  }
  c.fill(circle(128, 136, 26), ACCENT); // a gap between sheet and badge
  c.fill(circle(128, 136, 21), GREEN);
  c.fill(union(segment(117, 137, 125, 145, 6), segment(125, 145, 140, 128, 6)), WHITE);
  return c.png();
}

/** 32×32: the same sheet as a white outline with two lines and a check, on transparency. */
export function drawOutlineIcon(): Buffer {
  const c = new Canvas(32, 32);
  const sheet = roundedRect(7, 4, 23, 28, 2);
  const fold = 6;
  const cut = halfPlane(23, 4 + fold, 23 - fold, 4);
  c.fill(union(stroke(subtract(sheet, cut), 2), intersect(segment(23 - fold, 4, 23, 4 + fold, 2), sheet)), WHITE);
  // Lines on whole pixel rows so they stay crisp at 32 px.
  c.fill(union(segment(11, 12, 19, 12, 2), segment(11, 16, 19, 16, 2)), WHITE);
  c.fill(union(segment(11.5, 21.5, 13.5, 23.5, 2), segment(13.5, 23.5, 18.5, 18.5, 2)), WHITE);
  return c.png();
}

export function writeIcons(appPackageDir: string): { color: string; outline: string } {
  const color = path.join(appPackageDir, 'color.png');
  const outline = path.join(appPackageDir, 'outline.png');
  writeFileSync(color, drawColorIcon());
  writeFileSync(outline, drawOutlineIcon());
  return { color, outline };
}

if (require.main === module) {
  // dist/scripts/make-icons.js → <root>/appPackage
  const root = path.basename(path.dirname(__dirname)) === 'dist' ? path.resolve(__dirname, '..', '..') : path.resolve(__dirname, '..');
  const written = writeIcons(path.join(root, 'appPackage'));
  process.stdout.write(`make-icons: wrote ${written.color} and ${written.outline}\n`);
}
