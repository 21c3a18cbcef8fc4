/**
 * All of Koers' sound is synthesised here, at runtime, so the project ships no audio files (no licences to
 * track, nothing to download) and every build sounds exactly the same. Pure functions, no DOM, no randomness:
 * the only "noise" comes from a seeded PRNG so tests can compare bytes.
 *
 * Over 300 lines on purpose: the sound recipes share one small set of oscillators and envelopes, and
 * the WAV encoding that tests compare byte for byte; split, each part would import all the others.
 */

export type SoundId = 'click' | 'confirm' | 'event' | 'page' | 'positive' | 'negative' | 'knock';
export const SOUND_IDS: readonly SoundId[] = ['click', 'confirm', 'event', 'page', 'positive', 'negative', 'knock'];

/** Captions make sounds that carry meaning available to players who cannot (or prefer not to) hear them. */
export const CAPTIONS: Record<SoundId | 'music', string> = {
  click: '[Geluid: klik]',
  confirm: '[Geluid: bevestiging]',
  event: '[Geluid: nieuw bericht]',
  page: '[Geluid: er wordt een bladzijde omgeslagen]',
  positive: '[Geluid: positief signaal]',
  negative: '[Geluid: zorgelijk signaal]',
  knock: '[Geluid: er wordt aangeklopt]',
  music: '[Muziek: rustige achtergrondmuziek]',
};

/** 22.05 kHz is plenty for soft UI sounds and halves the size and render time compared with 44.1 kHz. */
export const SAMPLE_RATE = 22050;

// ---------------------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------------------

const TABLE_SIZE = 2048;

/** One period of a waveform; lookup tables keep renderMusic() fast (Math.sin per voice per sample is not). */
function makeTable(harmonics: readonly number[]): Float32Array {
  const table = new Float32Array(TABLE_SIZE + 1); // +1 guard sample so interpolation never wraps
  for (let i = 0; i <= TABLE_SIZE; i++) {
    const phase = (2 * Math.PI * i) / TABLE_SIZE;
    let v = 0;
    for (let h = 0; h < harmonics.length; h++) v += (harmonics[h] ?? 0) * Math.sin(phase * (h + 1));
    table[i] = v;
  }
  return table;
}

const SINE = makeTable([1]);
/** Gently rolled-off harmonics: warm and round, like a soft synth pad or felt piano, never buzzy. */
const WARM = makeTable([1, 0.42, 0.2, 0.1, 0.05, 0.025]);

function lookup(table: Float32Array, phase: number): number {
  const pos = phase * TABLE_SIZE;
  const i = pos | 0;
  const frac = pos - i;
  const a = table[i] ?? 0;
  return a + ((table[i + 1] ?? 0) - a) * frac;
}

function midiToHz(midi: number): number {
  return 440 * 2 ** ((midi - 69) / 12);
}

/** Deterministic white noise (xorshift32) so the page-turn and knock sounds are identical on every run. */
function noiseSource(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 2147483648 - 1;
  };
}

interface ToneOptions {
  freq: number;
  start: number; // seconds
  dur: number; // seconds the note is held before release
  gain: number;
  attack?: number;
  release?: number;
  /** Exponential decay time constant while held; Infinity keeps a sustained (pad) level. */
  decay?: number;
  table?: Float32Array;
  /** Mix of a pure sine that outlives the brighter tone, like a struck string losing its overtones. */
  sineMix?: number;
  /** Pitch glide in semitones over the note; used for the knock's thud. */
  glide?: number;
  /** Wrap samples past the end back to the start: this is what makes the music loop seamlessly. */
  wrap?: boolean;
}

function addTone(buf: Float32Array, o: ToneOptions): void {
  const release = o.release ?? 0.08;
  const decay = o.decay ?? Number.POSITIVE_INFINITY;
  const table = o.table ?? SINE;
  const sineMix = o.sineMix ?? 0;
  const glide = o.glide ?? 0;
  const start = Math.round(o.start * SAMPLE_RATE);
  const held = o.dur * SAMPLE_RATE;
  const total = Math.ceil((o.dur + release) * SAMPLE_RATE);
  const atk = Math.max(1, (o.attack ?? 0.005) * SAMPLE_RATE);
  const rel = Math.max(1, release * SAMPLE_RATE);
  const finite = Number.isFinite(decay);
  const decayPerSample = finite ? Math.exp(-1 / (decay * SAMPLE_RATE)) : 1;
  // Overtones die away about three times faster than the fundamental, as on a struck string.
  const brightDecay = finite ? Math.exp(-1 / (decay * 0.35 * SAMPLE_RATE)) : 1;
  const n = buf.length;
  // Option reads are hoisted: callers pass differently shaped objects, and property access inside the loop
  // would then be megamorphic and several times slower.
  const gain = o.gain;
  const wrap = o.wrap === true;
  const step = o.freq / SAMPLE_RATE;
  const glidePerSample = glide === 0 ? 1 : 2 ** (glide / 12 / total);
  let inc = step;
  let phase = 0;
  let level = 1;
  let bright = 1;
  for (let i = 0; i < total; i++) {
    let env = i < atk ? i / atk : i < held ? 1 : 1 - (i - held) / rel;
    if (env < 0) env = 0;
    // Smooth (raised-cosine-like) attack and release avoid clicks, which matter a lot at low volume.
    const amp = env * env * (3 - 2 * env) * level * gain;
    const tone =
      sineMix > 0
        ? lookup(SINE, phase) * sineMix + lookup(table, phase) * (1 - sineMix) * bright
        : lookup(table, phase);
    let idx = start + i;
    if (idx >= n) {
      if (!wrap) break;
      idx %= n;
    }
    buf[idx] = (buf[idx] ?? 0) + tone * amp;
    phase += inc;
    if (phase >= 1) phase -= 1;
    inc *= glidePerSample;
    level *= decayPerSample;
    bright *= brightDecay;
  }
}

/** Filtered noise burst: the only non-tonal colour, used for paper and wood. */
function addNoise(buf: Float32Array, start: number, dur: number, gain: number, cutoffHz: number, seed: number): void {
  const rand = noiseSource(seed);
  const s0 = Math.round(start * SAMPLE_RATE);
  const len = Math.round(dur * SAMPLE_RATE);
  const k = 1 - Math.exp((-2 * Math.PI * cutoffHz) / SAMPLE_RATE);
  let lp1 = 0;
  let lp2 = 0;
  for (let i = 0; i < len && s0 + i < buf.length; i++) {
    const x = i / len;
    const env = Math.sin(Math.PI * x) ** 2 * (1 - x);
    lp1 += k * (rand() - lp1);
    lp2 += k * (lp1 - lp2);
    buf[s0 + i] = (buf[s0 + i] ?? 0) + lp2 * env * gain;
  }
}

/** Scale to a fixed peak so every sound sits at the same comfortable level regardless of its recipe. */
function normalise(buf: Float32Array, peak: number): void {
  let max = 0;
  for (const v of buf) max = Math.max(max, Math.abs(v));
  if (max === 0) return;
  const g = peak / max;
  for (let i = 0; i < buf.length; i++) buf[i] = (buf[i] ?? 0) * g;
}

/** Short fade at both ends so a sound never starts or stops on a step, whatever the recipe did. */
function fadeEdges(buf: Float32Array, seconds: number): void {
  const n = Math.min(Math.floor(buf.length / 2), Math.round(seconds * SAMPLE_RATE));
  for (let i = 0; i < n; i++) {
    const g = i / n;
    buf[i] = (buf[i] ?? 0) * g;
    buf[buf.length - 1 - i] = (buf[buf.length - 1 - i] ?? 0) * g;
  }
}

// ---------------------------------------------------------------------------------------------------------
// WAV encoding
// ---------------------------------------------------------------------------------------------------------

/** 16-bit mono PCM WAV with the canonical 44-byte RIFF header. */
export function encodeWav(samples: Float32Array): Uint8Array {
  const bytes = new Uint8Array(44 + samples.length * 2);
  const view = new DataView(bytes.buffer);
  const ascii = (offset: number, text: string) => {
    for (let i = 0; i < text.length; i++) bytes[offset + i] = text.charCodeAt(i);
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + samples.length * 2, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true); // fmt chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, SAMPLE_RATE, true);
  view.setUint32(28, SAMPLE_RATE * 2, true); // byte rate
  view.setUint16(32, 2, true); // block align
  view.setUint16(34, 16, true); // bits per sample
  ascii(36, 'data');
  view.setUint32(40, samples.length * 2, true);
  for (let i = 0; i < samples.length; i++) {
    const v = Math.max(-1, Math.min(1, samples[i] ?? 0));
    view.setInt16(44 + i * 2, Math.round(v * 32767), true);
  }
  return bytes;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Hand-rolled base64: btoa needs a binary string (slow for 1 MB) and Buffer does not exist in the browser. */
export function base64(bytes: Uint8Array): string {
  const out: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const rest = bytes.length - i;
    chunk +=
      B64.charAt(a >> 2) +
      B64.charAt(((a & 3) << 4) | (b >> 4)) +
      (rest > 1 ? B64.charAt(((b & 15) << 2) | (c >> 6)) : '=') +
      (rest > 2 ? B64.charAt(c & 63) : '=');
    // Flush now and then: repeated concatenation on one huge string is slow in some engines.
    if (chunk.length >= 8192) {
      out.push(chunk);
      chunk = '';
    }
  }
  out.push(chunk);
  return out.join('');
}

/** Howler decodes base64 data URLs itself (no fetch), which is why this is not a blob: URL. */
export function wavDataUrl(bytes: Uint8Array): string {
  return `data:audio/wav;base64,${base64(bytes)}`;
}

// ---------------------------------------------------------------------------------------------------------
// UI sounds: soft, mostly sine-based, pitched around a warm F major so they agree with the music.
// ---------------------------------------------------------------------------------------------------------

const EFFECT_PEAK = 0.5; // -6 dBFS: effects sit above the music without startling anyone

type Voice = Omit<ToneOptions, 'freq' | 'start' | 'dur' | 'gain'>;
/** Struck, felt-piano-like tone: overtones fade first, leaving a round sine. */
const BELL: Voice = { attack: 0.006, release: 0.25, decay: 0.35, table: WARM, sineMix: 0.6 };
/** Slower onset and lower register for the "take note" sound. */
const SOFT: Voice = { attack: 0.02, release: 0.22, decay: 0.65, table: WARM, sineMix: 0.7 };

function bell(buf: Float32Array, midi: number, start: number, gain: number, dur = 0.12, decay = 0.35): void {
  addTone(buf, { ...BELL, freq: midiToHz(midi), start, dur, gain, decay });
  // A quiet partial a twelfth up gives a soft glockenspiel shimmer without any sharpness.
  addTone(buf, { freq: midiToHz(midi) * 3, start, dur: 0.03, gain: gain * 0.08, release: 0.12, decay: 0.08 });
}

const RECIPES: Record<SoundId, { seconds: number; draw: (buf: Float32Array) => void }> = {
  click: {
    seconds: 0.06,
    draw: (buf) => {
      // A tiny, muted "tick": two octaves, decaying within a few milliseconds.
      addTone(buf, { freq: 1760, start: 0, dur: 0.005, gain: 0.5, attack: 0.001, release: 0.04, decay: 0.012 });
      addTone(buf, { freq: 880, start: 0, dur: 0.01, gain: 0.5, attack: 0.001, release: 0.04, decay: 0.02 });
    },
  },
  confirm: {
    seconds: 0.45,
    draw: (buf) => {
      bell(buf, 76, 0, 0.8); // E5
      bell(buf, 81, 0.08, 1); // A5: an upward fourth reads as "done"
    },
  },
  event: {
    seconds: 0.85,
    draw: (buf) => {
      // Two-tone "ding-dong" like a message notification, but slower and softer.
      bell(buf, 84, 0, 0.9, 0.15, 0.5); // C6
      bell(buf, 77, 0.16, 1, 0.2, 0.6); // F5
    },
  },
  page: {
    seconds: 0.32,
    draw: (buf) => {
      // Paper: a soft swell of filtered noise with a little extra "crisp" early on.
      addNoise(buf, 0, 0.3, 1, 2200, 0x5eed);
      addNoise(buf, 0.02, 0.16, 0.35, 4800, 0xface);
    },
  },
  positive: {
    seconds: 0.9,
    draw: (buf) => {
      // Rising F-major arpeggio: warm and encouraging rather than triumphant.
      bell(buf, 65, 0, 0.7, 0.15, 0.5); // F4
      bell(buf, 69, 0.09, 0.75, 0.15, 0.5); // A4
      bell(buf, 72, 0.18, 0.8, 0.2, 0.6); // C5
      bell(buf, 77, 0.27, 0.7, 0.25, 0.6); // F5
    },
  },
  negative: {
    seconds: 0.75,
    draw: (buf) => {
      // A soft falling minor third, low and round: "take note", never an alarm buzzer.
      addTone(buf, { ...SOFT, freq: midiToHz(62), start: 0, dur: 0.18, gain: 0.9 }); // D4
      addTone(buf, { ...SOFT, freq: midiToHz(59), start: 0.2, dur: 0.25, gain: 1, decay: 0.7 }); // B3
    },
  },
  knock: {
    seconds: 0.6,
    draw: (buf) => {
      // Two knocks on a wooden door: a low damped thud that drops in pitch, with a short woody tap on top.
      for (const t of [0, 0.2]) {
        const g = t === 0 ? 1 : 0.85;
        addTone(buf, {
          freq: 180,
          start: t,
          dur: 0.01,
          gain: g,
          attack: 0.001,
          release: 0.09,
          decay: 0.035,
          glide: -5,
        });
        addTone(buf, { freq: 420, start: t, dur: 0.005, gain: g * 0.35, attack: 0.001, release: 0.04, decay: 0.015 });
        addNoise(buf, t, 0.03, g * 0.6, 1500, 0xd00d + Math.round(t * 100));
      }
    },
  },
};

export function renderSound(id: SoundId): Uint8Array {
  const recipe = RECIPES[id];
  const buf = new Float32Array(Math.round(recipe.seconds * SAMPLE_RATE));
  recipe.draw(buf);
  normalise(buf, EFFECT_PEAK);
  fadeEdges(buf, 0.003);
  return encodeWav(buf);
}

// ---------------------------------------------------------------------------------------------------------
// Background music
// ---------------------------------------------------------------------------------------------------------

const BPM = 90;
const BEAT = 60 / BPM;
const BARS = 8;
/** 8 bars × 4 beats at 90 bpm = 21.33 s; a whole number of samples per beat keeps the loop exact. */
const LOOP_SAMPLES = Math.round(BEAT * SAMPLE_RATE) * 4 * BARS;
export const MUSIC_PEAK = 0.42; // ≈ -7.5 dBFS: background, not foreground

/** I–vi–IV–V in F major, voiced close together so the pad moves smoothly from chord to chord. */
const CHORDS: readonly (readonly number[])[] = [
  [53, 60, 65, 69], // F
  [50, 57, 62, 65], // Dm
  [46, 53, 58, 62], // Bb
  [48, 55, 60, 64], // C
];
const BASS = [41, 38, 34, 36];

/**
 * One string per bar: note name + octave, ':n' = length in beats (default 1). A simple singable line over the
 * chords, answered in bars 5–8 by a variation of itself; bar 8 leads back to the start of the loop.
 */
const MELODY = [
  'C5:2 A4 C5',
  'D5:3 C5',
  'Bb4:2 A4 G4',
  'G4:3',
  'A4 C5 F5:2',
  'E5 D5:2 A4',
  'D5:2 C5 Bb4',
  'C5:2 Bb4 G4',
];

const PITCH_CLASS: Record<string, number> = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 };

/** Turns the melody strings into [start beat, midi, beats]. */
function parseMelody(bars: readonly string[]): [number, number, number][] {
  const notes: [number, number, number][] = [];
  bars.forEach((bar, b) => {
    let beat = b * 4;
    for (const token of bar.split(' ')) {
      const m = /^([A-G])(b|#)?(\d)(?::(\d+))?$/.exec(token);
      if (!m) throw new Error(`bad note ${token}`);
      const midi =
        12 * (Number(m[3]) + 1) + (PITCH_CLASS[m[1] ?? 'C'] ?? 0) + (m[2] === 'b' ? -1 : m[2] === '#' ? 1 : 0);
      const beats = Number(m[4] ?? 1);
      notes.push([beat, midi, beats]);
      beat += beats;
    }
  });
  return notes;
}

/** Schroeder-style reverb run over the loop twice, so the tail that spills past the end reappears at the start. */
function loopReverb(dry: Float32Array, wet: number): Float32Array {
  const n = dry.length;
  const combs = [1116, 1277, 1422, 1557].map((d) => ({ buf: new Float32Array(Math.round(d / 2)), pos: 0 }));
  const allpasses = [225, 341].map((d) => ({ buf: new Float32Array(d), pos: 0 }));
  const out = new Float32Array(n);
  const feedback = 0.8;
  const damp = 0.35;
  const lowState = [0, 0, 0, 0];
  // Pass 0 only primes the delay lines with the last few seconds (the tail has died away long before that);
  // pass 1 produces the output, which therefore already contains the reverb of the loop's own ending.
  const primeFrom = Math.max(0, n - 3 * SAMPLE_RATE);
  for (let pass = 0; pass < 2; pass++) {
    for (let i = pass === 0 ? primeFrom : 0; i < n; i++) {
      const x = dry[i] ?? 0;
      let sum = 0;
      for (let c = 0; c < combs.length; c++) {
        const comb = combs[c]!;
        const y = comb.buf[comb.pos] ?? 0;
        lowState[c] = y * (1 - damp) + (lowState[c] ?? 0) * damp; // damping darkens the tail
        comb.buf[comb.pos] = x + (lowState[c] ?? 0) * feedback;
        comb.pos = (comb.pos + 1) % comb.buf.length;
        sum += y;
      }
      for (const ap of allpasses) {
        const b = ap.buf[ap.pos] ?? 0;
        ap.buf[ap.pos] = sum + b * 0.5;
        sum = b - sum * 0.5;
        ap.pos = (ap.pos + 1) % ap.buf.length;
      }
      if (pass === 1) out[i] = x + sum * wet * 0.25;
    }
  }
  return out;
}

export function renderMusic(): Uint8Array {
  const bar = BEAT * 4;
  // Everything is rendered with wrap: true, so tails that ring past the end of the loop land at its start.
  const pad: Voice = { attack: 0.9, release: 1.4, table: WARM, wrap: true };
  const bass: Voice = { attack: 0.08, release: 0.9, decay: 2.5, wrap: true };
  const pluck: Voice = { attack: 0.006, release: 0.5, decay: 0.9, table: WARM, sineMix: 0.5, wrap: true };
  const piano: Voice = { attack: 0.005, release: 0.6, decay: 1.1, table: WARM, sineMix: 0.55, wrap: true };
  // The accompaniment repeats every 4 bars, so render it once into a half-length circular buffer and tile it:
  // that halves the most expensive part of the render.
  const half = new Float32Array(LOOP_SAMPLES / 2);
  CHORDS.forEach((chord, b) => {
    const t = b * bar;
    // Pad: two slightly detuned voices per note give slow, gentle movement ("chorus") without effects.
    for (const midi of chord) {
      for (const cents of [-5, 5])
        addTone(half, { ...pad, freq: midiToHz(midi + cents / 100), start: t, dur: bar, gain: 0.05 });
    }
    addTone(half, { ...bass, freq: midiToHz(BASS[b] ?? 41), start: t, dur: bar * 0.9, gain: 0.12 });
    // Soft broken chord on beats 2 and 4 keeps a pulse without drums.
    addTone(half, { ...pluck, freq: midiToHz(chord[2] ?? 60), start: t + BEAT, dur: BEAT * 0.8, gain: 0.06 });
    addTone(half, { ...pluck, freq: midiToHz(chord[3] ?? 60), start: t + 3 * BEAT, dur: BEAT * 0.8, gain: 0.06 });
  });
  const dry = new Float32Array(LOOP_SAMPLES);
  dry.set(half, 0);
  dry.set(half, half.length);
  for (const [beat, midi, beats] of parseMelody(MELODY)) {
    addTone(dry, { ...piano, freq: midiToHz(midi), start: beat * BEAT, dur: beats * BEAT * 0.95, gain: 0.16 });
  }
  // A gentle low-pass takes off the last bit of edge for a warmer, "further away" sound.
  const k = 1 - Math.exp((-2 * Math.PI * 3200) / SAMPLE_RATE);
  let lp = 0;
  // Prime the filter with the end of the loop so its output is continuous across the wrap.
  for (let i = dry.length - 256; i < dry.length; i++) lp += k * ((dry[i] ?? 0) - lp);
  for (let i = 0; i < dry.length; i++) {
    lp += k * ((dry[i] ?? 0) - lp);
    dry[i] = lp;
  }
  const mixed = loopReverb(dry, 1);
  normalise(mixed, MUSIC_PEAK);
  return encodeWav(startAtZeroCrossing(mixed));
}

/**
 * Everything above is rendered circularly, so the last sample already flows into the first. Rotating the loop to
 * begin at a rising zero crossing also means the very first play starts from silence-level, without a click.
 */
function startAtZeroCrossing(buf: Float32Array): Float32Array {
  let best = 0;
  let bestAbs = Number.POSITIVE_INFINITY;
  for (let i = 1; i < Math.min(buf.length, SAMPLE_RATE / 20); i++) {
    const prev = buf[i - 1] ?? 0;
    const cur = buf[i] ?? 0;
    if (prev < 0 && cur >= 0 && Math.abs(cur) + Math.abs(prev) < bestAbs) {
      bestAbs = Math.abs(cur) + Math.abs(prev);
      best = i;
    }
  }
  const out = new Float32Array(buf.length);
  out.set(buf.subarray(best));
  out.set(buf.subarray(0, best), buf.length - best);
  return out;
}
