/** Version of @rtsim/sim (its package.json), injected by vite.config.ts; results.json records it. */
declare const __RTSIM_VERSION__: string;
