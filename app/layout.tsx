import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { currentLocale } from '@/lib/i18n/current-locale';
import './globals.css';

export const metadata: Metadata = {
  title: 'Kensa',
  description: 'E-mail sender-authentication audit dashboard',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await currentLocale();
  return (
    <html lang={locale}>
      <body>{children}</body>
    </html>
  );
}
