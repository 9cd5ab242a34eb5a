#!/usr/bin/env node
// Render images/icon.svg to the marketplace icon images/icon.png (128×128, transparent corners)
// with Debian's headless Chromium (scripts/code-server-setup.sh installs it). Run after editing the SVG.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SIZE = 128;
const repo = join(import.meta.dirname, '..');
const svg = join(repo, 'images/icon.svg');
const png = join(repo, 'images/icon.png');
const chromium = process.env.PAPER_DIGEST_CHROMIUM || '/usr/bin/chromium';

const run = spawnSync(
  chromium,
  [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--hide-scrollbars',
    '--force-device-scale-factor=1',
    '--default-background-color=00000000',
    `--window-size=${SIZE},${SIZE}`,
    `--screenshot=${png}`,
    svg,
  ],
  { encoding: 'utf8', timeout: 60_000 },
);
if (run.status !== 0)
  throw new Error(`${chromium} failed (${run.error?.message ?? `exit ${run.status}`}):\n${run.stderr}`);

// A PNG's IHDR chunk holds the width and height as big-endian 32-bit integers at bytes 16 and 20.
const header = readFileSync(png);
const [width, height] = [header.readUInt32BE(16), header.readUInt32BE(20)];
if (width !== SIZE || height !== SIZE) throw new Error(`${png} is ${width}×${height}, expected ${SIZE}×${SIZE}`);
console.log(`${png}: ${width}×${height}, ${header.length} bytes`);
