import type { Adapter, ConsentPlugin } from '@conectamos/consent';
import { startConsent } from './boot';
import type { Chunks } from './chunks';
import type { Campaign } from './container';
import type { ReadContainer } from './container-read';
import { type DropInPage, dropInPage } from './drop-in-page';
import type { CampaignsOptions } from './plugins/campaigns';
import type { Factory } from './registry';

/** A container as `consent build` compiles it: validated at build time, in the shape the runtime uses. */
export type CompiledContainer = Omit<ReadContainer, 'campaigns'>;

/** What a compiled drop-in starts with, written by `consent build`. */
export interface CompiledSetup {
  /** The container, checked by the validator when it was compiled. */
  container: CompiledContainer;
  /** The factories of its vendors only, by adapter id. */
  factories: Readonly<Record<string, Factory>>;
  /** The on-demand chunks beside the main script. */
  chunks: Chunks;
  /**
   * The container's campaigns and the plugin that runs them, when it has any: a container without
   * campaigns does not carry their code.
   */
  campaigns?: { list: Campaign[]; plugin: (list: Campaign[], options: CampaignsOptions) => ConsentPlugin };
}

/**
 * Starts a compiled drop-in: as `startDropIn`, without a fetch (the container is in the script) and
 * without checking the container part by part again (the validator did, when it was compiled), so the
 * runtime carries neither the checks nor any vendor the container does not name.
 */
export function startCompiled(setup: CompiledSetup): void {
  const page = dropInPage(setup.chunks);
  page.begin(() => run(setup, page));
}

function run({ container, factories, campaigns }: CompiledSetup, page: DropInPage): void {
  const report = (error: unknown, id?: string): void => {
    page.fail(error);
    page.boot.onError?.({ id, error });
  };
  const adapters: Adapter[] = [];
  for (const [id, options] of container.adapters)
    try {
      adapters.push(factories[id]!(options as never));
    } catch (error) {
      report(error, id);
    }
  const plugins = page.boot.plugins ?? [];
  if (campaigns) {
    page.boot.onCampaigns?.(campaigns.list);
    plugins.unshift(
      campaigns.plugin(campaigns.list, { window: page.win, onHit: page.boot.onCampaign, onError: report }),
    );
  }
  const consent = startConsent(container, adapters, {
    ...page.boot,
    plugins,
    onError: ({ id, error }) => report(error, id),
  });
  if (consent) page.ready(consent);
}
