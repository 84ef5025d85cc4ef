'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { approveDmarcSourceAction } from '@/lib/actions/approve-dmarc-source';

interface Props {
  domainId: string;
  sourceIp: string;
  approved: boolean;
  labels: { approve: string; unapprove: string };
}

/** Admins' switch between "expected sender" and not, for one source of one domain. */
export function SourceApprovalButton({ domainId, sourceIp, approved, labels }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const toggle = () =>
    startTransition(async () => {
      await approveDmarcSourceAction({ domainId, sourceIp, approved: !approved });
      router.refresh();
    });
  return (
    <button type="button" className="secondary" disabled={pending} onClick={toggle}>
      {approved ? labels.unapprove : labels.approve}
    </button>
  );
}
