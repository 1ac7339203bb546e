export { type BootOptions, bootContainer } from './boot';
export { type CampaignHit, isActive, pathPattern, runCampaigns } from './campaigns';
export type { Campaign, CampaignTrigger, Container, ContainerUI } from './container';
export { watchHistory } from './history';
export { bindMarkup } from './markup';
export { FACTORIES, type Factory } from './registry';
