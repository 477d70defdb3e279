// Following questions, ideas, tags and products: the follow button, the Following page and the
// auto-follow switches. Loaded with the pages that show them, not with the first page (see
// following.ts). German: following.de.ts.
export const followingEn = {
  follow: {
    follow: 'Follow',
    following: 'Following',
    signIn: 'Sign in to follow',
    count_QUESTION_one: '{{count}} person follows this question',
    count_QUESTION_other: '{{count}} people follow this question',
    count_IDEA_one: '{{count}} person follows this idea',
    count_IDEA_other: '{{count}} people follow this idea',
    count_TAG_one: '{{count}} person follows this tag',
    count_TAG_other: '{{count}} people follow this tag',
    count_PRODUCT_one: '{{count}} person follows this product area',
    count_PRODUCT_other: '{{count}} people follow this product area',
    limitReached: 'You follow 5,000 things already. Unfollow some first.',
    notFound: 'This can no longer be followed.',
    failed: 'That did not work. Please try again.',
  },
  followingPage: {
    documentTitle: 'Following',
    title: 'Following',
    intro: 'You hear about new activity on everything listed here.',
    signIn: 'Sign in to see what you follow.',
    empty:
      'You do not follow anything yet. Follow a question, an idea, a tag or a product area to hear about it.',
    filterLabel: 'Show',
    all: 'Everything',
    type: {
      QUESTION: 'Question',
      IDEA: 'Idea',
      TAG: 'Tag',
      PRODUCT: 'Product area',
    },
    followedSince: 'since {{date}}',
    unfollow: 'Unfollow',
    unfollowLabel: 'Unfollow {{title}}',
    unfollowFailed: 'Could not unfollow. Please try again.',
    more: 'Show more',
    failed: 'The list could not be loaded. Please reload the page.',
  },
  followSettings: {
    title: 'Follow automatically',
    description: 'Follow what you take part in, so you hear about replies.',
    followOnAsk: 'Questions I ask and ideas I propose',
    followOnAnswer: 'Questions I answer',
    followOnComment: 'Questions I comment on',
    followOnIdeaVote: 'Ideas I vote for',
    saved: 'Saved.',
    failed: 'Could not save. Please try again.',
  },
};
