/** English words of <mrr-movements>; see src/i18n/en.ts. */
export const mrr = {
  'mrr.title': 'MRR movements',
  'mrr.new': 'New',
  'mrr.expansion': 'Expansion',
  'mrr.reactivation': 'Reactivation',
  'mrr.contraction': 'Contraction',
  'mrr.churn': 'Churn',
  'mrr.net': 'Net movement',
  'mrr.end': 'End-of-month MRR',
  'mrr.month': 'Month',
  'mrr.caption': 'MRR movements by month',
  'mrr.aria': 'MRR movements by month, {span}, net movement {net} in {month}',
} as const;
