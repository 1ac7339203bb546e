import { useConsent } from '@conectamos/consent-react';
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * Reports each client-side navigation to the running vendors (`consent.page`). The landing page is not
 * reported: each vendor counts it itself when it loads. Remembering the last path also keeps React's
 * development double effects from counting a page twice.
 */
export function usePageViews(): void {
  const { pathname, search } = useLocation();
  const { consent } = useConsent();
  const last = useRef(pathname + search);
  useEffect(() => {
    const path = pathname + search;
    if (path === last.current) return;
    last.current = path;
    consent.page(path);
  }, [consent, pathname, search]);
}
