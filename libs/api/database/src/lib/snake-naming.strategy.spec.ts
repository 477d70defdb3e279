import { describe, expect, it } from '@jest/globals';
import { SnakeNamingStrategy, snakeCase } from './snake-naming.strategy.js';

describe('SnakeNamingStrategy', () => {
  const naming = new SnakeNamingStrategy();

  it('turns entity classes into singular snake_case tables', () => {
    expect(naming.tableName('IdeaVoteEntity', undefined)).toBe('idea_vote');
    expect(naming.tableName('QuestionEntity', 'custom_name')).toBe('custom_name');
  });

  it('turns properties into snake_case columns', () => {
    expect(naming.columnName('acceptedAnswerId', undefined, [])).toBe('accepted_answer_id');
    expect(naming.columnName('city', undefined, ['address'])).toBe('address_city');
    expect(snakeCase('HTTPRequestCount')).toBe('http_request_count');
  });

  it('names constraints after their table and columns', () => {
    expect(naming.primaryKeyName('question')).toBe('question_pkey');
    expect(naming.uniqueConstraintName('idea_vote', ['idea_id', 'user_id'])).toBe(
      'idea_vote_idea_id_user_id_uq',
    );
    expect(naming.foreignKeyName('answer', ['question_id'])).toBe('answer_question_id_fkey');
    expect(naming.indexName('public.answer', ['question_id', 'score'])).toBe(
      'answer_question_id_score_idx',
    );
    expect(naming.joinColumnName('question', 'id')).toBe('question_id');
  });
});
