import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../access/current-viewer.decorator.js';
import type { Viewer } from '../viewer/viewer.js';
import { ApiToken, CreatedApiToken, toApiToken } from './api-token.model.js';
import { ApiTokenService } from './api-token.service.js';
import { CreateApiTokenInput, RevokeApiTokenInput } from './dto/api-token.inputs.js';

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  constructor(private readonly apiTokenService: ApiTokenService) {}

  @Query(() => [ApiToken], { description: "The signed-in person's active personal access tokens." })
  async apiTokens(@CurrentViewer() viewer: Viewer): Promise<ApiToken[]> {
    return (await this.apiTokenService.list(viewer.user.id)).map(toApiToken);
  }

  @Mutation(() => CreatedApiToken, {
    description: 'Creates a personal access token; its secret is returned this once.',
  })
  async createApiToken(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'Name and scope of the new token.' }) input: CreateApiTokenInput,
  ): Promise<CreatedApiToken> {
    const { token, apiToken } = await this.apiTokenService.create(
      viewer.user.id,
      input.name.trim(),
      input.scope,
    );
    return { token, apiToken: toApiToken(apiToken) };
  }

  @Mutation(() => ApiToken, {
    description: 'Revokes one of your tokens; it stops working at once.',
  })
  async revokeApiToken(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The token to revoke.' }) input: RevokeApiTokenInput,
  ): Promise<ApiToken> {
    return toApiToken(await this.apiTokenService.revoke(viewer.user.id, input.id));
  }
}
