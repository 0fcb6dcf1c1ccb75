/** English words of every element (the base) and shared words; see src/i18n/en.ts. */
export const common = {
  'state.loading': 'Loading {metric}…',
  'state.empty': 'No data yet.',
  'state.stale': 'Showing the last good value.',
  'state.metric': 'metric',
  /** What a reader sees for each kind of error; English shows the developer's sentence itself. */
  'error.network': '{message}',
  'error.parse': '{message}',
  'error.validation': '{message}',
  'error.config': '{message}',
  /** The first issue has a row and a field, and is the only one. */
  'error.row': '{message}',
  /** The same with more issues; `count` is the number of the others. */
  'error.row.more': { other: '{message}' },
  /** The first issue has a field but no row (an option, an attribute). */
  'error.field': '{message}',
  /** Between the items of a spoken list ("40% promoters, 45% passives"). */
  'list.separator': ', ',
} as const;
