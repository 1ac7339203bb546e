export { type BootOptions, bootContainer } from './boot';
export { type CampaignFault, campaignFault, isRunnable, TRIGGERS } from './campaign-rules';
export type { Campaign, CampaignTrigger, Container, ContainerUI } from './container';
export { type ContainerReport, member, type ReadContainer, readContainer } from './container-read';
export { type PathPattern, pathPattern } from './path-pattern';
export {
  type CampaignHit,
  type CampaignsOptions,
  type CampaignsPlugin,
  campaigns,
  campaignWindow,
  isActive,
  runCampaigns,
} from './plugins/campaigns';
export { type CommandQueueGlobal, commandQueue, type QueuedCall } from './plugins/command-queue';
export { bindMarkup, type MarkupOptions, markup } from './plugins/markup';
export { spaPageViews, watchHistory } from './plugins/spa-page-views';
export { FACTORIES, type Factory, factoryFor } from './registry';
export { fillSend, isBadTemplate, type Send } from './send-template';
