/** Where the browser tests find the app, and the admin the app creates from its environment. */
export const E2E_PORT = Number(process.env.KENSA_E2E_PORT ?? 3100);
/** KENSA_E2E_BASE_URL runs the specs against an app already running (a dev server) instead of starting one. */
export const E2E_EXTERNAL_URL = process.env.KENSA_E2E_BASE_URL;
export const E2E_BASE_URL = E2E_EXTERNAL_URL ?? `http://127.0.0.1:${E2E_PORT}`;
export const E2E_ADMIN = { email: 'admin@kensa.test', password: 'correct horse battery staple' };
