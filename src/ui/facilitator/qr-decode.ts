/**
 * Reading a QR code from one camera frame in any browser: the browser's own BarcodeDetector where
 * it has one, else jsQR (pure JavaScript, loaded only when a facilitator first scans, so the
 * initial download does not grow).
 */
export interface Frame {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

type JsQr = typeof import('jsqr').default;
let jsQr: Promise<JsQr> | null = null;

/** The text of the QR code in the frame; null when none could be read. */
export async function decodeFrame(frame: Frame): Promise<string | null> {
  jsQr ??= import('jsqr').then((m) => m.default);
  const read = await jsQr;
  // A phone shows dark modules on a light screen: no need to try the inverse as well (twice as fast).
  return read(frame.data, frame.width, frame.height, { inversionAttempts: 'dontInvert' })?.data ?? null;
}
