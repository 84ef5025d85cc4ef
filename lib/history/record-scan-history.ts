import type { Db } from './refresh-adoption-rollups';
import type { StoredScan } from './scan-outcome';
import { writeCurrentState } from './write-current-state';
import { writeDailyStatus } from './write-daily-status';
import { writeDkimKeys } from './write-dkim-keys';
import { writeEvents } from './write-events';
import { writeFindings } from './write-findings';

/**
 * Writes everything a batch of stored scan results adds to the history, in the caller's
 * transaction: finding rows, DKIM keys seen, change events against each domain's previous complete
 * scan, current state and the day's status. A fixed handful of set-based statements per batch,
 * whatever its size and whatever the reports hold. The scans must be of distinct domains.
 */
export async function recordScanHistory(db: Db, scans: readonly StoredScan[]): Promise<void> {
  await writeFindings(db, scans);
  await writeDkimKeys(db, scans);
  await writeEvents(db, scans);
  await writeCurrentState(db, scans);
  await writeDailyStatus(db, scans);
}
