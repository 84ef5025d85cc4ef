import { z } from 'zod';

const uuid = z.uuid();

/** Ids are UUIDs: anything else in a URL is a 404, not a database error. */
export function isUuid(value: string): boolean {
  return uuid.safeParse(value).success;
}
