-- Issue 14: alert rules on DMARC aggregate reports (lib/alerts/find-dmarc-*.ts).
ALTER TYPE "alert_rule_kind" ADD VALUE 'dmarc_unapproved_source';
ALTER TYPE "alert_rule_kind" ADD VALUE 'dmarc_report_missing';
