/** The town's buildings, drawn into one Graphics object: houses, care homes, the office, the beacon. */
import type Phaser from 'phaser';
import type { WorldLocation } from '../src/view';
import { palette } from './palette';

type Loc = WorldLocation;

export function building(
  g: Phaser.GameObjects.Graphics,
  l: Loc,
  x: number,
  y: number,
  u: number,
  lit: number,
  seed: number,
): void {
  const windows = (wx: number, wy: number, cols: number, rows: number, w: number, hgt: number) => {
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) {
        // A fixed pattern per building, so the same satisfaction always lights the same windows.
        const on = !l.closed && ((c * 7 + r * 13 + seed * 5) % 10) / 10 < lit;
        g.fillStyle(l.closed ? palette.plank : on ? palette.windowLit : palette.window, 1).fillRect(
          wx + c * (w / cols) + w / cols / 4,
          wy + r * (hgt / rows) + hgt / rows / 4,
          w / cols / 2,
          hgt / rows / 2,
        );
      }
  };
  const wall = l.closed ? palette.closedWall : palette.wall;
  const roof = l.closed ? palette.closedRoof : palette.roof;
  if (l.kind === 'thuiszorg') {
    for (const [dx, s] of [
      [-1.1, 0.8],
      [0, 1],
      [1.1, 0.85],
    ] as const) {
      const w = u * 0.9 * s;
      const hx = x + dx * u;
      g.fillStyle(wall, 1).fillRect(hx - w / 2, y - w, w, w);
      g.fillStyle(roof, 1).fillTriangle(hx - w * 0.62, y - w, hx + w * 0.62, y - w, hx, y - w * 1.6);
      windows(hx - w / 2, y - w, 2, 1, w, w * 0.8);
    }
    surroundings(g, l, x + u * 1.7, y, u, u * 1.6);
    return;
  }
  const tall = l.kind === 'kantoor';
  const w = u * (tall ? 1.4 : 2.6);
  const hgt = u * (tall ? 2.4 : 1.5);
  g.fillStyle(0x000000, 0.08).fillEllipse(x, y + 2, w * 1.2, u * 0.35);
  g.fillStyle(wall, 1).fillRect(x - w / 2, y - hgt, w, hgt);
  const top = l.closed ? palette.closedRoof : tall ? palette.navy : palette.roofDark;
  g.fillStyle(top, 1).fillRect(x - w / 2 - 3, y - hgt - u * 0.25, w + 6, u * 0.25);
  windows(x - w / 2, y - hgt, tall ? 3 : 6, tall ? 4 : 2, w, hgt * 0.85);
  g.fillStyle(l.closed ? palette.plank : palette.teal, 1).fillRect(x - u * 0.18, y - u * 0.5, u * 0.36, u * 0.5);
  surroundings(g, l, x + w / 2 + u * 0.3, y, u, hgt);
}

/** What stands beside a building: planks across a closed one, a warning sign, the queue. */
function surroundings(g: Phaser.GameObjects.Graphics, l: Loc, x: number, y: number, u: number, hgt: number): void {
  if (l.closed) {
    // Two planks crossed over the front, and a "te koop" board on a post.
    g.lineStyle(Math.max(2, u * 0.12), palette.plank, 1);
    g.lineBetween(x - u * 2.6, y - hgt * 0.9, x - u * 0.5, y - u * 0.1);
    g.lineBetween(x - u * 2.6, y - u * 0.1, x - u * 0.5, y - hgt * 0.9);
    g.fillStyle(palette.plank, 1).fillRect(x + u * 0.1, y - u * 1.1, u * 0.1, u * 1.1);
    g.fillStyle(palette.white, 1).fillRect(x - u * 0.25, y - u * 1.4, u * 0.8, u * 0.5);
    g.fillStyle(palette.warn, 1).fillRect(x - u * 0.15, y - u * 1.25, u * 0.6, u * 0.2);
    return;
  }
  if (l.shortStaffed) {
    // A red warning triangle on a post: too few hands here.
    g.fillStyle(palette.ink, 1).fillRect(x + u * 0.05, y - u * 1.2, u * 0.08, u * 1.2);
    g.fillStyle(palette.warn, 1).fillTriangle(
      x - u * 0.35,
      y - u * 1.1,
      x + u * 0.5,
      y - u * 1.1,
      x + u * 0.08,
      y - u * 1.8,
    );
    g.fillStyle(palette.white, 1).fillRect(x + u * 0.04, y - u * 1.6, u * 0.08, u * 0.3);
  }
}

/** Clients waiting in a row in front of a building, one figure per two weeks' waiting. */
export function queue(g: Phaser.GameObjects.Graphics, n: number, x: number, y: number, u: number): void {
  for (let i = 0; i < n; i++) {
    const qx = x + (i - (n - 1) / 2) * u * 0.42;
    g.fillStyle(palette.client, 1).fillRect(qx - u * 0.12, y + u * 0.25, u * 0.24, u * 0.45);
    g.fillCircle(qx, y + u * 0.12, u * 0.14);
  }
}

export function lighthouse(g: Phaser.GameObjects.Graphics, x: number, y: number, u: number): void {
  g.fillStyle(palette.white, 1).fillTriangle(x - u * 0.45, y, x + u * 0.45, y, x, y - u * 2.6);
  g.fillStyle(palette.roof, 1)
    .fillRect(x - u * 0.3, y - u * 1.2, u * 0.6, u * 0.3)
    .fillRect(x - u * 0.22, y - u * 2.0, u * 0.44, u * 0.25);
  g.fillStyle(palette.navy, 1).fillRect(x - u * 0.25, y - u * 2.75, u * 0.5, u * 0.35);
  g.fillStyle(palette.windowLit, 1).fillCircle(x, y - u * 2.58, u * 0.14);
  // The beam stands still: a turning beam would redraw the canvas every frame, for ever.
  const len = u * 7;
  const ly = y - u * 2.58;
  g.fillStyle(palette.beam, 0.35).fillTriangle(
    x,
    ly,
    x + Math.cos(-0.2) * len,
    ly + Math.sin(-0.2) * len * 0.35,
    x + Math.cos(0.04) * len,
    ly + Math.sin(0.04) * len * 0.35,
  );
}
