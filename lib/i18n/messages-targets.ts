/** Targets and deadlines per group (issue 16): the group page, the overview, reports. */
export const TARGETS_MESSAGES = {
  'targets.heading': { en: 'Targets', ja: '目標' },
  'targets.none': { en: 'This group has no target yet.', ja: 'このグループにはまだ目標がありません。' },
  'targets.compliantWith': { en: 'Compliant with {profile}', ja: '{profile} への準拠' },
  'targets.unknownProfile': { en: 'a profile that no longer exists', ja: '存在しないプロファイル' },
  'targets.title': {
    en: '{target} ≥ {percent} by {deadline}',
    ja: '{target}: {deadline} までに {percent} 以上',
  },
  'targets.status.met': { en: 'Met', ja: '達成' },
  'targets.status.missed': { en: 'Missed', ja: '未達' },
  'targets.status.behind': { en: 'Behind', ja: '遅れ' },
  'targets.status.on_track': { en: 'On track', ja: '順調' },
  'targets.status.unmeasured': { en: 'Not measured', ja: '未計測' },
  'targets.actual': { en: 'Actual', ja: '実績' },
  'targets.expected': { en: 'Trajectory', ja: '計画' },
  'targets.target': { en: 'Target', ja: '目標' },
  'targets.deadline': { en: 'Deadline', ja: '期限' },
  'targets.status': { en: 'Status', ja: '状況' },
  'targets.daysLeft': { en: '{days} days left', ja: '残り {days} 日' },
  'targets.deadlineToday': { en: 'Deadline today', ja: '本日が期限' },
  'targets.deadlinePassed': { en: 'Deadline passed', ja: '期限経過' },
  'targets.milestones': { en: 'Milestones', ja: '中間目標' },
  'targets.start': { en: 'Start: {percent} on {day}', ja: '開始時点: {day} に {percent}' },
  'targets.definition': {
    en: 'On track: on the day, the actual value is at or above the trajectory, a straight line from the value when the target was set (or the first milestone) through each milestone to the target at the deadline. Before the first point nothing is expected yet. Met: at or above the target (after the deadline: on the deadline day); missed: below it on the deadline day.',
    ja: '順調: その日の実績が計画以上であること。計画は、目標設定時の値（または最初の中間目標）から各中間目標を経て期限の目標値までを直線で結んだものです。最初の点より前は何も求めません。達成: 目標値以上（期限後は期限日の値で判定）。未達: 期限日に目標値未満。',
  },
  'targets.chartSummary': {
    en: '{target}: actual value and trajectory up to the deadline',
    ja: '{target}: 期限までの実績と計画',
  },
  'targets.add': { en: 'Add a target', ja: '目標を追加' },
  'targets.metric': { en: 'Measure', ja: '指標' },
  'targets.adoptionMetrics': { en: 'Adoption', ja: '導入状況' },
  'targets.percent': { en: 'Target (%)', ja: '目標値（%）' },
  'targets.milestonesHelp': {
    en: 'Optional, one per line: a day and a percentage, e.g. "2026-09-30 80".',
    ja: '任意。1 行に 1 件、日付と割合を書きます（例: 「2026-09-30 80」）。',
  },
  'targets.change': { en: 'Change', ja: '変更' },
  'targets.delete': { en: 'Delete this target', ja: 'この目標を削除' },
  'targets.saved': { en: 'Saved.', ja: '保存しました。' },
  'targets.error.invalid': {
    en: 'Check the values: a percentage from 0 to 100, a deadline as YYYY-MM-DD, milestones before it.',
    ja: '入力を確認してください（0〜100 の割合、YYYY-MM-DD 形式の期限、期限より前の中間目標）。',
  },
  'targets.error.not_found': {
    en: 'The group or target no longer exists.',
    ja: 'グループまたは目標が存在しません。',
  },
  'targets.error.profile_not_followed': {
    en: 'The group does not follow that profile.',
    ja: 'このグループはそのプロファイルを採用していません。',
  },
  'targets.error.unknown_requirement': {
    en: 'The profile has no such requirement.',
    ja: 'プロファイルにその要件がありません。',
  },
  'targets.error.too_many': {
    en: 'A group has at most 50 targets.',
    ja: '目標は 1 グループ 50 件までです。',
  },
  'targets.error.deadline_passed': {
    en: 'The deadline must be after the day the target is set.',
    ja: '期限は目標を設定した日より後にしてください。',
  },
  'targets.group': { en: 'Group', ja: 'グループ' },
  'targets.report.note': {
    en: 'Each target of the groups in the report, as of the period end. On track: the actual value is at or above the trajectory on that day.',
    ja: 'レポート対象グループの各目標（期間末時点）。順調: その日の実績が計画以上であること。',
  },
} as const;
