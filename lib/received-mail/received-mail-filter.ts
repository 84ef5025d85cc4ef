import { z } from 'zod';

/** The received-mail page's state, held in the URL; anything malformed falls back to the default. */
export const receivedMailFilter = z.object({
  by: z.enum(['week', 'month']).default('week').catch('week'),
  source: z
    .union([z.literal('all'), z.uuid()])
    .default('all')
    .catch('all'),
  basis: z.enum(['messages', 'domains']).default('messages').catch('messages'),
});

export type ReceivedMailFilter = z.infer<typeof receivedMailFilter>;

export function parseReceivedMailFilter(
  params: Record<string, string | string[] | undefined>,
): ReceivedMailFilter {
  const first = Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  return receivedMailFilter.parse(first);
}
