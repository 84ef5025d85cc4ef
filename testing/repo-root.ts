import { fileURLToPath } from 'node:url';

/** The repository's root folder (with a trailing slash), for helpers that run its tools or read its files. */
export const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
