/** Japanese words of <retention-cohorts>: a chunk of its own, fetched when a Japanese page shows that element. */
import type { cohorts } from '../en/cohorts.js';
import type { TranslationOf } from '../types.js';

export default {
  'cohorts.name': 'コホート別継続率',
  'cohorts.title.customers': '登録コホート別の顧客継続率（顧客数の割合）',
  'cohorts.title.revenue': '登録コホート別の収益継続率（MRRの割合）',
  'cohorts.cohort': 'コホート',
  'cohorts.size.customers': '顧客数',
  'cohorts.size.revenue': '開始時MRR',
  'cohorts.month': '{number}か月目',
} satisfies TranslationOf<typeof cohorts>;
