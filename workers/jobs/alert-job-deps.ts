import type { Queue } from 'bullmq';
import type { PrismaClient } from '@/generated/prisma/client';
import type { AlertSettings } from '@/lib/alerts/alert-settings';

/** What the alert job handlers need, injected so tests run them on their own database and queue. */
export interface AlertJobDeps {
  db: PrismaClient;
  /** The alerts queue, where follow-up deliveries are added. */
  queue: Queue;
  settings: AlertSettings;
}
