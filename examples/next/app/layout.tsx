import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { ConsentRoot } from './consent-root';

export const metadata: Metadata = { title: 'Conectamos — Next.js example' };

/** A server component: rendered on the server for every request; the client parts are inside ConsentRoot. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <ConsentRoot>
          <header>
            <nav>
              <Link href="/">Home</Link> · <Link href="/pricing">Pricing</Link>
            </nav>
          </header>
          <main>{children}</main>
          <footer>
            <a href="/cookies" data-consent-open>
              Cookie settings
            </a>
          </footer>
        </ConsentRoot>
      </body>
    </html>
  );
}
