import type { PrismaClient } from '@/generated/prisma/client';
import { SYSTEM_ACTOR } from '@/lib/audit-log/actor-of';
import { contactFields } from '@/lib/groups/contacts/contact-fields';
import { saveGroupContact } from '@/lib/groups/contacts/save-group-contact';
import { setScorecardSchedule } from '@/lib/groups/scorecard/set-scorecard-schedule';
import { rotateStatusLink } from '@/lib/groups/status-link/rotate-status-link';
import { statusLinkUrl } from '@/lib/groups/status-link/status-link-token';

const DEMO_GROUP = 'Ministries (demo)';

/** Fictional people at reserved addresses (RFC 2606): nobody real is mailed. */
const DEMO_CONTACTS = [
  { name: '検査 花子', email: 'ciso@ministries.example', language: 'ja', role: '最高情報セキュリティ責任者' },
  { name: 'Taro Kensa', email: 'it-desk@ministries.example', language: 'en', role: 'IT desk' },
];

/**
 * The demo's owners and public page: two contacts and a weekly scorecard for the ministries group
 * (added once; a user's later changes are kept), and its public status page. Only the link's hash is
 * stored, so each demo start makes a new link (the previous one stops working) and prints it.
 */
export async function seedDemoOwners(db: PrismaClient, baseUrl: string): Promise<void> {
  const group = await db.group.findUnique({ where: { name: DEMO_GROUP }, select: { id: true } });
  if (!group) return;
  if ((await db.groupContact.count({ where: { groupId: group.id } })) === 0) {
    for (const contact of DEMO_CONTACTS)
      await saveGroupContact(group.id, undefined, contactFields.parse(contact), SYSTEM_ACTOR, db);
    await setScorecardSchedule(group.id, 'weekly', SYSTEM_ACTOR, db);
  }
  const link = await rotateStatusLink(group.id, SYSTEM_ACTOR, db);
  if (link.ok)
    console.log(`kensa: demo public status page of ${DEMO_GROUP}: ${statusLinkUrl(baseUrl, link.token)}`);
}
