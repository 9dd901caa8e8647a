// Public surface of the career explorer for the app shell: the screen, its route and deep-link helpers, the track
// events, the i18n namespaces and the default QR base URL.

export { CareersScreen, type CareersScreenProps } from './CareersScreen';
export { CAREERS_HOME, careerRouteFromHash, careerRouteToHash, type CareerRoute } from './careerRoute';
export type { CareerTrackEvent } from './track';
export type { CareerFilters } from './logic/filters';
export { NO_FILTERS } from './logic/filters';
export { CAREERS_NAMESPACES } from './i18n';
export { HUB_PATHWAY_BASE_URL } from './data/sources';
export { STARTING_PROFILES, type StartingProfile } from './data/profiles';
export { INTEREST_TYPES, type InterestType } from './data/schema';
