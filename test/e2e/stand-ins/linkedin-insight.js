// Stand-in for https://snap.licdn.com/li.lms-analytics/insight.min.js, doing what the SDK relies on:
// it drains the [command, params] pairs queued on lintrk.q, installs its own lintrk, sends its own
// page view only when _already_called_lintrk / _wait_for_lintrk are unset, writes li_fat_id on the
// registrable domain (the real script only does so when the landing URL carries ?li_fat_id= from an
// ad click; this one always does, so cleanup can be checked), and sends an Image beacon per track.
(() => {
  window.__standIn = window.__standIn || {};
  const record = { drained: [], calls: [] };
  window.__standIn['linkedin-insight'] = record;

  const fromUrl = new URLSearchParams(location.search).get('li_fat_id');
  const labels = location.hostname.split('.');
  // Like the real script: try the highest domain first, keep the first one the browser accepts.
  for (let i = labels.length - 2; i >= 0; i--) {
    const domain = labels.slice(i).join('.');
    document.cookie = `li_fat_id=${encodeURIComponent(fromUrl || 'stand-in')}; max-age=${30 * 86400}; path=/; domain=${domain}`;
    if (/(^|; )li_fat_id=/.test(document.cookie)) break;
  }

  const partnerIds = () => {
    const ids = [window._linkedin_data_partner_id, ...(window._linkedin_data_partner_ids || [])];
    return [...new Set(ids.filter((id) => /^\d+$/.test(String(id))))];
  };

  const send = (command = 'track', params = {}) => {
    if (command !== 'track') throw new Error(`Lintrk was called with invalid command, ${command}.`);
    const query = new URLSearchParams({
      v: '2',
      fmt: 'js',
      pid: partnerIds().join(','),
      time: String(Date.now()),
    });
    if (params.conversion_id) query.set('conversionId', String(params.conversion_id));
    query.set('url', location.href);
    new Image().src = `https://px.ads.linkedin.com/collect?${query}`;
  };

  const queued = window.lintrk?.q || [];
  window.lintrk = (command, params) => {
    record.calls.push([command, params]);
    send(command, params);
  };
  for (const call of queued) {
    record.drained.push(call);
    send(call[0], call[1]);
  }
  if (!window._wait_for_lintrk && !window._already_called_lintrk) {
    window.lintrk('track');
    window._already_called_lintrk = true;
  }
})();
