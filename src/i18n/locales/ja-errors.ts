/** Japanese words of every element in an error: a chunk of its own, fetched when a Japanese page shows an element with an error. */
import type { common } from '../en/common.js';
import type { ErrorKey, TranslationOf } from '../types.js';

export default {
  'error.network': 'データを読み込めませんでした。',
  'error.parse': 'データを読み取れませんでした。',
  'error.validation': 'データが正しくありません。',
  'error.config': 'この要素の設定が正しくありません。',
  'error.row': '{row}行目の「{field}」の値が正しくありません。',
  'error.row.more': { other: '{row}行目の「{field}」の値が正しくありません（ほか{count}件）。' },
  'error.field': '「{field}」の値が正しくありません。',
} satisfies TranslationOf<Pick<typeof common, ErrorKey>>;
