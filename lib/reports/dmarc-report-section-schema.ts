import { z } from 'zod';

const count = z.number().int().min(0);

/** A sending source as the report lists it; its reverse name is what the address's owner claims. */
const dmarcReportSourceSchema = z.object({
  ip: z.string(),
  reverseName: z.string().nullable(),
  provider: z.string().nullable(),
  messages: count,
  dmarcPass: count,
  spfAligned: count,
  dkimAligned: count,
  approved: z.boolean(),
});

/** One scope's DMARC aggregate reports over the report's period (issue 14). */
const dmarcScopeSectionSchema = z.object({
  scope: z.string(),
  reports: count,
  organisations: count,
  messages: count,
  /** Messages passing DMARC (DKIM or SPF aligned), and aligned SPF / aligned DKIM, as receivers evaluated. */
  dmarcPass: count,
  spfAligned: count,
  dkimAligned: count,
  sources: count,
  unapprovedSources: count,
  /** The reporting organisations with the most messages reported, and the busiest sources. */
  reporters: z.array(z.object({ name: z.string(), reports: count, messages: count })),
  topSources: z.array(dmarcReportSourceSchema),
  /** The busiest sources not approved for every domain they sent as. */
  unapproved: z.array(dmarcReportSourceSchema),
  /** Member domains no report ending in the period was received for: the first by name, and how many. */
  withoutReports: z.object({ total: count, domains: z.array(z.string()) }),
});

/** The report's DMARC section: reports ending within the period's days, per chosen scope. */
export const dmarcReportSectionSchema = z.object({
  from: z.iso.datetime(),
  to: z.iso.datetime(),
  scopes: z.array(dmarcScopeSectionSchema),
});

export type DmarcReportSection = z.infer<typeof dmarcReportSectionSchema>;
export type DmarcScopeSection = DmarcReportSection['scopes'][number];
export type DmarcReportSource = DmarcScopeSection['topSources'][number];
