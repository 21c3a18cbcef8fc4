/** Boots Phaser into the given element with the world scene; Phaser's own audio is off (Howler owns sound). */
import Phaser from 'phaser';
import type { AppStore } from '../src/state/store';
import { townText } from './town-text';
import { WorldScene } from './world-scene';

/** The world scene puts the game loop to sleep when nothing changes (see WorldScene.update). */
export function startWorld(parent: HTMLElement, store: AppStore): Phaser.Game {
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    backgroundColor: '#f6f1e7',
    scale: { mode: Phaser.Scale.RESIZE, width: parent.clientWidth || 1280, height: parent.clientHeight || 720 },
    audio: { noAudio: true },
    banner: false,
    scene: [],
    callbacks: {
      preBoot: (g) => g.registry.set('store', store),
    },
  });
  game.scene.add('world', WorldScene, true);
  // Outside the aria-hidden canvas holder and after the panel, so screen readers read it last.
  document.body.append(townText(store));
  return game;
}
