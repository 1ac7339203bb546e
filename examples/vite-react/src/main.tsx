import { ConsentProvider } from '@conectamos/consent-react';
import { mountConsentUI } from '@conectamos/consent-ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app';
import { consent } from './consent';

// The banner and the preferences dialog, outside React's tree. Mounting again replaces the earlier UI,
// so Vite re-running this module after an edit never leaves two banners.
mountConsentUI(consent, { policyUrl: '/cookies', company: 'Conectamos' });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BrowserRouter>
      <ConsentProvider consent={consent}>
        <App />
      </ConsentProvider>
    </BrowserRouter>
  </StrictMode>,
);
