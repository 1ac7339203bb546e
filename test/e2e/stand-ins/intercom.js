// Stand-in for https://widget.intercom.io/widget/<app_id>, doing what the SDK relies on: it boots itself
// when window.intercomSettings carries an app_id (and not otherwise), drains the Arguments objects queued
// on Intercom.q, then replaces the stub. Booting writes the three intercom-*-<app_id> cookies on the
// registrable domain and intercom.intercom-state-<app_id> in localStorage, and pings api_base; `update`
// pings again, `trackEvent` posts an event, `shutdown` ends the session (clears its cookie, stops sending)
// and only `boot` starts it again, as with the real Messenger.
(() => {
  window.__standIn = window.__standIn || {};
  const record = { drained: [], calls: [] };
  window.__standIn.intercom = record;
  let booted = null;

  const setCookie = (name, days) => {
    const labels = location.hostname.split('.');
    // Highest domain first, keeping the first the browser accepts, so every subdomain shares the session.
    for (let i = labels.length - 2; i >= 0; i--) {
      document.cookie = `${name}=stand-in; max-age=${days * 86400}; path=/; domain=${labels.slice(i).join('.')}`;
      if (document.cookie.includes(`${name}=`)) break;
    }
  };
  const post = (path, body) =>
    fetch(`${booted.api_base || 'https://api-iam.intercom.io'}/messenger/web/${path}`, {
      method: 'POST',
      mode: 'no-cors',
      body: new URLSearchParams({ app_id: booted.app_id, ...body }),
    });

  const run = (method, arg, meta) => {
    if (method === 'boot' && arg?.app_id) {
      booted = { ...arg };
      setCookie(`intercom-id-${arg.app_id}`, 270);
      setCookie(`intercom-device-id-${arg.app_id}`, 270);
      setCookie(`intercom-session-${arg.app_id}`, 7);
      localStorage.setItem(`intercom.intercom-state-${arg.app_id}`, '{}');
      post('ping', { url: location.href });
    } else if (!booted) {
      // Before boot and after shutdown the real Messenger ignores everything but boot.
    } else if (method === 'update') post('ping', { url: location.href });
    else if (method === 'trackEvent')
      post('events', { event_name: arg, metadata: JSON.stringify(meta || {}) });
    else if (method === 'shutdown') {
      document.cookie = `intercom-session-${booted.app_id}=; max-age=0; path=/; domain=${location.hostname.split('.').slice(-2).join('.')}`;
      booted = null;
    }
  };

  const queued = window.Intercom?.q || [];
  const settings = window.intercomSettings;
  if (settings?.app_id) run('boot', settings);
  window.Intercom = (...args) => {
    record.calls.push(args);
    run(...args);
  };
  for (const args of queued) {
    record.drained.push([...args]);
    run(...args);
  }
})();
