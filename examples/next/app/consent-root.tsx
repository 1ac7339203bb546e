'use client';

import { ConsentProvider } from '@conectamos/consent-react';
import { mountConsentUI } from '@conectamos/consent-ui';
import { usePathname } from 'next/navigation';
import { type ReactNode, useEffect, useRef } from 'react';
import { consent } from './consent';

/**
 * The provider for the whole app, and the two things that only happen in the browser, after hydration:
 * the banner (mounted in an effect, outside React's tree) and a page view per client-side navigation.
 */
export function ConsentRoot({ children }: { children: ReactNode }) {
  useEffect(() => {
    const ui = mountConsentUI(consent, { policyUrl: '/cookies', company: 'Conectamos' });
    return () => ui.unmount();
  }, []);

  // The landing page is counted by each vendor as it loads; later navigations are reported here.
  const pathname = usePathname();
  const last = useRef(pathname);
  useEffect(() => {
    if (pathname === last.current) return;
    last.current = pathname;
    consent.page(pathname);
  }, [pathname]);

  return <ConsentProvider consent={consent}>{children}</ConsentProvider>;
}
