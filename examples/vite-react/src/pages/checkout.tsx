import { useConsent } from '@conectamos/consent-react';
import { getStripe } from '@conectamos/consent-stripe';
import { useEffect, useRef, useState } from 'react';

interface PaymentElements {
  create(type: 'payment'): { mount(target: HTMLElement): void; destroy(): void };
}

/**
 * Stripe.js is strictly necessary here and nowhere else: `getStripe` loads it when this page mounts
 * (once per consent instance), whatever the visitor chose about analytics.
 */
export function Checkout() {
  const { consent } = useConsent();
  const target = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState('Loading the payment form…');
  useEffect(() => {
    let payment: ReturnType<PaymentElements['create']> | undefined;
    let cancelled = false;
    getStripe(consent)
      .then((stripe) => {
        if (cancelled || !target.current) return;
        const elements = stripe.elements({
          mode: 'payment',
          amount: 4900,
          currency: 'eur',
        }) as PaymentElements;
        payment = elements.create('payment');
        payment.mount(target.current);
        setStatus('Payment form ready.');
      })
      .catch(() => setStatus('The payment form could not load. Please try again.'));
    return () => {
      cancelled = true;
      payment?.destroy();
    };
  }, [consent]);
  return (
    <>
      <h1>Checkout</h1>
      <p id="checkout-status">{status}</p>
      <div ref={target} id="payment-element" />
    </>
  );
}
