/**
 * The organisation drawn as a small coastal town: its locations, the roads between them, staff
 * on their rounds, the beacon (Het Baken) on the shore. It reads the store only: windows light up
 * with client satisfaction, fewer people are out when absence is high, the sky follows the
 * seasons, and the person you are talking to appears large beside the conversation. It draws only
 * when that picture changes (see `wake` and `update`), so a page at rest costs no CPU.
 * The canvas is decorative (aria-hidden); everything it shows is also said in the DOM.
 */
import Phaser from 'phaser';
import type { AppState, AppStore } from '../src/state/store';
import type { WorldLocation, WorldModel } from '../src/view';
import { building, lighthouse, queue } from './buildings';
import { palette, seasons } from './palette';
import { TownPins } from './pins';
import { withPortrait } from './portrait-texture';

const at = (id: string, kind: string, x: number, y: number): WorldLocation => ({
  id,
  name: '',
  kind,
  x,
  y,
  closed: null,
  shortStaffed: false,
  queue: 0,
});

/** Before a game (title screen): a town with no data behind it. */
const IDLE: WorldModel = {
  quarter: 0,
  season: 0,
  lit: 0.6,
  walkers: 8,
  locations: [
    at('a', 'verpleeghuis', 0.25, 0.35),
    at('b', 'verpleeghuis', 0.7, 0.3),
    at('c', 'thuiszorg', 0.5, 0.62),
    at('d', 'kantoor', 0.78, 0.66),
  ],
  speaker: null,
  pins: [],
  description: [],
};

type Loc = WorldLocation;
/** Where the land starts, as a share of the town's height: the sky above, the town (and its pins) below. */
const HORIZON = 0.24;

export class WorldScene extends Phaser.Scene {
  private store!: AppStore;
  private ground!: Phaser.GameObjects.Graphics;
  private labels: Phaser.GameObjects.Text[] = [];
  private walkers: Phaser.GameObjects.Arc[] = [];
  private portrait: Phaser.GameObjects.Image | null = null;
  private plate: Phaser.GameObjects.Text | null = null;
  private banner: Phaser.GameObjects.Text | null = null;
  /** The agenda's items on the map (public for the end-to-end tests). */
  pins!: TownPins;
  private speaker = '';
  private quarter = -1;
  private drawnKey = '';
  /** Frames still to draw before the loop may sleep again. */
  private framesToDraw = 0;

  constructor() {
    super('world');
  }

  create(): void {
    this.store = this.game.registry.get('store') as AppStore;
    this.ground = this.add.graphics();
    this.pins = new TownPins(this, () => this.wake());
    this.scale.on('resize', () => {
      this.speaker = ''; // the portrait takes its place and size from the new area
      this.redraw(true);
    });
    // The scale manager reads the new size on a step, sometimes only at its next size check
    // (every 500 ms): keep the loop awake a little longer than that after the window changes.
    const resized = () => this.wake(45);
    window.addEventListener('resize', resized);
    // The town fills what the status bar and the panel leave free: when either moves (the bar wraps
    // into another row), draw it again.
    const layout = new ResizeObserver(() => this.redraw(true));
    for (const el of [document.querySelector('.statusbar'), document.getElementById('paneel')])
      if (el) layout.observe(el);
    const unsubscribe = this.store.subscribe(() => this.redraw(false));
    this.events.once('shutdown', () => {
      unsubscribe();
      window.removeEventListener('resize', resized);
      layout.disconnect();
    });
    this.redraw(true);
  }

  /** The part of the canvas not covered by the DOM panel. */
  private area(s: AppState): { x: number; y: number; w: number; h: number } {
    const { width, height } = this.scale;
    // On the title screen the card sits right of centre; the town fills the left.
    if (s.route !== 'game')
      return width < 900 ? { x: 0, y: 0, w: width, h: height } : { x: 0, y: 0, w: Math.round(width * 0.5), h: height };
    // Between the status bar and the panel, as the stylesheet lays them out (the bar grows on a phone).
    const bar = document.querySelector('.statusbar')?.getBoundingClientRect().bottom || 56;
    if (width >= 900) return { x: 0, y: bar, w: Math.round(width * 0.4), h: height - bar };
    const panel = document.getElementById('paneel')?.getBoundingClientRect().top ?? bar + 220;
    return { x: 0, y: bar, w: width, h: Math.max(60, panel - bar) };
  }

  private world(s: AppState): WorldModel {
    return (s.route === 'game' && s.game?.world) || IDLE;
  }

  private redraw(force: boolean): void {
    const s = this.store.getState();
    const w = this.world(s);
    const { quarter: q, walkers: staff } = w;
    const places = w.locations.map((l) => `${l.closed}:${l.shortStaffed}:${l.queue}`).join(',');
    const pins = w.pins.map((p) => `${p.item}@${p.location}`).join(',');
    const key = `${s.route}|${this.scale.width}x${this.scale.height}|${q}|${w.season}|${w.lit.toFixed(2)}|${staff}|${places}|${pins}`;
    if (force || key !== this.drawnKey) {
      this.drawnKey = key;
      this.drawTown(s, w);
      this.placeWalkers(s, staff);
      this.wake();
    }
    this.updatePortrait(s);
    if (s.route === 'game' && q !== this.quarter) {
      if (this.quarter >= 0 && q > 0) this.showBanner(s, `Kwartaal ${q}`);
      this.quarter = q;
    }
  }

  private drawTown(s: AppState, w: WorldModel): void {
    const a = this.area(s);
    const season = seasons[w.season] ?? seasons[0];
    const g = this.ground.clear();
    const horizon = a.y + a.h * HORIZON;
    // Sky and land run across the whole canvas; the town sits in the part the panel leaves free.
    const full = this.scale.width;
    g.fillGradientStyle(season.top, season.top, season.bottom, season.bottom, 1);
    g.fillRect(0, a.y, full, horizon - a.y);
    g.fillStyle(season.grass, 1).fillRect(0, horizon, full, a.h - (horizon - a.y));
    // The sea along the bottom-left, with the beacon on its point.
    g.fillStyle(palette.sea, 1).fillTriangle(a.x, a.y + a.h * 0.72, a.x, a.y + a.h, a.x + a.w * 0.45, a.y + a.h);
    g.fillStyle(palette.seaDeep, 1).fillTriangle(a.x, a.y + a.h * 0.86, a.x, a.y + a.h, a.x + a.w * 0.25, a.y + a.h);
    const locs = w.locations;
    const pos = (l: Loc) => ({
      x: a.x + a.w * (0.08 + l.x * 0.84),
      y: horizon + (a.h - (horizon - a.y)) * (0.1 + l.y * 0.75),
    });
    // Roads from the head office (or the first location) to every other.
    const hub = locs.find((l) => l.kind === 'kantoor') ?? locs[0]!;
    g.lineStyle(Math.max(4, a.w * 0.012), palette.road, 1);
    for (const l of locs) if (l !== hub) g.lineBetween(pos(hub).x, pos(hub).y, pos(l).x, pos(l).y);
    for (const l of this.labels) l.destroy();
    this.labels = [];
    const unit = Math.max(14, Math.min(a.w, a.h) * 0.05);
    locs.forEach((l, i) => {
      const p = pos(l);
      building(g, l, p.x, p.y, unit, w.lit, i);
      queue(g, l.queue, p.x, p.y, unit);
      if (l.name && s.route === 'game' && a.h > 240) {
        const t = this.add
          .text(p.x, p.y + unit * (l.queue ? 1.8 : 0.9), l.closed ? `${l.name} (gesloten)` : l.name, {
            fontFamily: 'Atkinson Hyperlegible, sans-serif',
            fontSize: `${Math.round(unit * 0.55)}px`,
            color: '#1d2733',
            backgroundColor: '#f6f1e7cc',
            padding: { x: 4, y: 1 },
          })
          .setOrigin(0.5, 0);
        this.labels.push(t);
      }
    });
    lighthouse(g, a.x + a.w * 0.08, a.y + a.h * 0.9, unit);
    const byId = new Map(locs.map((l) => [l.id, pos(l)]));
    this.pins.draw(w.pins, (id) => byId.get(id) ?? null, unit, a, this.labels);
  }

  private placeWalkers(s: AppState, count: number): void {
    for (const w of this.walkers) w.destroy();
    this.walkers = [];
    const a = this.area(s);
    const horizon = a.y + a.h * HORIZON;
    // People stand on their rounds; they do not walk, so the canvas can rest between changes.
    for (let i = 0; i < count; i++) {
      const y = horizon + (a.h - (horizon - a.y)) * (0.15 + ((i * 37) % 70) / 100);
      const x0 = a.x + a.w * (0.15 + ((i * 53) % 70) / 100);
      const dot = this.add.circle(x0, y, Math.max(3, a.w * 0.008), i % 3 === 0 ? palette.teal : palette.navy);
      this.walkers.push(dot);
    }
  }

  private updatePortrait(s: AppState): void {
    const c = s.route === 'game' ? this.world(s).speaker : null;
    const who = c?.id ?? '';
    if (who === this.speaker) return;
    this.speaker = who;
    this.portrait?.destroy();
    this.plate?.destroy();
    this.portrait = null;
    this.plate = null;
    this.wake();
    if (!c) return;
    const a = this.area(s);
    const size = Math.round(Math.min(a.w * 0.6, a.h * 0.55, 320));
    const show = (key: string) => {
      if (this.speaker !== c.id || !this.sys.isActive()) return;
      this.portrait = this.add
        .image(a.x + a.w / 2, a.y + a.h * 0.42, key)
        .setDepth(1)
        .setAlpha(s.settings.reducedMotion ? 1 : 0);
      this.plate = this.add
        .text(a.x + a.w / 2, a.y + a.h * 0.42 + size / 2 + 12, `${c.name}\n${c.role}`, {
          fontFamily: 'Atkinson Hyperlegible, sans-serif',
          fontSize: '18px',
          color: '#ffffff',
          backgroundColor: '#16324f',
          align: 'center',
          padding: { x: 10, y: 6 },
        })
        .setOrigin(0.5, 0)
        .setDepth(1);
      if (!s.settings.reducedMotion) this.tweens.add({ targets: this.portrait, alpha: 1, duration: 300 });
      this.wake();
    };
    withPortrait(this.textures, c.id, c.spec, size, false, show);
  }

  private showBanner(s: AppState, text: string): void {
    this.banner?.destroy();
    const a = this.area(s);
    this.banner = this.add
      .text(a.x + a.w / 2, a.y + a.h * 0.16, text, {
        fontFamily: 'Atkinson Hyperlegible, sans-serif',
        fontSize: '34px',
        fontStyle: 'bold',
        color: '#16324f',
        backgroundColor: '#f6f1e7',
        padding: { x: 18, y: 8 },
      })
      .setOrigin(0.5)
      .setDepth(2);
    // Without motion the banner simply disappears after a while (a tween of 1 ms, so the loop
    // knows it is still needed).
    const still = s.settings.reducedMotion;
    this.tweens.add({
      targets: this.banner,
      alpha: 0,
      delay: still ? 1500 : 1400,
      duration: still ? 1 : 600,
      onComplete: () => this.banner?.destroy(),
    });
    this.wake();
  }

  /** Runs the game loop again for at least `frames` frames and until no tween is running. */
  private wake(frames = 2): void {
    this.framesToDraw = Math.max(this.framesToDraw, frames);
    this.game.loop.wake();
  }

  /** At rest the loop sleeps: the canvas keeps its last picture and the page uses no CPU. */
  update(): void {
    if (this.framesToDraw > 0) this.framesToDraw--;
    else if (this.tweens.getTweens().length === 0) this.game.loop.sleep();
  }
}
