/** Absolute path of src/og/worker.ts, set by astro.config.mjs (`vite.define`). */
declare const __UNSTUCK_OG_WORKER__: string;
/** True under `astro dev`, false in a build; set by astro.config.mjs (devServerFlag). */
declare const __UNSTUCK_DEV__: boolean;
