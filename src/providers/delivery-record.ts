/** A vendor's delivery log as one record: what the adapters that read a list of attempts share. */
import type { DeliveryAttempt, DeliveryRecord } from '../core/adapter.js';

/** A record from attempts, newest first: failing when the last one failed. */
export function deliveryRecordOf(attempts: readonly DeliveryAttempt[], covers: string): DeliveryRecord {
  if (attempts.length === 0) return { covers, failing: false, text: 'no deliveries recorded', attempts };
  const failed = attempts.filter((a) => !a.ok).length;
  const last = attempts[0]!;
  return { covers, failing: !last.ok, text: `${failed} of ${attempts.length} failed; the last ${last.status !== undefined ? `answered ${last.status}` : 'got no answer'}${last.at ? `, ${last.at}` : ''}`, attempts };
}

