/** The alerts pages, and the alert mails (lib/alerts). */
export const ALERTS_MESSAGES = {
  'nav.alerts': { en: 'Alerts', ja: 'アラート' },

  'alerts.title': { en: 'Alerts', ja: 'アラート' },
  'alerts.intro': {
    en: 'Rules watch each finished scan run and tell people by e-mail or webhook when something got worse.',
    ja: '検査の実行が終わるたびにルールを評価し、状態が悪化したときにメールまたは Webhook で通知します。',
  },
  'alerts.rules': { en: 'Rules', ja: 'ルール' },
  'alerts.rulesCaption': { en: 'Alert rules', ja: 'アラートルール一覧' },
  'alerts.noRules': { en: 'No alert rules yet.', ja: 'アラートルールはまだありません。' },
  'alerts.createRule': { en: 'Create a rule', ja: 'ルールを作成' },
  'alerts.editRule': { en: 'Edit the rule', ja: 'ルールを編集' },
  'alerts.deleteRule': { en: 'Delete the rule', ja: 'ルールを削除' },
  'alerts.deleteConfirm': {
    en: 'Delete this rule and its delivery history?',
    ja: 'このルールと配信履歴を削除しますか？',
  },
  'alerts.invalid': {
    en: 'Check the fields: a name, valid settings for the kind, valid e-mail addresses or an http(s) webhook URL.',
    ja: '入力内容を確認してください（名称、種類ごとの設定、正しいメールアドレスまたは http(s) の Webhook URL）。',
  },
  'alerts.noChannel': {
    en: 'Give at least one e-mail address or a webhook URL.',
    ja: 'メールアドレスまたは Webhook URL を 1 つ以上指定してください。',
  },
  'alerts.kind': { en: 'What to watch', ja: '監視内容' },
  'alerts.kind.record_lost': { en: 'A domain lost an adopted setting', ja: 'ドメインの設定が失われた' },
  'alerts.kind.finding_appeared': { en: 'A finding appeared', ja: '指摘事項が新たに発生した' },
  'alerts.kind.dkim_key_age': { en: 'A DKIM key is too old', ja: 'DKIM 鍵が古い' },
  'alerts.kind.adoption_fell': { en: 'Adoption fell', ja: '導入率が低下した' },
  'alerts.kind.target_behind': { en: 'Target behind its trajectory', ja: '目標の達成計画から遅れた' },
  'alerts.kind.compliance_lost': {
    en: 'A domain became not compliant with a profile',
    ja: 'ドメインがプロファイルに準拠しなくなった',
  },
  'alerts.kind.compliance_below': {
    en: "A group's compliance fell below a share",
    ja: 'グループの準拠率が基準を下回った',
  },
  'alerts.kind.dmarc_unapproved_source': {
    en: 'DMARC reports show a new unapproved source',
    ja: 'DMARC レポートに未承認の送信元が現れた',
  },
  'alerts.kind.dmarc_report_missing': {
    en: 'No DMARC report received for some days',
    ja: 'DMARC レポートが一定日数届いていない',
  },
  'alerts.kind.compliance_exception_expired': {
    en: 'A compliance exception expired',
    ja: '準拠の例外が期限切れになった',
  },
  'alerts.group': { en: 'Domains', ja: '対象ドメイン' },
  'alerts.allDomains': { en: 'All domains', ja: 'すべてのドメイン' },
  'alerts.channels': { en: 'Channels', ja: '通知先' },
  'alerts.emails': { en: 'E-mail addresses (comma-separated)', ja: 'メールアドレス（カンマ区切り）' },
  'alerts.webhookUrl': { en: 'Webhook URL', ja: 'Webhook URL' },
  'alerts.webhookAdminOnly': {
    en: '(only admins see or change the webhook URL)',
    ja: '（Webhook URL の表示と変更は管理者のみ）',
  },
  'alerts.webhookRefused': {
    en: 'Kensa does not call internal addresses (loopback, private, link-local…) unless the server lists them in KENSA_WEBHOOK_ALLOW.',
    ja: 'Kensa は内部アドレス（ループバック、プライベート、リンクローカルなど）には、サーバーの KENSA_WEBHOOK_ALLOW に記載がない限り通知しません。',
  },
  'alerts.webhookSecret': { en: 'Webhook signing secret', ja: 'Webhook 署名用シークレット' },
  'alerts.webhookSecretHelp': {
    en: 'Configure the receiver with this secret to verify the Kensa-Signature header (see docs/alerts.md).',
    ja: '受信側にこのシークレットを設定し、Kensa-Signature ヘッダーを検証してください（docs/alerts.md 参照）。',
  },
  'alerts.rotateSecret': { en: 'Replace the secret', ja: 'シークレットを再発行' },
  'alerts.rotateConfirm': {
    en: 'Replace the secret? Receivers must be given the new one, or they will refuse the next calls.',
    ja: 'シークレットを再発行しますか？受信側に新しいシークレットを設定しないと、以降の通知は拒否されます。',
  },
  'alerts.digest': { en: 'Sending', ja: '送信方法' },
  'alerts.digest.none': { en: 'At once', ja: '即時' },
  'alerts.digest.hourly': { en: 'Hourly digest', ja: '1 時間ごとにまとめて' },
  'alerts.digest.daily': { en: 'Daily digest (08:00)', ja: '1 日 1 回まとめて（8:00）' },
  'alerts.enabled': { en: 'Enabled', ja: '有効' },
  'alerts.disabled': { en: 'Disabled', ja: '無効' },
  'alerts.metric': { en: 'Setting', ja: '項目' },
  'alerts.finding': { en: 'Finding', ja: '指摘事項' },
  'alerts.anyFinding': { en: 'Any finding', ja: 'すべての指摘事項' },
  'alerts.minSeverity': { en: 'At least', ja: '重大度（以上）' },
  'alerts.days': { en: 'Older than (days)', ja: '経過日数（日超）' },
  'alerts.profile': { en: 'Compliance profile', ja: '準拠プロファイル' },
  'alerts.requirement': { en: 'Requirement', ja: '要件' },
  'alerts.wholeProfile': {
    en: 'The profile as a whole (every must)',
    ja: 'プロファイル全体（必須要件すべて）',
  },
  'alerts.percent': { en: 'Falls below (%)', ja: '下回る準拠率（%）' },
  'alerts.points': { en: 'Fell by at least (points)', ja: '低下幅（ポイント以上）' },
  'alerts.compare': { en: 'Compared with', ja: '比較対象' },
  'alerts.compare.previous-day': { en: 'the day before', ja: '前日' },
  'alerts.compare.previous-week': { en: 'a week before', ja: '1 週間前' },
  'alerts.smtpDisabled': {
    en: 'E-mail is not configured on this server (KENSA_SMTP_URL): e-mail deliveries will fail and say so.',
    ja: 'このサーバではメール送信が設定されていません（KENSA_SMTP_URL）。メールの配信は失敗として記録されます。',
  },

  'alerts.describe.record_lost': {
    en: 'a domain is no longer "{metric}"',
    ja: 'ドメインが「{metric}」でなくなった',
  },
  'alerts.describe.finding_appeared': { en: 'new finding: {finding}', ja: '新たな指摘: {finding}' },
  'alerts.describe.finding_appeared.any': { en: 'any new finding', ja: '新たな指摘事項' },
  'alerts.describe.finding_appeared.severity': {
    en: 'new finding of severity {severity} or worse',
    ja: '重大度「{severity}」以上の新たな指摘事項',
  },
  'alerts.describe.dkim_key_age': {
    en: 'DKIM key older than {days} days',
    ja: '公開から {days} 日を超えた DKIM 鍵',
  },
  'alerts.describe.adoption_fell': {
    en: '{metric} fell by {points} points or more against {compare}',
    ja: '{metric}の導入率が{compare}より {points} ポイント以上低下',
  },

  'alerts.describe.target_behind': {
    en: "a group's target fell behind its trajectory",
    ja: 'グループの目標が達成計画（軌道）を下回った',
  },
  'alerts.describe.dmarc_unapproved_source': {
    en: 'a source no admin approved sends as a domain (DMARC reports)',
    ja: '管理者が承認していない送信元がドメインとして送信（DMARC レポート）',
  },
  'alerts.describe.dmarc_report_missing': {
    en: 'no DMARC aggregate report received for {days} days',
    ja: 'DMARC 集計レポートが {days} 日間届いていない',
  },

  'alerts.describe.compliance_exception_expired': {
    en: 'a comply-or-explain exception expired',
    ja: '準拠の例外（説明による免除）が期限切れ',
  },
  'alerts.describe.compliance_lost': {
    en: 'a domain becomes not compliant with "{profile}"',
    ja: 'ドメインが「{profile}」に準拠しなくなった',
  },
  'alerts.describe.compliance_lost.requirement': {
    en: 'a domain stops meeting "{requirement}" of "{profile}"',
    ja: 'ドメインが「{profile}」の要件「{requirement}」を満たさなくなった',
  },
  'alerts.describe.compliance_below': {
    en: 'a group\'s share compliant with "{profile}" falls below {percent}',
    ja: 'グループの「{profile}」への準拠率が {percent} を下回った',
  },

  'alerts.match.record_lost': {
    en: '{metric}: adopted at the previous scan, not any more',
    ja: '{metric}: 前回の検査では設定あり、今回は設定なし',
  },
  'alerts.match.finding_appeared': {
    en: 'new finding ({severity}): {title}',
    ja: '新たな指摘（{severity}）: {title}',
  },
  'alerts.match.dkim_key_age': {
    en: 'DKIM key at selector "{selector}" published for {days} days (first seen {since})',
    ja: 'セレクタ「{selector}」の DKIM 鍵が {days} 日間公開されたまま（初回確認 {since}）',
  },
  'alerts.match.adoption_fell': {
    en: '{scope}: {metric} fell from {from} ({baselineDay}) to {to} ({day})',
    ja: '{scope}: {metric}が {from}（{baselineDay}）から {to}（{day}）に低下',
  },
  'alerts.match.target_behind': {
    en: '{group}: {target} is behind its trajectory since {since}: {actual} against {expected} expected ({percent} by {deadline})',
    ja: '{group}: {target}が {since} から計画を下回っています。実績 {actual}、計画 {expected}（{deadline} までに {percent}）',
  },
  'alerts.match.dmarc_unapproved_source': {
    en: 'unapproved source {ip} sent {messages} messages in the last {days} days (DMARC reports)',
    ja: '未承認の送信元 {ip} が直近 {days} 日に {messages} 通を送信（DMARC レポート）',
  },
  'alerts.match.dmarc_report_missing': {
    en: 'no DMARC aggregate report for {days} days (the last arrived {since})',
    ja: 'DMARC 集計レポートが {days} 日間届いていない（最後の受信 {since}）',
  },
  'alerts.match.compliance_exception_expired': {
    en: 'the exception to "{requirement}" of {profile} expired on {day}: the requirement counts with its real status again',
    ja: '{profile} の要件「{requirement}」の例外が {day} に期限切れ。要件は本来の判定に戻りました',
  },
  'alerts.match.compliance_lost': {
    en: 'not compliant with "{profile}" any more (compliant at the previous scan)',
    ja: '「{profile}」に準拠しなくなった（前回の検査では準拠）',
  },
  'alerts.match.compliance_lost.requirement': {
    en: '"{profile}": "{requirement}" not met any more (met at the previous scan)',
    ja: '「{profile}」の要件「{requirement}」を満たさなくなった（前回の検査では充足）',
  },
  'alerts.match.compliance_below': {
    en: '{group}: compliant with "{profile}" fell below {percent}: {from} → {to} ({day})',
    ja: '{group}: 「{profile}」への準拠率が {percent} を下回った: {from} → {to}（{day}）',
  },
  'alerts.mail.subject': { en: '{count} alert(s)', ja: '{count} 件のアラート' },
  'alerts.mail.intro': {
    en: 'Rule "{rule}" ({description}) fired {count} time(s).',
    ja: 'ルール「{rule}」（{description}）が {count} 件検知しました。',
  },
  'alerts.mail.more': {
    en: '…and {count} more (see the delivery in Kensa).',
    ja: '…ほか {count} 件（Kensa の配信履歴を参照）。',
  },
  'alerts.moreMatches': {
    en: '…and {count} more, not listed.',
    ja: '…ほか {count} 件（一覧には表示していません）。',
  },
  'alerts.mail.details': { en: 'Details', ja: '詳細' },

  'alerts.deliveries': { en: 'Delivery history', ja: '配信履歴' },
  'alerts.deliveriesCaption': { en: 'Alert deliveries, newest first', ja: 'アラート配信履歴（新しい順）' },
  'alerts.deliveryTotal': { en: '{count} deliveries', ja: '{count} 件の配信' },
  'alerts.noDeliveries': { en: 'No deliveries.', ja: '配信はありません。' },
  'alerts.time': { en: 'Created', ja: '作成日時' },
  'alerts.rule': { en: 'Rule', ja: 'ルール' },
  'alerts.channel': { en: 'Channel', ja: '通知手段' },
  'alerts.channel.email': { en: 'e-mail', ja: 'メール' },
  'alerts.channel.webhook': { en: 'webhook', ja: 'Webhook' },
  'alerts.target': { en: 'To', ja: '送信先' },
  'alerts.status': { en: 'Status', ja: '状態' },
  'alerts.status.pending': { en: 'pending', ja: '送信待ち' },
  'alerts.status.sent': { en: 'sent', ja: '送信済み' },
  'alerts.status.failed': { en: 'failed', ja: '失敗' },
  'alerts.attempts': { en: 'Attempts', ja: '試行回数' },
  'alerts.lastError': { en: 'Last error', ja: '最後のエラー' },
  'alerts.matchCount': { en: 'Matches', ja: '検知件数' },
  'alerts.sentAt': { en: 'Sent', ja: '送信日時' },
  'alerts.filter': { en: 'Filter', ja: '絞り込み' },
  'alerts.anyStatus': { en: 'Any status', ja: 'すべての状態' },
  'alerts.anyRule': { en: 'Any rule', ja: 'すべてのルール' },
  'alerts.delivery': { en: 'Delivery', ja: '配信' },
  'alerts.payload': { en: 'What was sent', ja: '送信内容' },
  'alerts.matches': { en: 'Matches', ja: '検知内容' },
  'alerts.domain': { en: 'Domain', ja: 'ドメイン' },
  'alerts.what': { en: 'What changed', ja: '変化の内容' },
  'alerts.when': { en: 'When', ja: '日時' },
  'alerts.backToAlerts': { en: 'Back to alerts', ja: 'アラートへ戻る' },
} as const;
