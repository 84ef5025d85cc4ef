import type { AdoptionFlags } from '@/lib/history/adoption-flags';
import type { Day } from '@/lib/history/day-of';

/**
 * A member's judgement against one profile version: the profile as a whole and each requirement,
 * with the day's exceptions laid over it ("exempted"). Statuses are strings: any status passes
 * through and is counted as what it is.
 */
export interface MemberJudgement {
  status: string;
  requirements: Record<string, string>;
}

/** One member of the group on the snapshot's day, with its status as of that day. */
export interface SnapshotMember {
  id: string;
  ascii: string;
  unicode: string;
  /** Its latest daily status on or before the day; every flag null when it has none or it is unknown. */
  flags: AdoptionFlags;
  /** By profile version id; a version missing here (never judged, failed scan) is unknown. */
  judgements: Record<string, MemberJudgement>;
}

/** A group as it stood on a day: the members of that day, each as of that day. */
export interface GroupSnapshot {
  day: Day;
  members: SnapshotMember[];
}
