// Stand-in for PostHog's array.js. Like the real script it reads `init` from the snippet's `_i`, replays
// the queued `[method, ...args]` commands, replaces window.posthog with an object whose `push` keeps
// working, writes `ph_<token>_posthog` on the parent domain, keeps the opt-in/out flag in localStorage,
// and posts events to `<api_host>/e/` only while the visitor is opted in.
(() => {
  const stub = window.posthog;
  const [token, config] = stub?._i?.[0] ?? [];
  const record = { drained: [], calls: [], init: stub?._i };
  window.__standIn = { ...window.__standIn, posthog: record };
  const name = `ph_${token}_posthog`;
  const flag = `__ph_opt_in_out_${token}`;
  let capturing = localStorage.getItem(flag) !== '0';

  // With opt_out_persistence_by_default the real SDK removes its storage on opt-out, but keeps the flag.
  const persist = (on) => {
    const value = on ? encodeURIComponent('{"distinct_id":"stand-in"}') : '';
    document.cookie = `${name}=${value}; path=/; domain=conectamos.test; max-age=${on ? 31536000 : -1}; SameSite=Lax; Secure`;
    if (on) localStorage.setItem(name, '{"distinct_id":"stand-in"}');
    else localStorage.removeItem(name);
  };
  const capture = (event, properties) =>
    capturing &&
    fetch(`${config.api_host}/e/`, {
      method: 'POST',
      mode: 'no-cors',
      body: JSON.stringify({ event, properties, api_key: token }),
    });
  const consent = (on) => () => {
    capturing = on;
    localStorage.setItem(flag, on ? '1' : '0');
    persist(on);
  };
  const methods = { capture, opt_in_capturing: consent(true), opt_out_capturing: consent(false) };
  const run = (command, log) => {
    log.push(command);
    methods[command[0]]?.(...command.slice(1));
  };

  const live = { __loaded: true, config, push: (command) => run(command, record.calls), people: {} };
  for (const m of ['capture', 'identify', 'register', 'reset', 'set_config', ...Object.keys(methods)])
    live[m] = (...args) => run([m, ...args], record.calls);
  for (const m of ['set', 'set_once'])
    live.people[m] = (...args) => run([`people.${m}`, ...args], record.calls);
  window.posthog = live;

  for (const [m, ...args] of stub?.people ?? []) run([`people.${m}`, ...args], record.drained);
  for (const command of stub ?? []) run(command, record.drained);
  if (capturing) {
    persist(true);
    capture('$pageview', { $current_url: location.href });
  }
})();
