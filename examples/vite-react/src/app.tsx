import { Link, Route, Routes } from 'react-router';
import { Chat } from './chat';
import { usePageViews } from './page-views';
import { Checkout } from './pages/checkout';
import { Home } from './pages/home';
import { Pricing } from './pages/pricing';
import { StopPostHog } from './stop-posthog';

export function App() {
  usePageViews();
  return (
    <>
      <header>
        <nav>
          <Link to="/">Home</Link> · <Link to="/pricing">Pricing</Link> · <Link to="/checkout">Checkout</Link>
        </nav>
      </header>
      <main>
        <Routes>
          <Route path="/" element={<Home />} />
          <Route path="/pricing" element={<Pricing />} />
          <Route path="/checkout" element={<Checkout />} />
        </Routes>
      </main>
      <footer>
        <Chat />
        <p>
          <a href="/cookies" data-consent-open>
            Cookie settings
          </a>{' '}
          <StopPostHog />
        </p>
      </footer>
    </>
  );
}
