/** Japanese words of <nps-gauge>: a chunk of its own, fetched when a Japanese page shows that element. */
import type { nps } from '../en/nps.js';
import type { TranslationOf } from '../types.js';

export default {
  'nps.title': 'ネットプロモータースコア',
  'nps.responses': { other: '回答{count}件' },
  'nps.promoters': '推奨者 {share}（{number}）',
  'nps.passives': '中立者 {share}（{number}）',
  'nps.detractors': '批判者 {share}（{number}）',
  'nps.promoters.spoken': '推奨者 {share}',
  'nps.passives.spoken': '中立者 {share}',
  'nps.detractors.spoken': '批判者 {share}',
  'nps.change': '前回比 {change}',
  'nps.change.none': '前回から変化なし',
  'nps.target': '目標 {target}',
  'nps.target.met': '目標 {target} · 達成',
  'nps.aria': '{title} {score}、{margin}、{responses}：{groups}',
  'nps.aria.up': '{text}。{previous}から{points}上昇',
  'nps.aria.down': '{text}。{previous}から{points}低下',
  'nps.aria.flat': '{text}。{previous}から変化なし',
  'nps.aria.target': '{text}。目標 {target}',
  'nps.aria.target.met': '{text}。目標 {target}、達成',
} satisfies TranslationOf<typeof nps>;
