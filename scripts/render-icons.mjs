// Renders resources/build/icon.svg into every icon the packaging targets need: PNGs for Linux
// (resources/build/icons/<size>x<size>.png), icon.ico for Windows and icon.icns for macOS.
// Run by hand after changing the SVG: node scripts/render-icons.mjs (needs a Chromium).
import { chromium } from '@playwright/test';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { BROWSER_ARGS, findBrowser } from './find-browser.mjs';
import { isMainModule } from './is-main-module.mjs';

const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const OUT = 'resources/build';

/** Packs PNG images into a Windows .ico (PNG-compressed entries, Vista and later). */
export function packIco(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  const entries = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    entries.push(entry);
    offset += png.length;
  }
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

/** Packs PNG images into a macOS .icns (PNG-based element types). */
export function packIcns(images) {
  const types = {
    16: 'icp4',
    32: 'icp5',
    64: 'icp6',
    128: 'ic07',
    256: 'ic08',
    512: 'ic09',
    1024: 'ic10',
  };
  const chunks = images
    .filter((i) => types[i.size])
    .map(({ size, png }) => {
      const head = Buffer.alloc(8);
      head.write(types[size], 0, 'ascii');
      head.writeUInt32BE(png.length + 8, 4);
      return Buffer.concat([head, png]);
    });
  const body = Buffer.concat(chunks);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

async function main() {
  const svg = await readFile(`${OUT}/icon.svg`, 'utf8');
  const browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
  const page = await browser.newPage();
  await mkdir(`${OUT}/icons`, { recursive: true });
  const images = [];
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    const png = await page.screenshot({
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    await writeFile(`${OUT}/icons/${size}x${size}.png`, png);
    images.push({ size, png });
  }
  await browser.close();
  await writeFile(`${OUT}/icon.png`, images.find((i) => i.size === 1024).png);
  await writeFile(
    `${OUT}/icon.ico`,
    packIco(images.filter((i) => [16, 24, 32, 48, 64, 128, 256].includes(i.size))),
  );
  await writeFile(`${OUT}/icon.icns`, packIcns(images));
  console.log(`Wrote ${images.length} PNGs, icon.ico and icon.icns to ${OUT}.`);
}

if (isMainModule(import.meta.url)) await main();
