/**
 * The React package declares `react >= 18`; the examples run React 19. This installs the packed package
 * with React 18 from the registry and renders on the server as a framework would: the provider, the hooks
 * and the gate work, and show the undecided state (what hydration then sees on the client).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Consumer, createConsumer } from './harness';

describe('@conectamos/consent-react with React 18', () => {
  let site: Consumer;
  beforeAll(async () => {
    site = await createConsumer({
      packages: ['@conectamos/consent-react', '@conectamos/consent-intercom'],
      packageJson: { dependencies: { react: '18.3.1', 'react-dom': '18.3.1' } },
    });
  });
  afterAll(() => site?.remove());

  it('installs React 18, not a newer one', async () => {
    const { stdout } = await site.run('node', ['-p', "require('react/package.json').version"]);
    expect(stdout.trim()).toBe('18.3.1');
  });

  it('renders the provider, useGranted, useConsent and ConsentGate on the server: undecided, nothing granted', async () => {
    const script = `
      import { createElement as h } from 'react';
      import { renderToString } from 'react-dom/server';
      import { createConsent } from '@conectamos/consent';
      import { intercom } from '@conectamos/consent-intercom';
      import { ConsentGate, ConsentProvider, useConsent, useGranted } from '@conectamos/consent-react';

      const consent = createConsent({ policyVersion: '2026-11-01', adapters: [intercom({ appId: 'abc12345' })] });
      function Status() {
        const { state } = useConsent();
        const chat = useGranted('intercom');
        return h('p', null, 'decided=' + state.decided + ' chat=' + chat);
      }
      const html = renderToString(
        h(ConsentProvider, { consent },
          h(Status),
          h(ConsentGate, { vendor: 'intercom', fallback: h('button', null, 'Enable chat') }, h('div', null, 'chat')),
        ),
      );
      console.log(html);
    `;
    const result = await site.run('node', ['--input-type=module', '-e', script]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('<p>decided=false chat=false</p>');
    expect(result.stdout).toContain('<button>Enable chat</button>');
    expect(result.stdout).not.toContain('<div>chat</div>');
  });
});
