/**
 * The advisory lock key of a scan run (64 bits from its uuid). Result batches hold it shared and a
 * cancel holds it exclusively, so a cancel waits for the batches in flight instead of interleaving
 * row locks with them (which could deadlock), and batches after it find its items already gone.
 */
export function runLockKey(runId: string): bigint {
  return BigInt.asIntN(64, BigInt(`0x${runId.replaceAll('-', '').slice(16)}`));
}
