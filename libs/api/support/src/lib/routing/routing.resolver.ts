import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { OptionalViewer, User, UserLoader, type Viewer } from '@forum/api/identity';
import type { GraphqlContext } from '@forum/api/platform';
import { Question } from '@forum/api/qna';
import { isSupportStaff } from '@forum/shared/domain';
import { DataSource } from 'typeorm';
import { RoutingReason, RoutingSuggestion } from './routing-suggestion.model.js';
import { routingSuggestionsOf } from './routing-suggestions.js';

/** The routing suggestions on a question, for the desk's staff. */
@Resolver(() => Question)
export class QuestionRoutingResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => [RoutingSuggestion], {
    description:
      'People suggested to answer it: experts (staff not away) ranked first, then trusted community members, at most three of each, with the counts that explain why. Only experts, moderators and admins see them; for everyone else the list is empty (never an error), so the field can sit in a shared question query.',
  })
  async routingSuggestions(
    @Parent() question: Question,
    @OptionalViewer() viewer: Viewer | undefined,
  ): Promise<RoutingSuggestion[]> {
    if (!viewer || !isSupportStaff(viewer.user.role)) return [];
    return routingSuggestionsOf(this.dataSource.manager, question.id);
  }
}

/** The person of a routing suggestion. */
@Resolver(() => RoutingSuggestion)
export class RoutingSuggestionResolver {
  constructor(private readonly users: UserLoader) {}

  @ResolveField(() => User, { description: 'The person suggested.' })
  user(@Parent() suggestion: RoutingSuggestion, @Context() { req }: GraphqlContext) {
    return this.users.user(req, suggestion.userId);
  }
}

/**
 * The person of a routing reason. Registered where a field returns `RoutingReason` (the inbox's
 * `SupportCase.routingReason`): a resolver of a type no field returns breaks the schema.
 */
@Resolver(() => RoutingReason)
export class RoutingReasonResolver {
  constructor(private readonly users: UserLoader) {}

  @ResolveField(() => User, { description: 'The top suggested expert.' })
  user(@Parent() reason: RoutingReason, @Context() { req }: GraphqlContext) {
    return this.users.user(req, reason.userId);
  }
}
