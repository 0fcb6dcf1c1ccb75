/** French words of <feedback-list>: a chunk of its own, fetched when a French page shows that element. */
import type { feedback } from '../en/feedback.js';
import type { TranslationOf } from '../types.js';

export default {
  'feedback.name': 'commentaires',
  'feedback.empty': 'Pas encore de commentaires.',
  'feedback.filters': 'Afficher les commentaires des',
  'feedback.filter': '{name} ({number})',
  'feedback.all': 'Tous',
  'feedback.promoters': 'Promoteurs',
  'feedback.passives': 'Passifs',
  'feedback.detractors': 'Détracteurs',
  'feedback.promoter': 'promoteur',
  'feedback.passive': 'passif',
  'feedback.detractor': 'détracteur',
  'feedback.none.all': 'Aucun commentaire.',
  'feedback.none.promoter': 'Aucun commentaire de promoteurs.',
  'feedback.none.passive': 'Aucun commentaire de passifs.',
  'feedback.none.detractor': 'Aucun commentaire de détracteurs.',
  'feedback.showing': { one: 'Affichage : {shown} sur {count} commentaire', other: 'Affichage : {shown} sur {count} commentaires' },
  'feedback.more': 'Afficher plus',
} satisfies TranslationOf<typeof feedback>;
