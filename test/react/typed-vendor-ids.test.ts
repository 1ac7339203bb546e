// @vitest-environment node
import { join } from 'node:path';
import ts from 'typescript';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '../..');

/**
 * An app that registers its consent, type-checked with the repo's compiler options. The file exists only
 * in memory: its declaration would otherwise register this consent for every test in the project.
 */
const app = `
import { createConsent } from '@conectamos/consent';
import { ConsentGate, ConsentProvider, useConsent, useGranted } from '@conectamos/consent-react';
import { intercom } from '@conectamos/consent-intercom';
import { posthog } from '@conectamos/consent-posthog';

const consent = createConsent({
  policyVersion: '2026-11-01',
  adapters: [posthog({ apiKey: 'phc_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG' }), intercom({ appId: 'abc12345' })],
});

declare module '@conectamos/consent-react' {
  interface Register {
    consent: typeof consent;
  }
}

export function Fine() {
  const { consent: fromHook } = useConsent();
  fromHook.allow('intercom');
  return [
    <ConsentProvider consent={consent} />,
    useGranted('posthog'),
    useGranted('analytics'),
    <ConsentGate vendor="intercom" />,
    <ConsentGate category="functional" />,
  ];
}

export function Wrong() {
  const { consent: fromHook } = useConsent();
  fromHook.allow('intercomm');
  return [
    useGranted('post-hog'),
    <ConsentGate vendor="intercomm" />,
    <ConsentGate vendor="intercom" category="functional" />,
  ];
}
`;

test('once the app registers its consent, a misspelt vendor id is a type error, and only those are', () => {
  const file = join(root, 'test/react/typed-ids-app.tsx');
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  )!;
  const host = ts.createCompilerHost(config.options);
  const getSourceFile = host.getSourceFile;
  host.getSourceFile = (name, version, ...rest) =>
    name === file ? ts.createSourceFile(name, app, version) : getSourceFile(name, version, ...rest);
  const fileExists = host.fileExists;
  host.fileExists = (name) => name === file || fileExists(name);
  // No ambient types (node, vite/client): the app needs none, and they would triple the time.
  const program = ts.createProgram([file], { ...config.options, noEmit: true, types: [] }, host);
  const errors = ts.getPreEmitDiagnostics(program).map((d) => {
    const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : -1;
    return `${app.split('\n')[line]?.trim()} — ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
  expect(errors).toHaveLength(4);
  expect(errors[0]).toMatch(
    /^fromHook\.allow\('intercomm'\);.*"intercomm".*not assignable.*"posthog" \| "intercom"/,
  );
  expect(errors[1]).toMatch(/^useGranted\('post-hog'\),.*"post-hog".*not assignable/);
  expect(errors[2]).toMatch(/^<ConsentGate vendor="intercomm" \/>/);
  expect(errors[3]).toMatch(/^<ConsentGate vendor="intercom" category="functional" \/>/);
}, 30_000);
