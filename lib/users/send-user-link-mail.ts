import nodemailer from 'nodemailer';
import { env } from '@/lib/env';
import { formatDateTime } from '@/lib/i18n/format';
import type { UserLinkKind } from './user-link-secret';

/** Where link mails go out, and the address the links point at. */
export interface LinkDelivery {
  /** Unset: no mail; the admin copies the link from the screen. */
  smtpUrl: string | undefined;
  from: string;
  publicUrl: string;
}

export function linkDeliveryFromEnv(): LinkDelivery {
  const { KENSA_SMTP_URL, KENSA_ALERT_FROM, KENSA_PUBLIC_URL } = env();
  return { smtpUrl: KENSA_SMTP_URL, from: KENSA_ALERT_FROM, publicUrl: KENSA_PUBLIC_URL };
}

/** 'not_configured' without KENSA_SMTP_URL; 'failed' when the server refused or was unreachable. */
export type LinkMailResult = 'sent' | 'failed' | 'not_configured';

const SMTP_TIMEOUT_MS = 15_000;
const oneLine = (text: string) =>
  text
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]+/gu, ' ')
    .trim()
    .slice(0, 200);

/** The invitee's language is not known yet, so the mail says it in Japanese, then English. */
function mailText(kind: UserLinkKind, url: string, expiresAt: Date, by: string) {
  const [ja, en] = [formatDateTime(expiresAt, 'ja', 'minutes'), formatDateTime(expiresAt, 'en', 'minutes')];
  if (kind === 'invite')
    return {
      subject: 'Kensa への招待 / Invitation to Kensa',
      text: `${by} さんが Kensa に招待しました。次のリンクからパスワードを設定してください（${ja} まで、1 回限り有効）。\n${url}\n\n${by} invited you to Kensa. Choose your password with this link (it works once, until ${en}).\n${url}\n\n心当たりがない場合はこのメールを破棄してください。 / If you did not expect this, ignore this mail.\n`,
    };
  return {
    subject: 'Kensa パスワードの再設定 / Reset your Kensa password',
    text: `${by} さんがパスワード再設定用のリンクを発行しました（${ja} まで、1 回限り有効）。\n${url}\n\n${by} issued a link to choose a new password (it works once, until ${en}).\n${url}\n\n心当たりがない場合は管理者に連絡してください。 / If you did not ask for this, tell your administrator.\n`,
  };
}

/** Mails a one-time link to its user through KENSA_SMTP_URL; a failure is a value, never thrown. */
export async function sendUserLinkMail(
  delivery: LinkDelivery,
  mail: { to: string; kind: UserLinkKind; url: string; expiresAt: Date; by: string },
): Promise<LinkMailResult> {
  if (!delivery.smtpUrl) return 'not_configured';
  const transport = nodemailer.createTransport({
    url: delivery.smtpUrl,
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
  });
  const { subject, text } = mailText(mail.kind, mail.url, mail.expiresAt, oneLine(mail.by));
  try {
    await transport.sendMail({ from: oneLine(delivery.from), to: oneLine(mail.to), subject, text });
    return 'sent';
  } catch (error) {
    console.error('user link mail failed', error instanceof Error ? error.message : error);
    return 'failed';
  } finally {
    transport.close();
  }
}
