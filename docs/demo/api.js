/** A panel with one control per public API call, so every behaviour can be tried by hand. */
const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};
const button = (label, onclick) => el('button', { type: 'button', textContent: label, onclick });

export function mountApiPanel(consent, { target, lateAdapter }) {
  const output = el('output', { textContent: '' });
  const say = (text) => {
    output.textContent = text;
  };
  const select = (options) =>
    el('select', {}, ...options.map((o) => el('option', { value: o, textContent: o })));
  const categories = ['necessary', 'functional', 'analytics', 'marketing'];
  const category = select(categories.slice(1));
  const adapter = select(consent.adapters.map((a) => a.id));
  const granted = select([...categories, ...consent.adapters.map((a) => a.id)]);
  const eventName = el('input', { value: 'signup_completed', ariaLabel: 'Event name' });
  const path = el('input', { value: '/pricing', ariaLabel: 'Page path' });
  const checks = categories
    .slice(1)
    .map((c) => el('label', {}, el('input', { type: 'checkbox', name: c }), ` ${c}`));

  target.append(
    el('h2', { textContent: 'Try the API' }),
    el(
      'p',
      {},
      button('acceptAll()', () => consent.acceptAll()),
      ' ',
      button('rejectAll()', () => consent.rejectAll()),
      ' ',
      button('reset()', () => consent.reset()),
    ),
    el(
      'p',
      {},
      ...checks,
      ' ',
      button('set(choice)', () =>
        consent.set(Object.fromEntries(checks.map((l) => [l.firstChild.name, l.firstChild.checked]))),
      ),
    ),
    el(
      'p',
      {},
      category,
      ' ',
      button('grant()', () => consent.grant(category.value)),
      ' ',
      button('deny()', () => consent.deny(category.value)),
    ),
    el(
      'p',
      {},
      adapter,
      ' ',
      button('optOut()', () => consent.optOut(adapter.value)),
      ' ',
      button('optIn()', () => consent.optIn(adapter.value)),
      ' ',
      button('load()', () =>
        consent.load(adapter.value).then(
          () => say(`load(${adapter.value}) resolved`),
          (e) => say(`load(${adapter.value}) rejected: ${e.message}`),
        ),
      ),
    ),
    el(
      'p',
      {},
      granted,
      ' ',
      button('isGranted()', () => say(`isGranted(${granted.value}) = ${consent.isGranted(granted.value)}`)),
    ),
    el(
      'p',
      {},
      eventName,
      ' ',
      button('track()', () => {
        consent.track(eventName.value, { plan: 'pro' });
        say(`track(${eventName.value}) sent to running adapters`);
      }),
    ),
    el(
      'p',
      {},
      path,
      ' ',
      button('page()', () => {
        history.pushState({}, '', path.value);
        consent.page(path.value);
        say(`page(${path.value}) sent`);
      }),
    ),
    el(
      'p',
      {},
      button('register(late adapter)', () => {
        try {
          consent.register(lateAdapter());
          say('registered "late-demo" (analytics)');
        } catch (e) {
          say(e.message);
        }
      }),
    ),
    output,
  );
}
