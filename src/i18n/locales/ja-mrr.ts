/** Japanese words of <mrr-movements>: a chunk of its own, fetched when a Japanese page shows that element. */
import type { mrr } from '../en/mrr.js';
import type { TranslationOf } from '../types.js';

export default {
  'mrr.title': 'MRRの増減',
  'mrr.new': '新規',
  'mrr.expansion': '拡大',
  'mrr.reactivation': '再開',
  'mrr.contraction': '縮小',
  'mrr.churn': '解約',
  'mrr.net': '純増減',
  'mrr.end': '月末MRR',
  'mrr.month': '月',
  'mrr.caption': '月別のMRRの増減',
  'mrr.start': '月初MRR',
  'mrr.headline': '{month}のMRR純増減',
  'mrr.end.value': '月末MRR：{end}',
  'mrr.legend': 'グラフに表示する系列',
  'mrr.span': '{first}～{last}',
  'mrr.aria': '月別のMRRの増減、{span}。{month}の純増減 {net}、月末MRR {end}',
} satisfies TranslationOf<typeof mrr>;
