/**
 * Which game version a click belongs to. A double- or triple-click is one gesture: its later
 * clicks (MouseEvent.detail > 1) belong to the screen the gesture began on, not to the screen
 * drawn under the pointer since the first click moved the game on — so the game refuses them as
 * stale, and the player never makes a decision they did not see. Single clicks and keyboard
 * activation (detail 0) belong to the version their control was drawn for. No timing involved.
 */
let began = -1;

/** Notes the version on screen whenever a new click gesture begins anywhere in `root`. */
export function trackGestures(root: EventTarget, shown: () => number): void {
  root.addEventListener(
    'mousedown',
    (e) => {
      if ((e as MouseEvent).detail <= 1) began = shown();
    },
    { capture: true },
  );
}

/** The version an event from a control drawn for `drawn` carries. */
export function versionOf(e: Event | undefined, drawn: number): number {
  return e instanceof MouseEvent && e.detail > 1 ? began : drawn;
}
