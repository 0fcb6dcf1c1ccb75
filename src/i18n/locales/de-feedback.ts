/** German words of <feedback-list>: a chunk of its own, fetched when a German page shows that element. */
import type { feedback } from '../en/feedback.js';
import type { TranslationOf } from '../types.js';

export default {
  'feedback.name': 'Kommentare',
  'feedback.empty': 'Noch keine Kommentare.',
  'feedback.filters': 'Kommentare zeigen von',
  'feedback.filter': '{name} ({number})',
  'feedback.all': 'Alle',
  'feedback.promoters': 'Promotoren',
  'feedback.passives': 'Passive',
  'feedback.detractors': 'Kritiker',
  'feedback.promoter': 'Promotor',
  'feedback.passive': 'Passiver',
  'feedback.detractor': 'Kritiker',
  'feedback.none.all': 'Keine Kommentare.',
  'feedback.none.promoter': 'Keine Kommentare von Promotoren.',
  'feedback.none.passive': 'Keine Kommentare von Passiven.',
  'feedback.none.detractor': 'Keine Kommentare von Kritikern.',
  'feedback.showing': { one: '{shown} von {count} Kommentar angezeigt', other: '{shown} von {count} Kommentaren angezeigt' },
  'feedback.more': 'Mehr anzeigen',
} satisfies TranslationOf<typeof feedback>;
