/** English words of <feedback-list>; see src/i18n/en.ts. */
export const feedback = {
  'feedback.title': 'Feedback',
  'feedback.filters': 'Filter by category',
  'feedback.all': 'All',
  'feedback.promoters': 'Promoters',
  'feedback.passives': 'Passives',
  'feedback.detractors': 'Detractors',
  'feedback.promoter': 'promoter',
  'feedback.passive': 'passive',
  'feedback.detractor': 'detractor',
  'feedback.score': 'Score {score}',
  'feedback.more': 'Show more',
  'feedback.comments': { one: '{count} comment', other: '{count} comments' },
  'feedback.none': 'No comments in this category.',
} as const;
