/**
 * Where the layout changes (Tailwind's md and xl, so CSS and script agree):
 * below `drawer` the sidebar is a drawer behind a menu button and lists become
 * cards; below `sheet` an open expert fills the screen instead of sitting
 * beside the list.
 */
export const BREAKPOINTS = { drawer: 768, sheet: 1280 } as const;

export const atLeast = (px: number) => `(min-width: ${px}px)`;
