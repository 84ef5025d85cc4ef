/** The formats of the domains export (`format` query value), kept apart from the writers so that
 * pages can link to them without loading exceljs. */
export const DOMAIN_EXPORT_FORMAT_NAMES = ['csv', 'xlsx', 'ndjson'] as const;

export type DomainExportFormat = (typeof DOMAIN_EXPORT_FORMAT_NAMES)[number];
