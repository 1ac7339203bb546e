export { type BootOptions, type BootWithOptions, bootContainer, bootWith, startConsent } from './boot';
export { type CampaignFault, campaignFault, isRunnable, TRIGGERS } from './campaign-rules';
export {
  type ChunkDelivery,
  type ChunkGlobal,
  type ChunkRef,
  type Chunks,
  chunkLoader,
  type LoadChunk,
} from './chunks';
export { type CompiledContainer, type CompiledSetup, startCompiled } from './compiled';
export type { Campaign, CampaignTrigger, Container, ContainerUI } from './container';
export { type ContainerReport, member, type ReadContainer, readContainer } from './container-read';
export { type DropInPage, dropInPage } from './drop-in-page';
export { type PathPattern, pathPattern } from './path-pattern';
export {
  type CampaignHit,
  type CampaignsOptions,
  campaigns,
  campaignWindow,
  isActive,
  runCampaigns,
} from './plugins/campaigns';
export { type CommandQueueGlobal, commandQueue, type QueuedCall } from './plugins/command-queue';
export { type LazyUIOptions, lazyUI, type UIChunk } from './plugins/lazy-ui';
export { bindMarkup, type MarkupOptions, markup } from './plugins/markup';
export { spaPageViews, watchHistory } from './plugins/spa-page-views';
export { FACTORIES, type Factory, factoryFor } from './registry';
export { fillSend, isBadTemplate, type Send } from './send-template';
export { type DropInSetup, startDropIn } from './start';
export { VENDOR_TRANSLATIONS } from './vendor-translations';
