-- Issue 16: alert rules on compliance with a profile (lib/alerts/find-compliance-*.ts).
ALTER TYPE "alert_rule_kind" ADD VALUE 'compliance_lost';
ALTER TYPE "alert_rule_kind" ADD VALUE 'compliance_below';
