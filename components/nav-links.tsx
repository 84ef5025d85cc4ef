'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

interface Props {
  label: string;
  links: Array<{ href: string; label: string }>;
}

/** The main navigation; the current section is marked with aria-current for screen readers. */
export function NavLinks({ label, links }: Props) {
  const pathname = usePathname();
  const isCurrent = (href: string) =>
    href === '/' ? pathname === '/' || pathname.startsWith('/domains') : pathname.startsWith(href);
  return (
    <nav aria-label={label}>
      {links.map((link) => (
        <Link key={link.href} href={link.href} aria-current={isCurrent(link.href) ? 'page' : undefined}>
          {link.label}
        </Link>
      ))}
    </nav>
  );
}
