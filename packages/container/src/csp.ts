import { type CspHosts, type CspOptions, cspFor } from '@conectamos/consent';
import type { Container } from '@conectamos/consent-browser';
import { manifestFor, optionIs } from './manifests';

/** The CSP sources one adapter of a container needs: its manifest's, plus those its options switch on. */
export function adapterCsp(id: string, options: Record<string, unknown> = {}): CspHosts {
  const manifest = manifestFor(id);
  if (!manifest) return {};
  const sources: Record<string, string[]> = {};
  const add = (csp: CspHosts): void => {
    for (const [directive, hosts] of Object.entries(csp))
      sources[directive] = [...(sources[directive] ?? []), ...(hosts as string[])];
  };
  add(manifest.csp);
  for (const when of manifest.cspWhen ?? []) if (optionIs(manifest, options, when)) add(when.csp);
  return sources;
}

/**
 * The Content-Security-Policy a container's vendors need, as one header value: `cspFor` over each
 * adapter's sources, read from the manifests (no factory runs). Only directives some vendor declares
 * are printed, and `script-src` always, with the nonce when one is given.
 */
export const containerCsp = (container: Container, options: CspOptions = {}): string =>
  cspFor(
    Object.entries(container.adapters ?? {}).map(([id, adapterOptions]) => ({
      csp: adapterCsp(id, adapterOptions),
    })),
    options,
  );
