/** Bad command-line input: the CLI prints the message and exits 2. */
export class UsageError extends Error {}

export const EXIT = { ok: 0, failure: 1, usage: 2, partial: 3 } as const;
