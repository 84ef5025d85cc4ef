import type { PersonActor } from '@/lib/audit-log/actor-of';
import { getMailSource } from '@/lib/queries/get-mail-source';
import type { MailSourceInput } from '@/lib/received-mail/mail-source-input';
import { writeMailSource } from '@/lib/received-mail/write-mail-source';
import type { ApiPrincipal } from './api-principal';
import { ApiProblem, notFound } from './api-problem';

/** Creates or replaces a source and answers with it as stored; 409 name_taken, 404 for a lost id. */
export async function saveMailSourceFromApi(
  principal: ApiPrincipal,
  input: { id?: string; source: MailSourceInput },
  actor: PersonActor,
) {
  const saved = await writeMailSource(input, actor);
  if (!saved.ok && saved.code === 'name_taken')
    throw new ApiProblem(409, 'name_taken', 'A data source of that name exists.');
  const source = saved.ok ? await getMailSource(principal.viewer, saved.id) : null;
  if (!source) throw notFound('Data source');
  return source;
}
