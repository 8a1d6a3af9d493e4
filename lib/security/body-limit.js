// @ts-check
/**
 * The largest body a server action accepts: next.config.js hands it to Next, and proxy.ts refuses
 * anything larger before reading it. CSV uploads are capped at 2 MB by the app; this sits just above.
 */
export const MAX_ACTION_BODY_BYTES = 3 * 1024 * 1024;
