/**
 * Scanning the teams' QR codes with the device camera, where the browser can: BarcodeDetector
 * with getUserMedia. Elsewhere a short note says to paste the codes instead. The camera stops
 * when scanning is stopped or the view is left.
 */
import { CODE_PREFIX } from '../../game/result-code';
import { button, h } from '../dom';

interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}
type BarcodeDetectorCtor = new (opts?: { formats: string[] }) => BarcodeDetectorLike;

export function canScan(): boolean {
  return 'BarcodeDetector' in window && typeof navigator.mediaDevices?.getUserMedia === 'function';
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
  const status = h('p', { class: 'hint', role: 'status' });
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
    const Detector = (window as unknown as { BarcodeDetector: BarcodeDetectorCtor }).BarcodeDetector;
    let detector: BarcodeDetectorLike;
    try {
      detector = new Detector({ formats: ['qr_code'] });
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
        for (const code of await detector.detect(video)) {
          const text = code.rawValue.trim();
          if (!text.startsWith(CODE_PREFIX) || seen.has(text)) continue;
          seen.add(text);
          status.textContent = 'Code gevonden en ingelezen. Houd de volgende voor de camera, of stop met scannen.';
          found(text);
        }
      } catch {
        // A frame that could not be read: try the next one.
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
