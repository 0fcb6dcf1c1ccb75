/** Japanese words of every element (states): a chunk of its own, fetched when a Japanese page shows any element. */
import type { common } from '../en/common.js';
import type { ErrorKey, TranslationOf } from '../types.js';

export default {
  'state.loading': '{metric}を読み込み中…',
  'state.empty': 'まだデータがありません。',
  'state.stale': '最後の正常な値を表示しています。',
  'state.metric': '指標',
  'list.separator': '、',
} satisfies TranslationOf<Omit<typeof common, ErrorKey>>;
