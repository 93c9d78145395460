/** Seconds since `started` (a performance.now() reading), written as Astro writes durations: "1.23s". npm run bench reads them from the log. */
export const elapsed = (started: number) => `${((performance.now() - started) / 1000).toFixed(2)}s`;
