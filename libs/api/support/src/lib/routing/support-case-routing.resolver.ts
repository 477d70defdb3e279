import { Injectable } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GraphqlContext } from '@forum/api/platform';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { SupportCase } from '../desk/support-case.model.js';
import { RoutingReason } from './routing-suggestion.model.js';
import { routingReasonsFor } from './routing-suggestions.js';

/** Per-request batching: the routing reasons of an inbox page in one query. */
@Injectable()
export class RoutingReasonLoaders {
  private readonly perRequest = new WeakMap<object, DataLoader<string, RoutingReason | null>>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  reason(request: object, questionId: string): Promise<RoutingReason | null> {
    let loader = this.perRequest.get(request);
    if (!loader) {
      loader = new DataLoader(async (questionIds: readonly string[]) => {
        const reasons = await routingReasonsFor(this.dataSource.manager, questionIds);
        return questionIds.map((id) => reasons.get(id) ?? null);
      });
      this.perRequest.set(request, loader);
    }
    return loader.load(questionId);
  }
}

/** Why a case goes to its top suggested expert; the case itself is staff only. */
@Resolver(() => SupportCase)
export class SupportCaseRoutingResolver {
  constructor(private readonly loaders: RoutingReasonLoaders) {}

  @ResolveField(() => RoutingReason, {
    nullable: true,
    description:
      'Why the question goes to its top suggested expert ("solved 4 similar questions in Billing"); null until the question is routed or when no expert is suggested.',
  })
  routingReason(
    @Parent() supportCase: SupportCase,
    @Context() context: GraphqlContext,
  ): Promise<RoutingReason | null> {
    return this.loaders.reason(context.req, supportCase.questionId);
  }
}
