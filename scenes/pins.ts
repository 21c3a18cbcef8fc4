/**
 * The agenda on the map: each open agenda item stands as a pin at its place in town, a round
 * portrait (or a clipboard for a site visit) with a first name under it. Pointing at a pin shows the
 * item in full; clicking it presses the agenda list's own button, so the map and the list are one
 * choice with one path (team votes, stale-click guard and all). The list stays the keyboard and
 * screen-reader way in; the canvas is aria-hidden.
 */
import Phaser from 'phaser';
import type { WorldPin } from '../src/view';
import { palette } from './palette';
import { layoutPins } from './pin-layout';
import { withPortrait } from './portrait-texture';

const FONT = 'Atkinson Hyperlegible, sans-serif';
const TAP_RADIUS = 22;

export class TownPins {
  private objects: Phaser.GameObjects.GameObject[] = [];
  private tip: Phaser.GameObjects.Text | null = null;
  /** Where each pin stands on the canvas: read by the end-to-end tests (window.__koers.world). */
  spots: { item: string; x: number; y: number; r: number; reach: number }[] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly wake: () => void,
  ) {}

  clear(): void {
    for (const o of this.objects) o.destroy();
    this.objects = [];
    this.tip?.destroy();
    this.tip = null;
    this.spots = [];
  }

  /**
   * `place(location)`: the centre of that location's building on the canvas; `unit`: the town's
   * scale; `bounds`: the part of the canvas the town has; `names`: the places' names, kept readable.
   */
  draw(
    pins: readonly WorldPin[],
    place: (location: string) => { x: number; y: number } | null,
    unit: number,
    bounds: { x: number; y: number; w: number; h: number },
    names: readonly Phaser.GameObjects.Text[],
  ): void {
    this.clear();
    const r = Math.round(Math.max(11, unit * 0.5));
    const byPlace = new Map<string, WorldPin[]>();
    for (const p of pins) byPlace.set(p.location, [...(byPlace.get(p.location) ?? []), p]);
    const groups = [...byPlace].flatMap(([location, here]) => {
      const at = place(location);
      return at ? [{ ...at, here }] : [];
    });
    const font = Math.max(11, Math.round(r * 0.62));
    const spots = layoutPins(
      groups.map((g) => ({ x: g.x, y: g.y - unit * 0.6, count: g.here.length })),
      r * 2 + font * 3.2,
      r * 2 + font + 8,
      bounds,
      names.map((t) => ({ x: t.x, y: t.y + t.height / 2, w: t.width, h: t.height })),
    );
    groups.forEach((g, i) => {
      g.here.forEach((pin, k) => {
        const at = spots[i]?.[k];
        if (at) this.pin(pin, at.x, at.y - font / 2, r, font);
      });
    });
    this.wake();
  }

  private pin(pin: WorldPin, x: number, y: number, r: number, font: number): void {
    const { scene } = this;
    const ring = scene.add.circle(x, y, r, pin.face ? palette.white : palette.teal).setDepth(3);
    ring.setStrokeStyle(3, palette.navy);
    this.objects.push(ring);
    if (pin.face) {
      const size = Math.round(r * 2 - 6);
      withPortrait(scene.textures, pin.face.name, pin.face.spec, size, true, (key) => {
        if (!ring.active) return; // redrawn meanwhile
        this.objects.push(scene.add.image(x, y, key).setDepth(3));
        this.wake();
      });
    } else {
      // A clipboard: a site visit.
      const g = scene.add.graphics().setDepth(3);
      g.fillStyle(palette.white, 1).fillRect(x - r * 0.4, y - r * 0.5, r * 0.8, r);
      g.fillStyle(palette.navy, 1).fillRect(x - r * 0.2, y - r * 0.6, r * 0.4, r * 0.2);
      for (let i = 0; i < 3; i++) g.fillRect(x - r * 0.25, y - r * 0.2 + i * r * 0.25, r * 0.5, r * 0.08);
      this.objects.push(g);
    }
    const name = scene.add
      .text(x, y + r + 2, pin.label, {
        fontFamily: FONT,
        fontSize: `${font}px`,
        fontStyle: 'bold',
        color: '#ffffff',
        backgroundColor: '#16324f',
        padding: { x: 4, y: 1 },
      })
      .setOrigin(0.5, 0)
      .setDepth(3);
    this.objects.push(name);
    // At least 44 px across to tap (WCAG's target size), however small the pin is drawn on a phone;
    // the layout keeps pins further apart than that.
    const reach = Math.max(r, TAP_RADIUS);
    this.spots.push({ item: pin.item, x, y, r, reach });
    ring.setInteractive({
      hitArea: new Phaser.Geom.Circle(r, r, reach),
      hitAreaCallback: Phaser.Geom.Circle.Contains,
      useHandCursor: true,
    });
    ring.on('pointerover', () => {
      ring.setStrokeStyle(4, palette.windowLit);
      this.showTip(pin.title, x, y - r - 6);
    });
    ring.on('pointerout', () => {
      ring.setStrokeStyle(3, palette.navy);
      this.tip?.destroy();
      this.tip = null;
      this.wake();
    });
    ring.on('pointerup', () => {
      const control = document.getElementById(pin.control);
      if (control instanceof HTMLButtonElement && !control.disabled) control.click();
    });
  }

  private showTip(text: string, x: number, y: number): void {
    this.tip?.destroy();
    const width = this.scene.scale.width;
    this.tip = this.scene.add
      .text(x, y, text, {
        fontFamily: FONT,
        fontSize: '15px',
        color: '#1d2733',
        backgroundColor: '#fffdf8',
        padding: { x: 8, y: 4 },
        wordWrap: { width: Math.min(280, width * 0.8) },
      })
      .setOrigin(0.5, 1)
      .setDepth(4);
    // Keep it on the canvas near the edges.
    const half = this.tip.width / 2;
    this.tip.setX(Phaser.Math.Clamp(x, half + 4, width - half - 4));
    this.wake();
  }
}
