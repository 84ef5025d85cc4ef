import { z } from 'zod';

/** Digests of the pre-issue-12 engine's reports on the first `count` synthetic domains. */
export const GOLDEN_PATH = new URL('./engine-golden.json', import.meta.url).pathname;

export const engineGolden = z.object({
  count: z.number().int().positive(),
  digests: z.record(z.string(), z.string()),
});
