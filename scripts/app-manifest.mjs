// Trunk post-build hook: writes the web app manifest and its icons, so the page can be installed.
// manifest.webmanifest (beside index.html in the repository) lists each PNG icon as the SVG it is
// drawn from and its size; this draws each one (the SVG may hold only <rect>s, see icon.svg),
// gives the icons and the manifest content-hashed names, as trunk does for the other assets (so
// the offline worker may serve them from its cache first), and points index.html's manifest link
// at the hashed file. Nothing is downloaded: the pixels come from the repository's own icon.svg.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { hashedName, staging } from './trunk-hook.mjs';

const SOURCE = new URL('..', import.meta.url);

function fail(message) {
  console.error(`app-manifest: ${message}`);
  process.exit(1);
}

/** The shapes of an icon SVG: its viewBox size and its rectangles, in drawing order. */
function readIcon(svg, file) {
  const view = svg.match(/<svg\b[^>]*\bviewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/);
  if (!view) fail(`${file}: the <svg> needs viewBox="0 0 W H"`);
  const body = svg.replace(/<!--[\s\S]*?-->/g, '').replace(/^[\s\S]*?<svg\b[^>]*>|<\/svg>\s*$/g, '');
  const rects = [];
  for (const [tag] of body.matchAll(/<[^>]+>/g)) {
    if (!/^<rect\b[^>]*\/>$/.test(tag)) fail(`${file}: only <rect .../> can be drawn, not ${tag}`);
    const attr = (name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
    const num = (name, fallback) => {
      const value = attr(name) ?? fallback;
      if (value === undefined || !/^\d+(\.\d+)?$/.test(value)) fail(`${file}: ${name} of ${tag} must be a number`);
      return Number(value);
    };
    const fill = attr('fill') ?? '';
    if (!/^#[0-9a-f]{6}$/i.test(fill)) fail(`${file}: fill of ${tag} must be #rrggbb`);
    rects.push({
      x: num('x', '0'), y: num('y', '0'), w: num('width'), h: num('height'), r: num('rx', '0'),
      rgb: [1, 3, 5].map((i) => parseInt(fill.slice(i, i + 2), 16)),
    });
  }
  if (rects.length === 0) fail(`${file}: no <rect> to draw`);
  return { width: Number(view[1]), height: Number(view[2]), rects };
}

/** Whether the point lies inside the rounded rectangle. */
function inside({ x, y, w, h, r }, px, py) {
  if (px < x || px > x + w || py < y || py > y + h) return false;
  const dx = Math.max(x + r - px, px - (x + w - r), 0);
  const dy = Math.max(y + r - py, py - (y + h - r), 0);
  return dx * dx + dy * dy <= r * r;
}

/** RGBA pixels of the icon at `size` x `size`, each edge pixel shaded by 4 x 4 samples. */
function rasterise(icon, size) {
  const pixels = new Uint8Array(size * size * 4);
  const sx = icon.width / size;
  const sy = icon.height / size;
  const grid = 4;
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const rect of icon.rects) {
        let hits = 0;
        for (let i = 0; i < grid * grid; i++) {
          const px = (col + ((i % grid) + 0.5) / grid) * sx;
          const py = (row + (Math.floor(i / grid) + 0.5) / grid) * sy;
          if (inside(rect, px, py)) hits++;
        }
        if (hits === 0) continue;
        // Premultiplied "over": the new rectangle covers `cover` of what is below.
        const cover = hits / (grid * grid);
        [r, g, b] = [r, g, b].map((c, k) => c * (1 - cover) + rect.rgb[k] * cover);
        a = a * (1 - cover) + cover;
      }
      const at = (row * size + col) * 4;
      const out = a > 0 ? [r / a, g / a, b / a] : [0, 0, 0];
      pixels.set([...out.map((c) => Math.round(c)), Math.round(a * 255)], at);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => (bytes.reduce((c, byte) => CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])));
  return Buffer.concat([head, data, crc]);
}

/** A PNG file (8-bit RGBA, no filter) of `size` x `size` RGBA pixels. */
function png(pixels, size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let row = 0; row < size; row++) rows.set(pixels.subarray(row * size * 4, (row + 1) * size * 4), row * (size * 4 + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

{
  const { dir, page } = staging('app-manifest');
  const manifest = JSON.parse(readFileSync(new URL('manifest.webmanifest', SOURCE), 'utf8'));
  for (const entry of manifest.icons ?? []) {
    const size = Number(entry.sizes?.match(/^(\d+)x\1$/)?.[1]);
    if (entry.type !== 'image/png' || !size || !entry.src.endsWith('.svg')) {
      fail(`manifest.webmanifest: each icon is an .svg src drawn as image/png at "NxN", not ${JSON.stringify(entry)}`);
    }
    const icon = readIcon(readFileSync(new URL(entry.src, SOURCE), 'utf8'), entry.src);
    const file = png(rasterise(icon, size), size);
    entry.src = hashedName(`${entry.src.slice(0, -'.svg'.length)}-${size}`, 'png', file);
    writeFileSync(join(dir, entry.src), file);
    console.log(`app-manifest: ${entry.src} ${size}x${size}, ${file.length} bytes`);
  }
  const text = `${JSON.stringify(manifest, null, 1)}\n`;
  const name = hashedName('manifest', 'webmanifest', text);
  writeFileSync(join(dir, name), text);
  const html = readFileSync(page, 'utf8');
  const link = /(<link\b[^>]*\bhref=["']?)(?:\.\/)?manifest\.webmanifest(?=["' >])/g;
  if ((html.match(link) ?? []).length !== 1) fail('index.html needs exactly one link to manifest.webmanifest');
  writeFileSync(page, html.replace(link, `$1./${name}`));
  console.log(`app-manifest: ${name}`);
}
