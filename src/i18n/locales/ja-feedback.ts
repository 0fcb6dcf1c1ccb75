/** Japanese words of <feedback-list>: a chunk of its own, fetched when a Japanese page shows that element. */
import type { feedback } from '../en/feedback.js';
import type { TranslationOf } from '../types.js';

export default {
  'feedback.name': 'コメント',
  'feedback.empty': 'まだコメントはありません。',
  'feedback.filters': '表示するコメント',
  'feedback.filter': '{name}（{number}）',
  'feedback.all': 'すべて',
  'feedback.promoters': '推奨者',
  'feedback.passives': '中立者',
  'feedback.detractors': '批判者',
  'feedback.promoter': '推奨者',
  'feedback.passive': '中立者',
  'feedback.detractor': '批判者',
  'feedback.none.all': 'コメントはありません。',
  'feedback.none.promoter': '推奨者のコメントはありません。',
  'feedback.none.passive': '中立者のコメントはありません。',
  'feedback.none.detractor': '批判者のコメントはありません。',
  'feedback.showing': { other: '{count}件中{shown}件のコメントを表示' },
  'feedback.more': 'さらに表示',
} satisfies TranslationOf<typeof feedback>;
