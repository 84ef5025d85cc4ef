import { z } from 'zod';

export const DELIVERY_PAGE_SIZE = 50;

/** The delivery history's filter and page, from the URL or the API query; bad values fall back. */
export const alertDeliveryFilter = z.object({
  status: z.enum(['pending', 'sent', 'failed']).optional().catch(undefined),
  rule: z.uuid().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});

export type AlertDeliveryFilter = z.infer<typeof alertDeliveryFilter>;
