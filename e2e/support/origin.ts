/** Where the end-to-end suite serves the production build; npm test builds with SITE_URL set to it. */
export const e2ePort = Number(process.env.LEDE_E2E_PORT ?? 3100);
export const e2eOrigin = `http://localhost:${e2ePort}`;
