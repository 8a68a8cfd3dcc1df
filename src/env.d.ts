/** Absolute path of src/og/worker.ts, set by astro.config.mjs (`vite.define`). */
declare const __UNSTUCK_OG_WORKER__: string;
