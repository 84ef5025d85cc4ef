import nodemailer from 'nodemailer';
import type { AlertMail } from './render-alert-mail';
import { headerSafe } from './render-alert-mail';

/** How long connecting, the greeting and each SMTP reply may take before the attempt fails (and is retried). */
const SMTP_TIMEOUT_MS = 30_000;

/** A failed send; `final` when waiting cannot help (a refused webhook target), so no retry is made. */
export type SendResult = { ok: true } | { ok: false; error: string; final?: boolean };

/**
 * Sends one alert mail through KENSA_SMTP_URL (smtp:// with STARTTLS when offered, or smtps://).
 * Addresses and the From: were validated when saved; every header value is cleaned again here so
 * no CR/LF can reach the SMTP dialogue. A refused or unreachable server is a failed result.
 */
export async function sendAlertMail(
  smtpUrl: string,
  message: { from: string; to: readonly string[]; mail: AlertMail; deliveryId: string },
): Promise<SendResult> {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
  });
  try {
    await transport.sendMail({
      from: headerSafe(message.from, 200),
      to: message.to.map((address) => headerSafe(address, 254)),
      subject: headerSafe(message.mail.subject, 200),
      text: message.mail.text,
      html: message.mail.html,
      headers: { 'X-Kensa-Delivery': message.deliveryId },
    });
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    transport.close();
  }
}
