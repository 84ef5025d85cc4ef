import { normalizeDomain } from '@/audit/domain-name';
import { prisma } from '@/lib/db';
import { registerDomain } from './register-domain';

export type RegisterByNameResult =
  | { ok: true; domain: { id: string; ascii: string; unicode: string } }
  | { ok: false; error: string };

/**
 * Registers a domain from what a person typed (Unicode or ASCII): normalised per UTS #46, then
 * registered with its registration period. The one path for the add-domain form and the API.
 */
export async function registerDomainByName(input: string): Promise<RegisterByNameResult> {
  const name = normalizeDomain(input.slice(0, 1000));
  if (!name.ok) return { ok: false, error: name.error };
  const domain = await prisma.$transaction((tx) =>
    registerDomain(tx, { ascii: name.ascii, unicode: name.unicode }),
  );
  return { ok: true, domain };
}
