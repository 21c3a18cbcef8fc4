/**
 * Portraits as canvas textures, drawn on first use: square for the speaker beside a conversation,
 * round for a pin on the map. The drawing code loads with the first one, not with the title screen.
 */
import type Phaser from 'phaser';
import type { PortraitSpec } from '../src/view';

/** Calls `ready(key)` once a texture holds `who`'s portrait (at once when one already does). */
export function withPortrait(
  textures: Phaser.Textures.TextureManager,
  who: string,
  spec: PortraitSpec,
  size: number,
  round: boolean,
  ready: (key: string) => void,
): void {
  const key = `portret-${who}-${size}${round ? '-rond' : ''}`;
  if (textures.exists(key)) {
    ready(key);
    return;
  }
  const img = new Image();
  img.onload = () => {
    if (!textures.exists(key)) {
      if (round) textures.addCanvas(key, roundCanvas(img, size));
      else textures.addImage(key, img);
    }
    ready(key);
  };
  void import('../src/art/portrait').then(({ portraitDataUrl }) => {
    img.src = portraitDataUrl(spec, size);
  });
}

function roundCanvas(img: HTMLImageElement, size: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const g = canvas.getContext('2d');
  if (g) {
    g.beginPath();
    g.arc(size / 2, size / 2, size / 2, 0, Math.PI * 2);
    g.clip();
    g.drawImage(img, 0, 0, size, size);
  }
  return canvas;
}
