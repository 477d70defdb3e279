import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequireRoles, toUser, User, UserService } from '@forum/api/identity';
import { supportStaffRoles } from '@forum/shared/domain';
import { SupportPolicy, UpdateSupportPolicyInput } from './support-policy.models.js';
import { SupportPolicySettings } from './support-policy-settings.service.js';

/** Products' business hours, response targets and escalation ladder. */
@Resolver(() => SupportPolicy)
export class SupportPolicyResolver {
  constructor(
    private readonly settings: SupportPolicySettings,
    private readonly users: UserService,
  ) {}

  @Query(() => SupportPolicy, {
    description: 'A product’s support policy (the defaults when it has none). Staff.',
  })
  @RequireRoles(...supportStaffRoles)
  supportPolicy(
    @Args('productId', { type: () => ID, description: 'The product.' }) productId: string,
  ): Promise<SupportPolicy> {
    return this.settings.get(productId);
  }

  @Query(() => [SupportPolicy], {
    description: 'Every product with its support policy or the defaults, by name. Staff.',
  })
  @RequireRoles(...supportStaffRoles)
  supportPolicies(): Promise<SupportPolicy[]> {
    return this.settings.list();
  }

  @Mutation(() => SupportPolicy, {
    description: 'Saves a product’s whole support policy. Admins.',
  })
  updateSupportPolicy(
    @Args('input', { description: 'The policy.' }) input: UpdateSupportPolicyInput,
  ): Promise<SupportPolicy> {
    return this.settings.update(input);
  }

  @ResolveField(() => User, { nullable: true, description: 'The lead expert, if any.' })
  async leadExpert(@Parent() policy: SupportPolicy): Promise<User | null> {
    if (!policy.leadExpertId) return null;
    const [user] = await this.users.findByIds([policy.leadExpertId]);
    return user && !user.deletedAt ? toUser(user) : null;
  }
}
