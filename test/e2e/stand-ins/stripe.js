// Stand-in for https://js.stripe.com/endive/stripe.js in the real-browser test. Like Stripe.js it defines
// window.Stripe only when it runs (Stripe has no queue stub, so nothing is drained), sets the first-party
// fraud-prevention cookies, and sends its fraud signals to m.stripe.com (an image request, which the
// declared img-src https://*.stripe.com allows; the real script sends them from its own iframe).
(() => {
  window.__standIn ??= {};
  window.__standIn.stripe ??= { drained: [], calls: [] };
  const record = window.__standIn.stripe;
  const call = (name, ...args) => record.calls.push([name, ...args]);

  window.Stripe = function Stripe(key, options) {
    call('Stripe', key, options);
    return {
      elements(elementsOptions) {
        call('elements', elementsOptions);
        return {
          create(type, elementOptions) {
            call('elements.create', type, elementOptions);
            return {
              mount: (target) => call('mount', typeof target === 'string' ? target : target?.id),
              on: () => {},
              destroy: () => call('destroy'),
            };
          },
          getElement: () => null,
          submit: () => Promise.resolve({}),
        };
      },
      confirmPayment(confirmOptions) {
        call('confirmPayment', confirmOptions);
        return Promise.resolve({ paymentIntent: { id: 'pi_standin', status: 'succeeded' } });
      },
    };
  };

  // First-party, like Stripe.js's: a device id for a year, a session for 30 minutes, here on the parent domain.
  const domain = location.hostname.split('.').slice(-2).join('.');
  const id = () => Math.random().toString(36).slice(2);
  document.cookie = `__stripe_mid=${id()}; path=/; domain=${domain}; max-age=31536000`;
  document.cookie = `__stripe_sid=${id()}; path=/; domain=${domain}; max-age=1800`;

  new Image().src = 'https://m.stripe.com/6';
})();
