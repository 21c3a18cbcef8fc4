/**
 * Scanning the teams' QR codes with the device camera, in any browser with a camera: frames go to
 * the browser's BarcodeDetector where there is one, else to the JavaScript decoder (qr-decode.ts).
 * Without a camera API a short note says to paste the codes instead. The camera stops when
 * scanning is stopped or the view is left.
 */
import { CODE_PREFIX } from '../../game/result-code';
import { button, h } from '../dom';
import { decodeFrame } from './qr-decode';

interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type BarcodeDetectorCtor = new (opts?: { formats: string[] }) => BarcodeDetectorLike;

/** Frames are read at most this wide: enough for a code held up to a laptop, quick to decode. */
const FRAME_WIDTH = 800;

export function canScan(): boolean {
  return typeof navigator.mediaDevices?.getUserMedia === 'function';
}

/** The texts of the QR codes in the video's current frame. */
type Reader = (video: HTMLVideoElement) => Promise<string[]>;

function reader(): Reader {
  const Native = (window as unknown as { BarcodeDetector?: BarcodeDetectorCtor }).BarcodeDetector;
  if (Native) {
    const detector = new Native({ formats: ['qr_code'] });
    return async (video) => (await detector.detect(video)).map((c) => c.rawValue);
  }
  const canvas = h('canvas');
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  return async (video) => {
    if (!ctx || !video.videoWidth) return [];
    const scale = Math.min(1, FRAME_WIDTH / video.videoWidth);
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    ctx.drawImage(video, 0, 0, canvas.width, canvas.height);
    const text = await decodeFrame(ctx.getImageData(0, 0, canvas.width, canvas.height));
    return text ? [text] : [];
  };
}

/** The scanning controls; every code seen once is handed to `found` (which imports it). */
export function scanPanel(found: (code: string) => void): HTMLElement {
  if (!canScan())
    return h(
      'p',
      { class: 'hint begeleider__scan-uit', id: 'begeleider__scan-uit' },
      'Een QR-code scannen met de camera kan niet op dit apparaat of in deze browser. Plak de resultaatcodes dan in het tekstveld.',
    );
  const video = h('video', { class: 'begeleider__video', muted: true, playsinline: true, 'aria-hidden': 'true' });
  const status = h('p', { class: 'hint', role: 'status', id: 'begeleider__scan-status' });
  const area = h('div', { class: 'begeleider__camera', hidden: true }, video, status);
  let stream: MediaStream | null = null;
  let timer = 0;
  const seen = new Set<string>();

  const stop = () => {
    window.clearTimeout(timer);
    for (const t of stream?.getTracks() ?? []) t.stop();
    stream = null;
    video.srcObject = null;
    area.hidden = true;
    toggle.textContent = 'QR-code scannen met de camera';
  };
  const start = async () => {
    let read: Reader;
    try {
      read = reader();
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
    } catch {
      stop();
      area.hidden = false;
      status.textContent =
        'De camera kon niet worden gestart (geen toestemming of geen camera gevonden). Plak de code in plaats daarvan.';
      return;
    }
    video.srcObject = stream;
    area.hidden = false;
    toggle.textContent = 'Stoppen met scannen';
    status.textContent = 'Houd de QR-code van een team voor de camera. Elke nieuwe code wordt meteen ingelezen.';
    await video.play().catch(() => undefined);
    const tick = async () => {
      // The view was left: let go of the camera.
      if (!video.isConnected) return stop();
      if (!stream) return;
      try {
        for (const raw of await read(video)) {
          const text = raw.trim();
          if (!text.startsWith(CODE_PREFIX) || seen.has(text)) continue;
          seen.add(text);
          status.textContent = 'Code gevonden en ingelezen. Houd de volgende voor de camera, of stop met scannen.';
          found(text);
        }
      } catch {
        // A frame that could not be read (or the decoder did not load): try the next one.
      }
      timer = window.setTimeout(() => void tick(), 300);
    };
    void tick();
  };
  const toggle = button('QR-code scannen met de camera', () => (stream ? stop() : void start()), {
    class: 'btn',
    id: 'begeleider__scan',
  });
  return h('div', { class: 'begeleider__scan' }, toggle, area);
}
