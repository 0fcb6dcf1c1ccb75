/** Japanese words of <health-badge>: a chunk of its own, fetched when a Japanese page shows that element. */
import type { health } from '../en/health.js';
import type { TranslationOf } from '../types.js';

export default {
  'health.name': 'アカウントヘルス',
  'health.band.healthy': '良好',
  'health.band.at-risk': '要注意',
  'health.band.critical': '危険',
  'health.band.healthy.spoken': '良好',
  'health.band.at-risk.spoken': '要注意',
  'health.band.critical.spoken': '危険',
  'health.empty': '{customer}について、ヘルスモデルの指標にまだ値がありません。',
  'health.details': 'スコアの内訳',
  'health.trend': '傾向：',
  'health.up': '{previous}から{points}上昇',
  'health.down': '{previous}から{points}低下',
  'health.steady': '横ばい（前回 {previous}）',
  'health.weight': '重み {share}',
  'health.no-data': 'データなし（{weight}）',
  'health.measure': '{value} → スコア {score}/100（{weight}）',
  'health.aria': 'アカウントヘルス：{words}',
  'health.aria.customer': '{customer}のアカウントヘルス：{words}',
} satisfies TranslationOf<typeof health>;
