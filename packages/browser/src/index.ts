export { type BootOptions, bootContainer } from './boot';
export { type CampaignHit, campaignWindow, isActive, runCampaigns } from './campaigns';
export type { Campaign, CampaignTrigger, Container, ContainerUI } from './container';
export { cookieTables } from './cookie-tables';
export { watchHistory } from './history';
export { bindMarkup } from './markup';
export { type PathPattern, pathPattern } from './path-pattern';
export { FACTORIES, type Factory } from './registry';
export { formatProblem, type Problem, parseJson, type Validation, validateContainer } from './validate';
