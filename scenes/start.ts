/** Boots Phaser into the given element with the world scene; Phaser's own audio is off (Howler owns sound). */
import Phaser from 'phaser';
import type { AppStore } from '../src/state/store';
import { WorldScene } from './world-scene';

/** `fpsLimit` caps how often the world is drawn (0: every frame the browser offers). */
export function startWorld(parent: HTMLElement, store: AppStore, { fpsLimit = 0 } = {}): Phaser.Game {
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    backgroundColor: '#f6f1e7',
    scale: { mode: Phaser.Scale.RESIZE, width: parent.clientWidth || 1280, height: parent.clientHeight || 720 },
    audio: { noAudio: true },
    fps: { limit: fpsLimit },
    banner: false,
    scene: [],
    callbacks: {
      preBoot: (g) => g.registry.set('store', store),
    },
  });
  game.scene.add('world', WorldScene, true);
  return game;
}
