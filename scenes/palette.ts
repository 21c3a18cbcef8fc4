/** The project's palette, shared by the canvas and (as CSS variables) the DOM. */
export const palette = {
  ink: 0x1d2733,
  navy: 0x16324f,
  teal: 0x0f6e6e,
  sand: 0xf6f1e7,
  sea: 0x2f6f8f,
  seaDeep: 0x1f4e66,
  grass: 0x9fbf8f,
  grassDark: 0x7fa36f,
  road: 0xd9cdb6,
  wall: 0xefe6d6,
  roof: 0xb4452f,
  roofDark: 0x8c3523,
  window: 0x2b3a4a,
  windowLit: 0xf2c14e,
  beam: 0xfff3c4,
  white: 0xffffff,
  // A closed building: grey walls and roof, boarded windows.
  closedWall: 0xc4c1bb,
  closedRoof: 0x8a8782,
  plank: 0x7a5a3a,
  warn: 0xc0392b,
  client: 0x6b4f8a,
} as const;

/** Sky colours per season (the world model's `season`: spring, summer, autumn, winter). */
export const seasons = [
  { top: 0xbfdcef, bottom: 0xeaf3f1, grass: 0x9fc98f },
  { top: 0x9fd0f0, bottom: 0xf3efd9, grass: 0x8fbf7a },
  { top: 0xc9c3d6, bottom: 0xf0e2cf, grass: 0xb7b27a },
  { top: 0xc8d3dc, bottom: 0xeef1f3, grass: 0xc9d3c4 },
] as const;
