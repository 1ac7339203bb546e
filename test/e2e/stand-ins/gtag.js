// Stand-in for https://www.googletagmanager.com/gtag/js, serving Google Analytics 4 and Google Ads.
// Like gtag.js it replays the dataLayer in order, honours only real Arguments objects, then hooks
// dataLayer.push; it keeps the Consent Mode state, respects window['ga-disable-<ID>'], writes the
// first-party cookies on the parent domain only while their storage type is granted, and sends hits.
(() => {
  const w = window;
  const record = { drained: [], calls: [], ignored: [], consent: {}, hits: [] };
  w.__standIn = w.__standIn || {};
  w.__standIn.gtag = w.__standIn['google-analytics'] = w.__standIn['google-ads'] = record;
  const configured = [];
  const granted = (type) => record.consent[type] === 'granted';
  const id = () => `${Math.floor(Math.random() * 1e9)}.${Math.floor(Date.now() / 1000)}`;
  const cookie = (name, value, days) => {
    if (!document.cookie.split('; ').some((c) => c.startsWith(`${name}=`)))
      document.cookie = `${name}=${value}; path=/; domain=conectamos.test; max-age=${days * 86400}`;
  };
  const hit = (url, params = {}) => {
    const query = new URLSearchParams({ gcs: `G1${+granted('ad_storage')}${+granted('analytics_storage')}` });
    for (const [key, value] of Object.entries(params)) if (value != null) query.set(key, value);
    record.hits.push(`${url}?${query}`);
    fetch(`${url}?${query}`, { method: 'POST', mode: 'no-cors', keepalive: true, body: '' }).catch(() => {});
  };
  const send = (to, name, params) => {
    const [tag, label] = to.split('/');
    if (tag.startsWith('G-')) {
      if (w[`ga-disable-${tag}`] === true) return;
      if (granted('analytics_storage')) {
        cookie('_ga', `GA1.1.${id()}`, 730);
        cookie(`_ga_${tag.slice(2)}`, `GS1.1.${id()}`, 730);
      }
      if (name !== 'config')
        hit('https://region1.google-analytics.com/g/collect', {
          v: 2,
          tid: tag,
          en: name,
          dl: params.page_location,
        });
    } else if (tag.startsWith('AW-')) {
      if (granted('ad_storage')) cookie('_gcl_au', `1.1.${id()}`, 90);
      if (name === 'config')
        hit(`https://googleads.g.doubleclick.net/pagead/viewthroughconversion/${tag.slice(3)}/`);
      else
        hit(`https://www.googleadservices.com/pagead/conversion/${tag.slice(3)}/`, {
          label,
          value: params.value,
        });
    }
  };
  const run = ([command, target, params = {}]) => {
    if (command === 'consent') Object.assign(record.consent, params);
    else if (command === 'config') send(configured[configured.push(target) - 1], 'config', params);
    else if (command === 'event')
      for (const to of [].concat(params.send_to || configured)) send(to, target, params);
  };
  // gtag.js silently ignores anything that is not an Arguments object: record it so the test sees it.
  const take = (list) => (entry) => {
    if (Object.prototype.toString.call(entry) !== '[object Arguments]') return record.ignored.push(entry);
    list.push(Array.from(entry));
    run(entry);
  };
  w.dataLayer = w.dataLayer || [];
  const layer = w.dataLayer;
  layer.forEach(take(record.drained));
  const push = layer.push;
  layer.push = (...entries) => {
    entries.forEach(take(record.calls));
    return push.apply(layer, entries);
  };
})();
