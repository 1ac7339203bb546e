/** Mounts the live inspector on every demo page once the drop-in has booted. */
import { mountInspector } from '/inspector.js';

const current = window.ConectamosConsent;
if (current && !Array.isArray(current)) mountInspector(current);
else document.addEventListener('consent:ready', ({ detail }) => mountInspector(detail), { once: true });

// Buttons that send events (the campaigns in consent.json listen for them), through the queue so
// they work even before the drop-in has booted.
for (const button of document.querySelectorAll('[data-track]'))
  button.addEventListener('click', () => {
    window.ConectamosConsent = window.ConectamosConsent || [];
    window.ConectamosConsent.push(['track', button.dataset.track]);
    button.nextElementSibling?.removeAttribute('hidden');
  });
