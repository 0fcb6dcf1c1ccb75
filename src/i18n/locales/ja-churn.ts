/** Japanese words of <churn-trend>: a chunk of its own, fetched when a Japanese page shows that element. */
import type { churn } from '../en/churn.js';
import type { TranslationOf } from '../types.js';

export default {
  'churn.title.customer': '顧客解約率',
  'churn.title.gross-revenue': 'グロス収益解約率',
  'churn.title.net-revenue': 'ネット収益解約率',
  'churn.name.customer': '顧客解約率',
  'churn.name.gross-revenue': 'グロス収益解約率',
  'churn.name.net-revenue': 'ネット収益解約率',
  'churn.no-base.customer': '顧客なし',
  'churn.no-base.revenue': 'MRRなし',
  'churn.empty': 'まだ解約率がありません：どの月の初めも{noBase}。',
  'churn.latest': '{month}の{title}',
  'churn.no-rate': '{title}：この期間の率はありません',
  'churn.unchanged': '{month}から変化なし',
  'churn.higher': '{month}より{points}ポイント上昇',
  'churn.lower': '{month}より{points}ポイント低下',
  'churn.legend': '破線：目標 月{target}',
  'churn.caption': '月別の{title}',
  'churn.month': '月',
  'churn.rate': '{title}',
  'churn.target': '目標',
  'churn.span': '{first}〜{last}',
  'churn.aria': '月別の{title}、{span}、直近は{month}の{rate}',
  'churn.aria.no-rate': '月別の{title}、{span}、この期間の率はありません（{noBase}）',
  'churn.aria.target': '{text}、目標 {target}',
} satisfies TranslationOf<typeof churn>;
