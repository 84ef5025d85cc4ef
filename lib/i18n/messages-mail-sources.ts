/** The received-mail data sources pages (Settings → Mail sources) and their upload. */
export const MAIL_SOURCES_MESSAGES = {
  'nav.mailSources': { en: 'Mail sources', ja: '受信メールのデータソース' },
  'mailSources.title': { en: 'Received-mail data sources', ja: '受信メールのデータソース' },
  'mailSources.intro': {
    en: 'A data source is a carrier, an MTA or a mailbox whose receivers write Authentication-Results fields into incoming mail. Kensa reads only the header blocks of its mail and keeps daily counts per sender domain: never bodies, never local parts. Sources are shared by the whole instance; admins not limited to groups manage them.',
    ja: 'データソースとは、受信したメールに Authentication-Results ヘッダーを付与する受信サーバーを持つ通信事業者・MTA・メールボックスです。Kensa はヘッダー部分のみを読み取り、送信ドメインごとの日別件数だけを保存します（本文やローカルパートは保存しません）。データソースはインスタンス全体で共有され、グループに限定されていない管理者が管理します。',
  },
  'mailSources.back': { en: 'All data sources', ja: 'データソース一覧' },
  'mailSources.create': { en: 'Add a data source', ja: 'データソースを追加' },
  'mailSources.caption': { en: 'Data sources', ja: 'データソース一覧' },
  'mailSources.empty': { en: 'No data sources yet.', ja: 'データソースはまだありません。' },
  'mailSources.name': { en: 'Name', ja: '名称' },
  'mailSources.description': { en: 'Description', ja: '説明' },
  'mailSources.trusted': { en: 'Trusted authserv-ids', ja: '信頼する authserv-id' },
  'mailSources.trustedHint': {
    en: 'The ids your own receivers write first in their Authentication-Results fields (e.g. mx.example.jp), separated by commas or spaces. Only the topmost field with one of these counts: lower ones may be forged by the sender.',
    ja: '自組織の受信サーバーが Authentication-Results の先頭に書く識別子（例: mx.example.jp）を、カンマまたは空白で区切って入力します。これらの識別子を持つ最上位のヘッダーだけを集計します（それより下のヘッダーは送信者が偽造できるため）。',
  },
  'mailSources.receivedSpf': { en: 'Read Received-SPF', ja: 'Received-SPF を読む' },
  'mailSources.receivedSpfHint': {
    en: 'Only if your receivers add a Received-SPF field to every message. Used when the trusted Authentication-Results field has no SPF result, and only the topmost Received-SPF field, when it lies above that field or names one of the trusted ids as receiver.',
    ja: '受信サーバーがすべてのメールに Received-SPF を付与する場合のみ有効にしてください。信頼する Authentication-Results に SPF の結果がないときに限り、最上位の Received-SPF（そのヘッダーより上にあるか、receiver が信頼する識別子のもの）を使います。',
  },
  'mailSources.save': { en: 'Save', ja: '保存' },
  'mailSources.saved': { en: 'Saved.', ja: '保存しました。' },
  'mailSources.invalid': {
    en: 'Enter a name (up to 100 characters) and 1–20 authserv-ids, each one word (letters, digits, dots, hyphens).',
    ja: '名称（100 文字以内）と 1〜20 個の authserv-id（英数字・ドット・ハイフンからなる単語）を入力してください。',
  },
  'mailSources.nameTaken': {
    en: 'A data source of that name exists.',
    ja: '同じ名称のデータソースがあります。',
  },
  'mailSources.notFound': {
    en: 'This data source no longer exists.',
    ja: 'このデータソースは存在しません。',
  },
  'mailSources.outOfScope': {
    en: 'Admins limited to groups cannot change data sources.',
    ja: 'グループに限定された管理者はデータソースを変更できません。',
  },
  'mailSources.settings': { en: 'Settings', ja: '設定' },
  'mailSources.delete': { en: 'Delete data source', ja: 'データソースを削除' },
  'mailSources.deleteConfirm': {
    en: 'Delete "{name}" with all its statistics and ingest history? This cannot be undone.',
    ja: '「{name}」を、その統計と取り込み履歴とともに削除しますか？元に戻せません。',
  },
  'mailSources.counted': { en: 'Counted', ja: '集計' },
  'mailSources.untrusted': { en: 'Untrusted', ja: '信頼できない' },
  'mailSources.duplicates': { en: 'Duplicates', ja: '重複' },
  'mailSources.malformed': { en: 'Malformed', ja: '不正な形式' },
  'mailSources.lastIngest': { en: 'Last read', ja: '最終取り込み' },
  'mailSources.upload': { en: 'Upload mail', ja: 'メールをアップロード' },
  'mailSources.uploadIntro': {
    en: 'An mbox file, .eml files, or the files of a Maildir (choose its folder): read as they upload, headers only. A message read before (same Message-ID) counts once.',
    ja: 'mbox ファイル、.eml ファイル、または Maildir のファイル（フォルダーを選択）をアップロードできます。アップロードしながらヘッダーのみを読み取ります。既に読み取ったメール（同じ Message-ID）は一度だけ数えます。',
  },
  'mailSources.files': { en: 'mbox or .eml files', ja: 'mbox / .eml ファイル' },
  'mailSources.folder': { en: 'or a Maildir folder', ja: 'または Maildir フォルダー' },
  'mailSources.send': { en: 'Upload and read', ja: 'アップロードして読み取る' },
  'mailSources.sending': { en: 'Reading…', ja: '読み取り中…' },
  'mailSources.result': {
    en: '{messages} messages read from {files} files: {counted} counted, {untrusted} untrusted, {duplicates} duplicates, {malformed} malformed.',
    ja: '{files} 個のファイルから {messages} 通を読み取りました: 集計 {counted}、信頼できない {untrusted}、重複 {duplicates}、不正な形式 {malformed}。',
  },
  'mailSources.uploadFailed': {
    en: 'The upload failed: {message}',
    ja: 'アップロードに失敗しました: {message}',
  },
  'mailSources.noFiles': {
    en: 'Choose files or a folder first.',
    ja: '先にファイルかフォルダーを選んでください。',
  },
  'mailSources.history': { en: 'Ingest history', ja: '取り込み履歴' },
  'mailSources.historyEmpty': { en: 'Nothing read yet.', ja: 'まだ何も読み取っていません。' },
  'mailSources.label': { en: 'What was read', ja: '読み取り対象' },
  'mailSources.at': { en: 'When', ja: '日時' },
} as const;
