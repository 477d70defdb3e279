import { IdeaCommentEntity } from './comments/idea-comment.entity.js';
import { IdeaQuestionEntity } from './evidence/idea-question.entity.js';
import { IdeaEntity } from './ideas/idea.entity.js';
import { IdeaNoteEntity } from './notes/idea-note.entity.js';
import { IdeaStatusChangeEntity } from './status/idea-status-change.entity.js';
import { IdeaVoteEntity } from './votes/idea-vote.entity.js';
import {
  IdeaOrganisationTallyEntity,
  IdeaVoteDayEntity,
  IdeaVoteDeltaEntity,
  IdeaVoteTallyEntity,
} from './votes/vote-counters.entities.js';

export const ideaEntities = [
  IdeaEntity,
  IdeaVoteEntity,
  IdeaVoteDayEntity,
  IdeaVoteTallyEntity,
  IdeaOrganisationTallyEntity,
  IdeaVoteDeltaEntity,
  IdeaStatusChangeEntity,
  IdeaCommentEntity,
  IdeaNoteEntity,
  IdeaQuestionEntity,
];
