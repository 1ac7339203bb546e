/**
 * The vendors' own install snippets, for the peers that gate page markup (vanilla-cookieconsent and
 * Klaro): the site pastes them in `<script type="text/plain">` blocks and the library runs them after
 * consent. Ours and c15t load the same two vendors through their adapters instead.
 */
import { GA_ID, POSTHOG_API, POSTHOG_ASSETS, POSTHOG_KEY } from './contender';

/** gtag.js, as Google's tag snippet loads it (async, the measurement ID in the query). */
export const GTAG_SRC = `https://www.googletagmanager.com/gtag/js?id=${GA_ID}`;

/** The inline half of Google's tag snippet. */
export const GTAG_INLINE = `window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('js', new Date());
gtag('config', '${GA_ID}');`;

/**
 * PostHog's HTML snippet, shortened to what it does on a page: `window.posthog` as a command queue,
 * the `init` arguments on `_i`, and array.js from the region's assets host.
 */
export const POSTHOG_INLINE = `(function (d, w) {
  var ph = (w.posthog = w.posthog || []);
  ph._i = ph._i || [];
  ph.people = ph.people || [];
  ['capture', 'identify', 'opt_in_capturing', 'opt_out_capturing'].forEach(function (m) {
    ph[m] = function () { ph.push([m].concat([].slice.call(arguments))); };
  });
  ph._i.push(['${POSTHOG_KEY}', { api_host: '${POSTHOG_API}' }, 'posthog']);
  var s = d.createElement('script');
  s.async = true;
  s.crossOrigin = 'anonymous';
  s.src = '${POSTHOG_ASSETS}/static/array.js';
  d.head.appendChild(s);
})(document, window);`;
