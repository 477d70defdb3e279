import { questionLimits } from '@forum/shared/domain';

export { isValidTag, tagSlug } from '@forum/shared/domain';

export const MAX_TAGS = questionLimits.tagsMax;
