/**
 * The view layer's public face for the DOM and the scenes: view models, and the few types from
 * the game's core that the UI handles as opaque values (events it sends, data it passes on).
 */
export type { PortraitSpec } from '../art/portrait';
export { type PlayerEvent, SUPPORTED_TYPES } from '../machines/events';
export type { Line } from '../narrative/conversation';
export type { DilemmasData, IndicatorDef, ScenarioBundle } from '../sim/schema';
export type { Decision } from '../sim/state';
export type { AssignmentModel } from './assignment';
export type { EffectLine, Tone } from './format';
export { nl, signed, sourceText } from './format';
export { gameView, type ViewInput } from './game-view';
export type * from './models';
