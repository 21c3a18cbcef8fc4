/** The JavaScript QR decoder reads what uqr (the Terugblik's QR code) draws, including a full result code. */
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { createGame } from '../../src/game/game';
import { toResultCode } from '../../src/game/result-code';
import { playToEnd, RANDOM, rand } from '../../src/game/strategies';
import { decodeFrame, type Frame } from '../../src/ui/facilitator/qr-decode';
import { bundle } from './scenario';

/** A QR code as a camera might see it: `scale` pixels per module, a quiet zone, grey paper. */
function frame(text: string, scale = 4, noise = 0): Frame {
  const { data: modules, size } = encode(text, { ecc: 'L', border: 4 });
  const width = size * scale;
  const data = new Uint8ClampedArray(width * width * 4);
  let seed = 1;
  for (let y = 0; y < width; y++)
    for (let x = 0; x < width; x++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const dark = modules[Math.floor(y / scale)]?.[Math.floor(x / scale)];
      const v = Math.max(0, Math.min(255, (dark ? 30 : 225) + ((seed % (2 * noise + 1)) - noise)));
      data.set([v, v, v, 255], (y * width + x) * 4);
    }
  return { data, width, height: width };
}

describe('QR decoding without BarcodeDetector', () => {
  it("reads a whole game's result code with its team name", async () => {
    const code = toResultCode(playToEnd(createGame({ bundle, seed: 31 }), RANDOM, rand(31)), 'Team Oost');
    expect(await decodeFrame(frame(code, 4, 40))).toBe(code);
  });

  it('finds nothing in a frame without a code', async () => {
    const blank = frame('x');
    blank.data.fill(200);
    expect(await decodeFrame(blank)).toBeNull();
  });
});
