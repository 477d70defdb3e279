import type { ApiDomain } from '@forum/api/platform';
import { qnaEntities } from './lib/qna.entities.js';
import { QnaModule } from './lib/qna.module.js';

export const qnaDomain = {
  name: 'qna',
  module: QnaModule,
  entities: qnaEntities,
} as const satisfies ApiDomain;
