// Stand-in for HubSpot's loader (https://js[-<hublet>].hs-scripts.com/<portalId>.js) and the tracking and
// banner code it pulls in: it takes the consent pushed to `_hsp`, replays the commands queued on `_hsq`,
// replaces both queues with objects whose push() keeps working, counts the first page view itself, writes
// hubspotutk/__hstc/__hssc/__hssrc on the parent domain only under analytics consent, honours doNotTrack and
// revokeCookieConsent, and sends an Image beacon to track[-<hublet>].hubspot.com per page view and event.
// drained and calls hold ['_hsq' | '_hsp', method, ...args].
(() => {
  window.__standIn = window.__standIn || {};
  const record = { drained: [], calls: [], banner: !window.disableHubSpotCookieBanner };
  window.__standIn.hubspot = record;
  const src = document.currentScript.src;
  const portal = src.match(/(\d+)\.js$/)[1];
  const hublet = new URL(src).hostname.match(/^js(-\w+)?\./)[1] || '';
  const domain = location.hostname.split('.').slice(-2).join('.');
  const cookie = (name, value, maxAge) =>
    (document.cookie = `${name}=${value}; path=/; domain=.${domain}${maxAge === undefined ? '' : `; max-age=${maxAge}`}`);
  const TRACKING = ['hubspotutk', '__hstc', '__hssc', '__hssrc'];
  let consent = { analytics: false, advertisement: false, functionality: false };
  let path = location.pathname + location.search;
  let dnt = /(^|;\s*)__hs_do_not_track=/.test(document.cookie);

  const beacon = (kind, extra = {}) => {
    if (dnt) return;
    if (consent.analytics) {
      cookie('hubspotutk', 'standin0utk', 180 * 86400);
      cookie('__hstc', `${portal}.standin0utk.1.1.1.1`, 180 * 86400);
      cookie('__hssc', `${portal}.1.1`, 1800);
      cookie('__hssrc', '1');
    }
    const query = new URLSearchParams({
      a: portal,
      k: kind,
      p: path,
      cookies: String(consent.analytics),
      ...extra,
    });
    new Image().src = `https://track${hublet}.hubspot.com/__ptq.gif?${query}`;
  };
  const methods = {
    setHubSpotConsent: (value) => (consent = { ...value }),
    setPath: (value) => (path = value),
    trackPageView: () => beacon('1'),
    trackCustomBehavioralEvent: (event) => beacon('event', { n: event.name }),
    revokeCookieConsent: () => {
      for (const name of TRACKING) cookie(name, '', -1);
    },
    doNotTrack: (options) => {
      dnt = !options?.track;
      cookie('__hs_do_not_track', dnt ? 'yes' : '', dnt ? 180 * 86400 : -1);
    },
  };
  const run = (queue, [method, ...args], log) => {
    log.push([queue, method, ...args]);
    methods[method]?.(...args);
  };

  const queued = { _hsp: window._hsp || [], _hsq: window._hsq || [] };
  for (const queue of ['_hsp', '_hsq'])
    window[queue] = { push: (command) => run(queue, command, record.calls) };
  // The consent API is served by the banner script, which HubSpot's loader runs before its first page view.
  for (const queue of ['_hsp', '_hsq'])
    for (const command of queued[queue]) run(queue, command, record.drained);
  beacon('1');
})();
