import { SuggestionVisitEntity } from './suggestion-visit.entity.js';

/** The tables community-search owns. */
export const communitySearchEntities = [SuggestionVisitEntity];
