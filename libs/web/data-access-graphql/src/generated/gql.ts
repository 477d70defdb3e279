/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query TagFollow($slug: String!) {\n    tag(slug: $slug) {\n      id\n      slug\n      viewerFollows\n      followerCount\n    }\n  }\n": typeof types.TagFollowDocument,
    "\n  query ProductFollows {\n    products {\n      id\n      slug\n      viewerFollows\n      followerCount\n    }\n  }\n": typeof types.ProductFollowsDocument,
    "\n  mutation Follow($input: FollowInput!) {\n    follow(input: $input) {\n      targetType\n      targetId\n      following\n      followerCount\n    }\n  }\n": typeof types.FollowDocument,
    "\n  mutation Unfollow($input: FollowInput!) {\n    unfollow(input: $input) {\n      targetType\n      targetId\n      following\n      followerCount\n    }\n  }\n": typeof types.UnfollowDocument,
    "\n  query FollowSettings {\n    followSettings {\n      followOnAsk\n      followOnAnswer\n      followOnComment\n      followOnIdeaVote\n    }\n  }\n": typeof types.FollowSettingsDocument,
    "\n  mutation UpdateFollowSettings($input: UpdateFollowSettingsInput!) {\n    updateFollowSettings(input: $input) {\n      followOnAsk\n      followOnAnswer\n      followOnComment\n      followOnIdeaVote\n    }\n  }\n": typeof types.UpdateFollowSettingsDocument,
    "\n  query MyFollows($first: Int, $after: String, $targetType: FollowTargetType) {\n    myFollows(first: $first, after: $after, targetType: $targetType) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          targetType\n          targetId\n          title\n          path\n          followedAt\n        }\n      }\n    }\n  }\n": typeof types.MyFollowsDocument,
    "\n  mutation TrustAccount($input: AccountTrustInput!) {\n    trustAccount(input: $input) {\n      userId\n      trusted\n    }\n  }\n": typeof types.TrustAccountDocument,
    "\n  mutation UntrustAccount($input: AccountTrustInput!) {\n    untrustAccount(input: $input) {\n      userId\n      trusted\n    }\n  }\n": typeof types.UntrustAccountDocument,
    "\n  mutation FlagContent($input: FlagContentInput!) {\n    flagContent(input: $input) {\n      id\n      targetKind\n      targetId\n      reason\n    }\n  }\n": typeof types.FlagContentDocument,
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n      emailVerified\n      hasPassword\n      locale\n      timeZone\n      role\n      isStaff\n      staffTitle\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment OrganisationFields on Organisation {\n    id\n    name\n    plan\n    annualRevenue\n    createdAt\n  }\n": typeof types.OrganisationFieldsFragmentDoc,
    "\n  fragment PersonFields on User {\n    id\n    displayName\n    email\n    emailVerified\n    role\n    isStaff\n    isDeleted\n    staffTitle\n    expertAreas {\n      products {\n        id\n        name\n      }\n      tags {\n        id\n        slug\n      }\n    }\n    isAway\n    awayUntil\n    createdAt\n    suspendedUntil\n    suspensionReason\n    organisation {\n      id\n      name\n    }\n  }\n": typeof types.PersonFieldsFragmentDoc,
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    scope\n    createdAt\n    lastUsedAt\n  }\n": typeof types.ApiTokenFieldsFragmentDoc,
    "\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          action\n          targetType\n          targetId\n          reason\n          ipAddress\n          createdAt\n          actorId\n          actor {\n            id\n            displayName\n          }\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  query DeadMail($first: Int!, $after: String) {\n    deadMail(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          template\n          mailClass\n          recipient\n          locale\n          attempts\n          lastError\n          queuedAt\n          lastAttemptAt\n          state\n          resendable\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.DeadMailDocument,
    "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input)\n  }\n": typeof types.DeleteAccountDocument,
    "\n  query ExpertAreaProducts {\n    products {\n      id\n      name\n    }\n  }\n": typeof types.ExpertAreaProductsDocument,
    "\n  query ExpertAreaTagSearch($search: String, $first: Int!) {\n    tags(search: $search, first: $first) {\n      slug\n      questionCount\n    }\n  }\n": typeof types.ExpertAreaTagSearchDocument,
    "\n  query ExpertAreaTag($slug: String!) {\n    tag(slug: $slug) {\n      id\n      slug\n    }\n  }\n": typeof types.ExpertAreaTagDocument,
    "\n  query MyExpertSettings {\n    me {\n      id\n      isStaff\n      isAway\n      awayUntil\n      expertAreas {\n        products {\n          id\n          name\n        }\n        tags {\n          id\n          slug\n        }\n      }\n    }\n  }\n": typeof types.MyExpertSettingsDocument,
    "\n  mutation SetExpertAreas($input: SetExpertAreasInput!) {\n    setExpertAreas(input: $input) {\n      ...PersonFields\n    }\n  }\n": typeof types.SetExpertAreasDocument,
    "\n  mutation UpdateMyExpertAreas($input: MyExpertAreasInput!) {\n    updateMyExpertAreas(input: $input) {\n      id\n      expertAreas {\n        products {\n          id\n          name\n        }\n        tags {\n          id\n          slug\n        }\n      }\n    }\n  }\n": typeof types.UpdateMyExpertAreasDocument,
    "\n  mutation SetAway($input: SetAwayInput!) {\n    setAway(input: $input) {\n      id\n      isAway\n      awayUntil\n    }\n  }\n": typeof types.SetAwayDocument,
    "\n  mutation ClearAway($input: ClearAwayInput) {\n    clearAway(input: $input) {\n      id\n      isAway\n      awayUntil\n    }\n  }\n": typeof types.ClearAwayDocument,
    "\n  query Organisations {\n    organisations {\n      ...OrganisationFields\n    }\n  }\n": typeof types.OrganisationsDocument,
    "\n  query People($search: String, $role: Role, $first: Int!, $after: String) {\n    users(search: $search, role: $role, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...PersonFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  query PrivilegeThresholds {\n    reputationPrivileges {\n      rules {\n        privilege\n        reputation\n      }\n      newAccountQuestionsPerDay\n      newAccountAnswersPerDay\n    }\n  }\n": typeof types.PrivilegeThresholdsDocument,
    "\n  query AdminProducts {\n    products {\n      id\n      slug\n      name\n      description\n    }\n  }\n": typeof types.AdminProductsDocument,
    "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n      slug\n      name\n      description\n    }\n  }\n": typeof types.CreateProductDocument,
    "\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      id\n      slug\n      name\n      description\n    }\n  }\n": typeof types.UpdateProductDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation RequestSignInLink($input: RequestSignInLinkInput!) {\n    requestSignInLink(input: $input)\n  }\n": typeof types.RequestSignInLinkDocument,
    "\n  mutation ResendDeadMail($input: ResendDeadMailInput!) {\n    resendDeadMail(input: $input) {\n      resent {\n        id\n        state\n        resendable\n      }\n    }\n  }\n": typeof types.ResendDeadMailDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n": typeof types.ResendVerificationEmailDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      id\n      displayName\n      locale\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  mutation SetExpertProfile($input: SetExpertProfileInput!) {\n    setExpertProfile(input: $input) {\n      ...PersonFields\n    }\n  }\n": typeof types.SetExpertProfileDocument,
    "\n  mutation SetOrganisation($input: SetOrganisationInput!) {\n    setOrganisation(input: $input) {\n      ...PersonFields\n    }\n  }\n": typeof types.SetOrganisationDocument,
    "\n  mutation SetUserRole($input: SetUserRoleInput!) {\n    setUserRole(input: $input) {\n      ...PersonFields\n    }\n  }\n": typeof types.SetUserRoleDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n      locale\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query SignInOptions {\n    signInOptions {\n      password\n      sso {\n        label\n        startUrl\n      }\n    }\n  }\n": typeof types.SignInOptionsDocument,
    "\n  mutation SignInWithLink($input: SignInWithLinkInput!) {\n    signInWithLink(input: $input) {\n      id\n      displayName\n      locale\n    }\n  }\n": typeof types.SignInWithLinkDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  query SupportPolicies {\n    supportPolicies {\n      product {\n        id\n        name\n      }\n      isDefault\n      timeZone\n      workingDays\n      dayStartMinute\n      dayEndMinute\n      holidays\n      firstResponseTargetMinutes\n      warnAtPercent\n      adminEscalationPercent\n      leadExpertId\n      clockStopsAt\n    }\n  }\n": typeof types.SupportPoliciesDocument,
    "\n  query SupportLeadCandidates {\n    experts: users(role: EXPERT, first: 100) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n    moderators: users(role: MODERATOR, first: 100) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n    admins: users(role: ADMIN, first: 100) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.SupportLeadCandidatesDocument,
    "\n  mutation UpdateSupportPolicy($input: UpdateSupportPolicyInput!) {\n    updateSupportPolicy(input: $input) {\n      product {\n        id\n        name\n      }\n      isDefault\n      timeZone\n      workingDays\n      dayStartMinute\n      dayEndMinute\n      holidays\n      firstResponseTargetMinutes\n      warnAtPercent\n      adminEscalationPercent\n      leadExpertId\n      clockStopsAt\n    }\n  }\n": typeof types.UpdateSupportPolicyDocument,
    "\n  mutation SuspendUser($input: SuspendUserInput!) {\n    suspendUser(input: $input) {\n      ...PersonFields\n    }\n  }\n": typeof types.SuspendUserDocument,
    "\n  query Tags($search: String, $first: Int!) {\n    tags(search: $search, first: $first) {\n      slug\n      questionCount\n    }\n  }\n": typeof types.TagsDocument,
    "\n  mutation RenameTag($input: RenameTagInput!) {\n    renameTag(input: $input)\n  }\n": typeof types.RenameTagDocument,
    "\n  mutation MergeTags($input: MergeTagsInput!) {\n    mergeTags(input: $input)\n  }\n": typeof types.MergeTagsDocument,
    "\n  mutation UnsuspendUser($input: UnsuspendUserInput!) {\n    unsuspendUser(input: $input) {\n      ...PersonFields\n    }\n  }\n": typeof types.UnsuspendUserDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      locale\n      timeZone\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      id\n      displayName\n      email\n      emailVerified\n      locale\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  fragment DependencyStatusRowFields on DependencyHealth {\n    status\n    latencyMs\n  }\n": typeof types.DependencyStatusRowFieldsFragmentDoc,
    "\n  query HealthStatus {\n    health {\n      status\n      version\n      uptimeSeconds\n      checkedAt\n      database {\n        ...DependencyStatusRowFields\n      }\n      search {\n        ...DependencyStatusRowFields\n      }\n      jobs {\n        ...DependencyStatusRowFields\n      }\n    }\n  }\n": typeof types.HealthStatusDocument,
    "\n  mutation AddIdeaComment($input: AddIdeaCommentInput!) {\n    addIdeaComment(input: $input) {\n      id\n    }\n  }\n": typeof types.AddIdeaCommentDocument,
    "\n  mutation AddIdeaNote($input: AddIdeaNoteInput!) {\n    addIdeaNote(input: $input) {\n      id\n    }\n  }\n": typeof types.AddIdeaNoteDocument,
    "\n  fragment IdeaCard on Idea {\n    id\n    title\n    status\n    voteCount\n    commentCount\n    createdAt\n    product {\n      id\n      name\n    }\n    viewerVote {\n      importance\n    }\n  }\n": typeof types.IdeaCardFragmentDoc,
    "\n  query CurationSearch($query: String!, $types: [PostType!]!) {\n    search(query: $query, filter: { types: $types }, first: 8) {\n      hits {\n        type\n        idea {\n          id\n          title\n          status\n        }\n        question {\n          id\n          title\n          slug\n        }\n      }\n    }\n  }\n": typeof types.CurationSearchDocument,
    "\n  mutation MergeIdea($input: MergeIdeaInput!) {\n    mergeIdea(input: $input) {\n      id\n      title\n      voteCount\n      commentCount\n    }\n  }\n": typeof types.MergeIdeaDocument,
    "\n  query IdeaOrganisationVotes($id: ID!) {\n    organisations {\n      id\n      name\n    }\n    idea(id: $id) {\n      id\n      votes(first: 500) {\n        id\n        isRecordedForOrganisation\n        importance\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.IdeaOrganisationVotesDocument,
    "\n  mutation RecordOrganisationVote($input: RecordOrganisationVoteInput!) {\n    recordOrganisationVote(input: $input) {\n      id\n      voteCount\n      organisationCount\n    }\n  }\n": typeof types.RecordOrganisationVoteDocument,
    "\n  mutation RemoveOrganisationVote($input: RemoveOrganisationVoteInput!) {\n    removeOrganisationVote(input: $input) {\n      id\n      voteCount\n      organisationCount\n    }\n  }\n": typeof types.RemoveOrganisationVoteDocument,
    "\n  mutation LinkQuestionToIdea($input: LinkQuestionInput!) {\n    linkQuestionToIdea(input: $input) {\n      id\n      askerCount\n      linkedQuestionCount\n      linkedQuestions {\n        id\n        title\n        slug\n      }\n    }\n  }\n": typeof types.LinkQuestionToIdeaDocument,
    "\n  mutation UnlinkQuestionFromIdea($input: LinkQuestionInput!) {\n    unlinkQuestionFromIdea(input: $input) {\n      id\n      askerCount\n      linkedQuestionCount\n      linkedQuestions {\n        id\n        title\n        slug\n      }\n    }\n  }\n": typeof types.UnlinkQuestionFromIdeaDocument,
    "\n  query IdeaDetail($id: ID!) {\n    idea(id: $id) {\n      id\n      title\n      description\n      status\n      voteCount\n      organisationCount\n      commentCount\n      askerCount\n      viewerFollows\n      followerCount\n      createdAt\n      mergedInto {\n        id\n      }\n      author {\n        id\n        displayName\n      }\n      product {\n        id\n        name\n      }\n      viewerVote {\n        importance\n        reason\n      }\n      statusHistory {\n        id\n        toStatus\n        message\n        createdAt\n        changedBy {\n          displayName\n        }\n      }\n      comments {\n        id\n        body\n        createdAt\n        author {\n          id\n          displayName\n          isStaff\n        }\n      }\n      linkedQuestions {\n        id\n        title\n        slug\n      }\n    }\n  }\n": typeof types.IdeaDetailDocument,
    "\n  query IdeaInsights($filter: IdeaInsightFilter, $orderBy: IdeaInsightOrder) {\n    ideaInsights(filter: $filter, orderBy: $orderBy, first: 50) {\n      today\n      rows {\n        ideaId\n        title\n        status\n        productName\n        votes\n        periodVotes\n        weightedVotes\n        organisations\n        votesLast14Days\n        votesPrevious14Days\n        trend\n        askers\n      }\n    }\n  }\n": typeof types.IdeaInsightsDocument,
    "\n  query IdeaNotes($id: ID!) {\n    idea(id: $id) {\n      id\n      internalNotes {\n        id\n        body\n        createdAt\n        author {\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.IdeaNotesDocument,
    "\n  query IdeaProducts {\n    products {\n      id\n      name\n    }\n  }\n": typeof types.IdeaProductsDocument,
    "\n  query IdeaRoadmap($productId: ID) {\n    ideaRoadmap(productId: $productId) {\n      planned {\n        id\n        ...IdeaCard\n      }\n      inProgress {\n        id\n        ...IdeaCard\n      }\n      shipped {\n        id\n        ...IdeaCard\n      }\n    }\n  }\n": typeof types.IdeaRoadmapDocument,
    "\n  query IdeaVoteBreakdown($ideaId: ID, $filter: IdeaInsightFilter) {\n    ideaVoteBreakdown(ideaId: $ideaId, filter: $filter) {\n      totalVotes\n      byOrganisation {\n        key\n        label\n        votes\n      }\n      byPlan {\n        key\n        label\n        votes\n      }\n      byImportance {\n        key\n        label\n        votes\n      }\n      byProduct {\n        key\n        label\n        votes\n      }\n    }\n  }\n": typeof types.IdeaVoteBreakdownDocument,
    "\n  query IdeaVoteTrend($ideaIds: [ID!]!) {\n    ideaVoteTrend(ideaIds: $ideaIds) {\n      series {\n        ideaId\n        title\n        weeks {\n          weekStart\n          votes\n        }\n      }\n    }\n  }\n": typeof types.IdeaVoteTrendDocument,
    "\n  query Ideas($filter: IdeaFilter, $orderBy: IdeaOrder, $after: String) {\n    ideas(filter: $filter, orderBy: $orderBy, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...IdeaCard\n        }\n      }\n    }\n  }\n": typeof types.IdeasDocument,
    "\n  query InsightsCsv(\n    $filter: IdeaInsightFilter\n    $orderBy: IdeaInsightOrder\n    $ideaIds: [ID!]!\n    $withTrend: Boolean!\n  ) {\n    ideaInsights(filter: $filter, orderBy: $orderBy, first: 500) {\n      csv\n    }\n    ideaVoteBreakdown(filter: $filter) {\n      csv\n    }\n    ideaVoteTrend(ideaIds: $ideaIds) @include(if: $withTrend) {\n      csv\n    }\n  }\n": typeof types.InsightsCsvDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query Notifications {\n    notifications(first: 50) {\n      edges {\n        node {\n          id\n          count\n          actor {\n            id\n            displayName\n          }\n          payload {\n            __typename\n            ... on IdeaStatusChangedPayload {\n              ideaId\n              ideaTitle\n              toStatus\n            }\n            ... on IdeaMergedPayload {\n              ideaTitle\n              targetId\n              targetTitle\n            }\n            ... on BadgeAwardedPayload {\n              badge\n              tier\n              questionId\n              # The status payload's ideaId is never null, this one may be: one name cannot be both.\n              earnedByIdeaId: ideaId\n            }\n            ... on FlagResolvedPayload {\n              outcome\n              targetKind\n              flaggedId: targetId\n              flaggedQuestionId: questionId\n            }\n            # Aliases: a field name must have one nullability across every member of the union.\n            ... on AnswerPostedPayload {\n              aboutQuestionId: questionId\n              questionTitle\n              answerId\n            }\n            ... on AnswerAcceptedPayload {\n              aboutQuestionId: questionId\n              questionTitle\n              answerId\n            }\n            ... on AnswerVerifiedPayload {\n              aboutQuestionId: questionId\n              questionTitle\n              answerId\n              onYourQuestion\n            }\n            ... on CommentPostedPayload {\n              aboutQuestionId: questionId\n              questionTitle\n              onAnswerId: answerId\n            }\n            ... on MentionPayload {\n              aboutQuestionId: questionId\n              questionTitle\n              onAnswerId: answerId\n            }\n            ... on QuestionClosedAsDuplicatePayload {\n              aboutQuestionId: questionId\n              questionTitle\n              duplicateOfId\n              duplicateOfTitle\n            }\n            ... on QuestionInFollowedAreaPayload {\n              aboutQuestionId: questionId\n              questionTitle\n            }\n            ... on QuestionSolvedCheckPayload {\n              aboutQuestionId: questionId\n              questionTitle\n              solvedCheckToken: token\n            }\n            ... on QuestionRoutedPayload {\n              aboutQuestionId: questionId\n              questionTitle\n              questionSlug\n              solvedSimilar\n              answeredInArea\n              areaName\n            }\n            ... on QuestionAssignedPayload {\n              aboutQuestionId: questionId\n              questionTitle\n              questionSlug\n            }\n            ... on QuestionEscalatedPayload {\n              aboutQuestionId: questionId\n              questionTitle\n              questionSlug\n              step\n            }\n          }\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation ProposeIdea($input: ProposeIdeaInput!) {\n    proposeIdea(input: $input) {\n      id\n    }\n  }\n": typeof types.ProposeIdeaDocument,
    "\n  mutation SetIdeaStatus($input: SetIdeaStatusInput!) {\n    setIdeaStatus(input: $input) {\n      id\n      status\n      statusHistory {\n        id\n        toStatus\n        message\n        notifiedCount\n        createdAt\n        changedBy {\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.SetIdeaStatusDocument,
    "\n  query SimilarIdeas($title: String!, $productId: ID) {\n    similarIdeas(title: $title, productId: $productId) {\n      id\n      title\n      status\n      voteCount\n    }\n  }\n": typeof types.SimilarIdeasDocument,
    "\n  mutation VoteForIdea($input: VoteForIdeaInput!) {\n    voteForIdea(input: $input) {\n      id\n      voteCount\n      organisationCount\n      viewerVote {\n        importance\n        reason\n      }\n    }\n  }\n": typeof types.VoteForIdeaDocument,
    "\n  mutation WithdrawIdeaVote($input: IdeaIdInput!) {\n    withdrawIdeaVote(input: $input) {\n      id\n      voteCount\n      organisationCount\n      viewerVote {\n        importance\n        reason\n      }\n    }\n  }\n": typeof types.WithdrawIdeaVoteDocument,
    "\n  fragment ModerationSettingsFields on ModerationSettings {\n    flagHideWeight\n    newAccountDays\n    newAccountReputation\n    firstPostReviewEnabled\n    linkRuleEnabled\n    maxLinks\n    repeatRuleEnabled\n    repeatWindowDays\n    typingRuleEnabled\n    maxCharactersPerSecond\n    updatedAt\n  }\n": typeof types.ModerationSettingsFieldsFragmentDoc,
    "\n  query ModerationSettings {\n    moderationSettings {\n      ...ModerationSettingsFields\n    }\n  }\n": typeof types.ModerationSettingsDocument,
    "\n  mutation UpdateModerationSettings($input: UpdateModerationSettingsInput!) {\n    updateModerationSettings(input: $input) {\n      ...ModerationSettingsFields\n    }\n  }\n": typeof types.UpdateModerationSettingsDocument,
    "\n  query OpenReviewCount {\n    reviewQueue(first: 1, filter: { status: OPEN }) {\n      totalCount\n    }\n  }\n": typeof types.OpenReviewCountDocument,
    "\n  fragment ReviewItemFields on ReviewItem {\n    id\n    cause\n    status\n    targetKind\n    targetId\n    createdAt\n    needsStaff\n    flagCount\n    flagWeight\n    spamRule\n    claimedUntil\n    claimedBy {\n      id\n      displayName\n    }\n    resolutionAction\n    resolutionReason\n    resolvedAt\n    resolvedBy {\n      id\n      displayName\n    }\n    flags {\n      id\n      reason\n      note\n      weight\n      createdAt\n      flagger {\n        id\n        displayName\n      }\n    }\n    target {\n      id\n      kind\n      title\n      body\n      deleted\n      hiddenReason\n      questionId\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ReviewItemFieldsFragmentDoc,
    "\n  query ReviewQueue($filter: ReviewQueueFilter, $first: Int!) {\n    reviewQueue(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          ...ReviewItemFields\n        }\n      }\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  mutation ClaimReviewItem($input: ReviewItemIdInput!) {\n    claimReviewItem(input: $input) {\n      id\n      ...ReviewItemFields\n    }\n  }\n": typeof types.ClaimReviewItemDocument,
    "\n  mutation ReleaseReviewItem($input: ReviewItemIdInput!) {\n    releaseReviewItem(input: $input) {\n      id\n      ...ReviewItemFields\n    }\n  }\n": typeof types.ReleaseReviewItemDocument,
    "\n  mutation ResolveReviewItem($input: ResolveReviewItemInput!) {\n    resolveReviewItem(input: $input) {\n      id\n      ...ReviewItemFields\n    }\n  }\n": typeof types.ResolveReviewItemDocument,
    "\n  mutation ResolveReviewItems($input: ResolveReviewItemsInput!) {\n    resolveReviewItems(input: $input) {\n      id\n      ...ReviewItemFields\n    }\n  }\n": typeof types.ResolveReviewItemsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  subscription UnreadNotificationCountChanged {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountChangedDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      emailCadence\n      isDefault\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      kind\n      emailCadence\n      isDefault\n    }\n  }\n": typeof types.UpdateNotificationPreferencesDocument,
    "\n  query UnsubscribeTokenInfo($token: String!) {\n    unsubscribeTokenInfo(token: $token) {\n      scope\n      unsubscribed\n    }\n  }\n": typeof types.UnsubscribeTokenInfoDocument,
    "\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token) {\n      scope\n      unsubscribed\n    }\n  }\n": typeof types.UnsubscribeDocument,
    "\n  fragment BadgeAwardFields on BadgeAward {\n    id\n    badge\n    tier\n    awardedAt\n    questionId\n    answerId\n    ideaId\n    name {\n      en\n      de\n    }\n    description {\n      en\n      de\n    }\n    product {\n      id\n      name\n    }\n  }\n": typeof types.BadgeAwardFieldsFragmentDoc,
    "\n  query Badges {\n    badges {\n      key\n      revocable\n      name {\n        en\n        de\n      }\n      levels {\n        tier\n        threshold\n        holderCount\n        description {\n          en\n          de\n        }\n      }\n      recentAwards(first: 12) {\n        id\n        tier\n        awardedAt\n        user {\n          id\n          displayName\n          isDeleted\n        }\n        product {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.BadgesDocument,
    "\n  query Leaderboard($productId: ID, $period: LeaderboardPeriod!) {\n    leaderboard(productId: $productId, period: $period, first: 50) {\n      rank\n      points\n      user {\n        id\n        displayName\n        isStaff\n        staffTitle\n        isDeleted\n      }\n    }\n  }\n": typeof types.LeaderboardDocument,
    "\n  query LeaderboardProducts {\n    products {\n      id\n      name\n    }\n  }\n": typeof types.LeaderboardProductsDocument,
    "\n  query ProfileQuestions($authorId: ID!, $after: String) {\n    questions(filter: { authorId: $authorId }, orderBy: NEWEST, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          slug\n          state\n          answerCount\n          createdAt\n          # The author and moderators only; null for everyone else.\n          hiddenReason\n        }\n      }\n    }\n  }\n": typeof types.ProfileQuestionsDocument,
    "\n  query ProfileAnswers($authorId: ID!, $after: String) {\n    answers(authorId: $authorId, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          score\n          createdAt\n          isAccepted\n          # The author and moderators only; null for everyone else.\n          hiddenReason\n          question {\n            id\n            title\n            slug\n            state\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProfileAnswersDocument,
    "\n  query ReputationHistory($userId: ID!, $after: String) {\n    reputationHistory(userId: $userId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          delta\n          reason\n          action\n          questionId\n          answerId\n          questionTitle\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.ReputationHistoryDocument,
    "\n  query UserProfile($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      isStaff\n      staffTitle\n      expertAreas {\n        products {\n          id\n          slug\n          name\n        }\n        tags {\n          id\n          slug\n        }\n      }\n      isDeleted\n      createdAt\n      reputation\n      # Admins only; null for everyone else.\n      trusted\n      activity {\n        questionCount\n        answerCount\n        acceptedCount\n        products {\n          id\n          slug\n          name\n          posts\n        }\n      }\n      badges {\n        id\n        ...BadgeAwardFields\n      }\n    }\n  }\n": typeof types.UserProfileDocument,
    "\n  fragment AuthorFields on User {\n    id\n    displayName\n    isStaff\n    staffTitle\n    isDeleted\n    reputation\n    badges {\n      id\n      tier\n    }\n  }\n": typeof types.AuthorFieldsFragmentDoc,
    "\n  fragment RevisionFields on Revision {\n    id\n    editedAt\n    previousTitle\n    previousBody\n    previousTags\n    editor {\n      ...AuthorFields\n    }\n  }\n": typeof types.RevisionFieldsFragmentDoc,
    "\n  fragment QuestionRowFields on Question {\n    id\n    slug\n    title\n    language\n    state\n    score\n    answerCount\n    pinnedAt\n    hiddenReason\n    tags\n    createdAt\n    lastActivityAt\n    product {\n      id\n      name\n    }\n    author {\n      ...AuthorFields\n    }\n  }\n": typeof types.QuestionRowFieldsFragmentDoc,
    "\n  fragment AnswerFields on Answer {\n    id\n    body\n    score\n    viewerVote\n    viewerConfirmed\n    createdAt\n    hiddenReason\n    hiddenNote\n    confirmations {\n      people\n      organisations\n    }\n    author {\n      id\n      displayName\n      ...AuthorFields\n    }\n    comments {\n      id\n      ...CommentFields\n    }\n  }\n": typeof types.AnswerFieldsFragmentDoc,
    "\n  fragment CommentFields on Comment {\n    id\n    body\n    createdAt\n    author {\n      id\n      displayName\n      ...AuthorFields\n    }\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  fragment SearchHitFields on SearchHit {\n    type\n    title {\n      text\n      match\n    }\n    snippet {\n      text\n      match\n    }\n    question {\n      id\n      slug\n      language\n      state\n      answerCount\n      tags\n      createdAt\n      product {\n        id\n        name\n      }\n    }\n    idea {\n      id\n      status\n      voteCount\n      createdAt\n      product {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SearchHitFieldsFragmentDoc,
    "\n  mutation AcceptAnswer($input: AcceptAnswerInput!) {\n    acceptAnswer(input: $input) {\n      id\n      state\n      acceptedAnswerId\n    }\n  }\n": typeof types.AcceptAnswerDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  query AnswerForEdit($questionId: ID!) {\n    question(id: $questionId) {\n      id\n      slug\n      title\n      isDeleted\n      author {\n        id\n      }\n      answers {\n        id\n        body\n        author {\n          id\n        }\n      }\n    }\n  }\n": typeof types.AnswerForEditDocument,
    "\n  query AnswerHistory($questionId: ID!, $answerId: ID!) {\n    question(id: $questionId) {\n      id\n      slug\n      title\n      answers {\n        id\n        body\n        createdAt\n        author {\n          ...AuthorFields\n        }\n      }\n    }\n    revisions(answerId: $answerId) {\n      ...RevisionFields\n    }\n  }\n": typeof types.AnswerHistoryDocument,
    "\n  mutation AskQuestion($input: AskQuestionInput!) {\n    askQuestion(input: $input) {\n      id\n      slug\n    }\n  }\n": typeof types.AskQuestionDocument,
    "\n  mutation CloseQuestion($input: CloseQuestionInput!) {\n    closeQuestion(input: $input) {\n      id\n      state\n      closeReason\n    }\n  }\n": typeof types.CloseQuestionDocument,
    "\n  mutation ConfirmAnswer($input: ConfirmAnswerInput!) {\n    confirmAnswer(input: $input)\n  }\n": typeof types.ConfirmAnswerDocument,
    "\n  mutation DeleteAnswer($input: PostIdInput!) {\n    deleteAnswer(input: $input)\n  }\n": typeof types.DeleteAnswerDocument,
    "\n  mutation DeleteComment($input: DeleteCommentInput!) {\n    deleteComment(input: $input)\n  }\n": typeof types.DeleteCommentDocument,
    "\n  mutation DeleteQuestion($input: PostIdInput!) {\n    deleteQuestion(input: $input)\n  }\n": typeof types.DeleteQuestionDocument,
    "\n  mutation EditAnswer($input: EditAnswerInput!) {\n    editAnswer(input: $input) {\n      id\n      questionId\n      body\n      updatedAt\n    }\n  }\n": typeof types.EditAnswerDocument,
    "\n  mutation EditQuestion($input: EditQuestionInput!) {\n    editQuestion(input: $input) {\n      id\n      slug\n      title\n      body\n      tags\n    }\n  }\n": typeof types.EditQuestionDocument,
    "\n  query MentionCandidates($prefix: String!, $questionId: ID) {\n    mentionCandidates(prefix: $prefix, questionId: $questionId) {\n      id\n      displayName\n      isStaff\n      staffTitle\n    }\n  }\n": typeof types.MentionCandidatesDocument,
    "\n  mutation PostAnswer($input: PostAnswerInput!) {\n    postAnswer(input: $input) {\n      id\n      questionId\n    }\n  }\n": typeof types.PostAnswerDocument,
    "\n  mutation HidePost($input: HidePostInput!) {\n    hidePost(input: $input) {\n      id\n      hiddenReason\n      hiddenNote\n      answerCount\n    }\n  }\n": typeof types.HidePostDocument,
    "\n  mutation UnhidePost($input: UnhidePostInput!) {\n    unhidePost(input: $input) {\n      id\n      hiddenReason\n      hiddenNote\n      answerCount\n    }\n  }\n": typeof types.UnhidePostDocument,
    "\n  mutation LockQuestion($input: PostIdInput!) {\n    lockQuestion(input: $input) {\n      id\n      lockedAt\n    }\n  }\n": typeof types.LockQuestionDocument,
    "\n  mutation UnlockQuestion($input: PostIdInput!) {\n    unlockQuestion(input: $input) {\n      id\n      lockedAt\n    }\n  }\n": typeof types.UnlockQuestionDocument,
    "\n  mutation PinQuestion($input: PostIdInput!) {\n    pinQuestion(input: $input) {\n      id\n      pinnedAt\n    }\n  }\n": typeof types.PinQuestionDocument,
    "\n  mutation UnpinQuestion($input: PostIdInput!) {\n    unpinQuestion(input: $input) {\n      id\n      pinnedAt\n    }\n  }\n": typeof types.UnpinQuestionDocument,
    "\n  query Products {\n    products {\n      id\n      name\n      slug\n    }\n  }\n": typeof types.ProductsDocument,
    "\n  subscription QuestionActivity($questionId: ID!) {\n    questionActivity(questionId: $questionId) {\n      questionId\n      kind\n      answerIds\n      commentIds\n      authorId\n    }\n  }\n": typeof types.QuestionActivityDocument,
    "\n  query QuestionDetail($id: ID!) {\n    question(id: $id) {\n      id\n      slug\n      title\n      body\n      state\n      score\n      viewerVote\n      viewerFollows\n      followerCount\n      tags\n      language\n      createdAt\n      lastActivityAt\n      viewCount\n      answerCount\n      isDeleted\n      closeReason\n      lockedAt\n      pinnedAt\n      hiddenReason\n      hiddenNote\n      duplicateOf {\n        id\n        slug\n        title\n      }\n      duplicates {\n        id\n        slug\n        title\n      }\n      linkedIdeas {\n        id\n        title\n        status\n      }\n      product {\n        id\n        name\n        slug\n      }\n      author {\n        id\n        displayName\n        ...AuthorFields\n      }\n      acceptedAnswerId\n      acceptedAt\n      acceptedBy {\n        id\n        displayName\n        isStaff\n        staffTitle\n      }\n      acceptance {\n        answerId\n        kind\n        by {\n          id\n          displayName\n          isStaff\n          staffTitle\n        }\n      }\n      privateDetails {\n        body\n        updatedAt\n      }\n      comments {\n        id\n        ...CommentFields\n      }\n      answers {\n        id\n        body\n        score\n        createdAt\n        author {\n          id\n          displayName\n        }\n        ...AnswerFields\n      }\n    }\n  }\n": typeof types.QuestionDetailDocument,
    "\n  query QuestionFacets($filter: QuestionFilter) {\n    questionFacets(filter: $filter) {\n      states {\n        value\n        count\n      }\n      products {\n        value\n        count\n      }\n      tags {\n        value\n        count\n      }\n    }\n  }\n": typeof types.QuestionFacetsDocument,
    "\n  query QuestionForEdit($id: ID!) {\n    question(id: $id) {\n      id\n      slug\n      title\n      body\n      tags\n      state\n      isDeleted\n      author {\n        id\n      }\n    }\n  }\n": typeof types.QuestionForEditDocument,
    "\n  query QuestionHistory($id: ID!) {\n    question(id: $id) {\n      id\n      slug\n      title\n      body\n      tags\n      createdAt\n      author {\n        ...AuthorFields\n      }\n    }\n    revisions(questionId: $id) {\n      ...RevisionFields\n    }\n  }\n": typeof types.QuestionHistoryDocument,
    "\n  query QuestionIdeaSearch($query: String!) {\n    search(query: $query, filter: { types: [IDEA] }, first: 8) {\n      hits {\n        idea {\n          id\n          title\n          status\n        }\n      }\n    }\n  }\n": typeof types.QuestionIdeaSearchDocument,
    "\n  mutation LinkIdeaFromQuestion($input: LinkQuestionInput!) {\n    linkQuestionToIdea(input: $input) {\n      id\n      linkedQuestionCount\n    }\n  }\n": typeof types.LinkIdeaFromQuestionDocument,
    "\n  mutation UnlinkIdeaFromQuestion($input: LinkQuestionInput!) {\n    unlinkQuestionFromIdea(input: $input) {\n      id\n      linkedQuestionCount\n    }\n  }\n": typeof types.UnlinkIdeaFromQuestionDocument,
    "\n  query Questions($filter: QuestionFilter, $orderBy: QuestionOrder, $first: Int!, $after: String) {\n    questions(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...QuestionRowFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.QuestionsDocument,
    "\n  mutation RecordQuestionView($input: RecordQuestionViewInput!) {\n    recordQuestionView(input: $input)\n  }\n": typeof types.RecordQuestionViewDocument,
    "\n  mutation RecordSuggestionVisit($input: RecordSuggestionVisitInput!) {\n    recordSuggestionVisit(input: $input)\n  }\n": typeof types.RecordSuggestionVisitDocument,
    "\n  mutation ReopenQuestion($input: PostIdInput!) {\n    reopenQuestion(input: $input) {\n      id\n      state\n      closeReason\n    }\n  }\n": typeof types.ReopenQuestionDocument,
    "\n  mutation RestoreAnswer($input: PostIdInput!) {\n    restoreAnswer(input: $input) {\n      id\n      questionId\n    }\n  }\n": typeof types.RestoreAnswerDocument,
    "\n  mutation RestoreQuestion($input: PostIdInput!) {\n    restoreQuestion(input: $input) {\n      id\n      isDeleted\n    }\n  }\n": typeof types.RestoreQuestionDocument,
    "\n  query Search(\n    $query: String!\n    $filter: SearchFilter\n    $sort: SearchSort!\n    $first: Int!\n    $after: String\n  ) {\n    search(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {\n      total\n      processingTimeMs\n      hits {\n        ...SearchHitFields\n      }\n      facets {\n        types {\n          value\n          count\n        }\n        ideaStatuses {\n          value\n          count\n        }\n        states {\n          value\n          count\n        }\n        products {\n          value\n          count\n        }\n        tags {\n          value\n          count\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query SearchPreview($query: String!, $first: Int!) {\n    search(query: $query, first: $first) {\n      total\n      hits {\n        title {\n          text\n          match\n        }\n        question {\n          id\n          slug\n          state\n          language\n          product {\n            id\n            name\n          }\n        }\n        idea {\n          id\n          voteCount\n          product {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchPreviewDocument,
    "\n  mutation SetQuestionPrivateDetails($input: SetQuestionPrivateDetailsInput!) {\n    setQuestionPrivateDetails(input: $input) {\n      id\n      privateDetails {\n        body\n        updatedAt\n      }\n    }\n  }\n": typeof types.SetQuestionPrivateDetailsDocument,
    "\n  query SimilarQuestions($title: String!, $body: String) {\n    similarQuestions(title: $title, body: $body) {\n      title {\n        text\n        match\n      }\n      question {\n        id\n        slug\n        state\n        language\n        answerCount\n      }\n    }\n  }\n": typeof types.SimilarQuestionsDocument,
    "\n  mutation UnacceptAnswer($input: UnacceptAnswerInput!) {\n    unacceptAnswer(input: $input) {\n      id\n      state\n      acceptedAnswerId\n    }\n  }\n": typeof types.UnacceptAnswerDocument,
    "\n  mutation Vote($input: VoteInput!) {\n    vote(input: $input) {\n      id\n      score\n    }\n  }\n": typeof types.VoteDocument,
    "\n  mutation WithdrawConfirmation($input: ConfirmAnswerInput!) {\n    withdrawConfirmation(input: $input)\n  }\n": typeof types.WithdrawConfirmationDocument,
    "\n  query SolvedCheck($token: String!) {\n    solvedCheck(token: $token) {\n      questionId\n      questionTitle\n      questionSlug\n      step\n      closed\n      acceptedAnswerId\n      response\n      answers {\n        id\n        authorName\n        excerpt\n      }\n    }\n  }\n": typeof types.SolvedCheckDocument,
    "\n  mutation RespondToSolvedCheck($input: RespondToSolvedCheckInput!) {\n    respondToSolvedCheck(input: $input) {\n      questionId\n      questionTitle\n      questionSlug\n      step\n      closed\n      acceptedAnswerId\n      response\n      answers {\n        id\n        authorName\n        excerpt\n      }\n    }\n  }\n": typeof types.RespondToSolvedCheckDocument,
    "\n  query ExpertInbox($filter: InboxFilter!, $first: Int!, $after: String) {\n    expertInbox(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          status\n          cycle\n          dueAt\n          respondedAt\n          waitingOnCustomerSince\n          snoozedUntil\n          breached\n          businessMinutesLeft\n          claimedBy {\n            id\n            displayName\n          }\n          assignedBy {\n            id\n            displayName\n          }\n          routingReason {\n            solvedSimilar\n            answeredInArea\n            areaName\n            user {\n              id\n              displayName\n            }\n          }\n          question {\n            id\n            title\n            slug\n            createdAt\n            product {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ExpertInboxDocument,
    "\n  query ExpertInboxCounts {\n    expertInboxCounts {\n      mine\n      unclaimed\n      myAreas\n      waitingOnCustomer\n      breached\n    }\n  }\n": typeof types.ExpertInboxCountsDocument,
    "\n  query QuestionSupportCase($id: ID!) {\n    question(id: $id) {\n      id\n      supportCase {\n        status\n        cycle\n        dueAt\n        respondedAt\n        waitingOnCustomerSince\n        snoozedUntil\n        breached\n        businessMinutesLeft\n        claimedBy {\n          id\n          displayName\n        }\n        assignedBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.QuestionSupportCaseDocument,
    "\n  query AssignableStaff {\n    assignableStaff {\n      id\n      displayName\n    }\n  }\n": typeof types.AssignableStaffDocument,
    "\n  mutation ClaimQuestion($questionId: ID!) {\n    claimQuestion(questionId: $questionId) {\n      status\n      claimedBy {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ClaimQuestionDocument,
    "\n  mutation ReleaseQuestion($questionId: ID!) {\n    releaseQuestion(questionId: $questionId) {\n      status\n      claimedBy {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ReleaseQuestionDocument,
    "\n  mutation AssignQuestion($input: AssignQuestionInput!) {\n    assignQuestion(input: $input) {\n      status\n      claimedBy {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.AssignQuestionDocument,
    "\n  mutation SnoozeQuestion($input: SnoozeQuestionInput!) {\n    snoozeQuestion(input: $input) {\n      status\n      snoozedUntil\n    }\n  }\n": typeof types.SnoozeQuestionDocument,
    "\n  mutation UnsnoozeQuestion($questionId: ID!) {\n    unsnoozeQuestion(questionId: $questionId) {\n      status\n      snoozedUntil\n    }\n  }\n": typeof types.UnsnoozeQuestionDocument,
    "\n  mutation MarkWaitingOnCustomer($questionId: ID!) {\n    markWaitingOnCustomer(questionId: $questionId) {\n      status\n      waitingOnCustomerSince\n    }\n  }\n": typeof types.MarkWaitingOnCustomerDocument,
    "\n  mutation ResumeQuestion($questionId: ID!) {\n    resumeQuestion(questionId: $questionId) {\n      status\n      waitingOnCustomerSince\n      dueAt\n    }\n  }\n": typeof types.ResumeQuestionDocument,
    "\n  query QuestionRoutingSuggestions($id: ID!) {\n    question(id: $id) {\n      id\n      routingSuggestions {\n        user {\n          id\n          displayName\n        }\n        audience\n        rank\n        solvedSimilar\n        answeredInArea\n        areaName\n      }\n    }\n  }\n": typeof types.QuestionRoutingSuggestionsDocument,
};
const documents: Documents = {
    "\n  query TagFollow($slug: String!) {\n    tag(slug: $slug) {\n      id\n      slug\n      viewerFollows\n      followerCount\n    }\n  }\n": types.TagFollowDocument,
    "\n  query ProductFollows {\n    products {\n      id\n      slug\n      viewerFollows\n      followerCount\n    }\n  }\n": types.ProductFollowsDocument,
    "\n  mutation Follow($input: FollowInput!) {\n    follow(input: $input) {\n      targetType\n      targetId\n      following\n      followerCount\n    }\n  }\n": types.FollowDocument,
    "\n  mutation Unfollow($input: FollowInput!) {\n    unfollow(input: $input) {\n      targetType\n      targetId\n      following\n      followerCount\n    }\n  }\n": types.UnfollowDocument,
    "\n  query FollowSettings {\n    followSettings {\n      followOnAsk\n      followOnAnswer\n      followOnComment\n      followOnIdeaVote\n    }\n  }\n": types.FollowSettingsDocument,
    "\n  mutation UpdateFollowSettings($input: UpdateFollowSettingsInput!) {\n    updateFollowSettings(input: $input) {\n      followOnAsk\n      followOnAnswer\n      followOnComment\n      followOnIdeaVote\n    }\n  }\n": types.UpdateFollowSettingsDocument,
    "\n  query MyFollows($first: Int, $after: String, $targetType: FollowTargetType) {\n    myFollows(first: $first, after: $after, targetType: $targetType) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          targetType\n          targetId\n          title\n          path\n          followedAt\n        }\n      }\n    }\n  }\n": types.MyFollowsDocument,
    "\n  mutation TrustAccount($input: AccountTrustInput!) {\n    trustAccount(input: $input) {\n      userId\n      trusted\n    }\n  }\n": types.TrustAccountDocument,
    "\n  mutation UntrustAccount($input: AccountTrustInput!) {\n    untrustAccount(input: $input) {\n      userId\n      trusted\n    }\n  }\n": types.UntrustAccountDocument,
    "\n  mutation FlagContent($input: FlagContentInput!) {\n    flagContent(input: $input) {\n      id\n      targetKind\n      targetId\n      reason\n    }\n  }\n": types.FlagContentDocument,
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n      emailVerified\n      hasPassword\n      locale\n      timeZone\n      role\n      isStaff\n      staffTitle\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment OrganisationFields on Organisation {\n    id\n    name\n    plan\n    annualRevenue\n    createdAt\n  }\n": types.OrganisationFieldsFragmentDoc,
    "\n  fragment PersonFields on User {\n    id\n    displayName\n    email\n    emailVerified\n    role\n    isStaff\n    isDeleted\n    staffTitle\n    expertAreas {\n      products {\n        id\n        name\n      }\n      tags {\n        id\n        slug\n      }\n    }\n    isAway\n    awayUntil\n    createdAt\n    suspendedUntil\n    suspensionReason\n    organisation {\n      id\n      name\n    }\n  }\n": types.PersonFieldsFragmentDoc,
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    scope\n    createdAt\n    lastUsedAt\n  }\n": types.ApiTokenFieldsFragmentDoc,
    "\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n": types.ApiTokensDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          action\n          targetType\n          targetId\n          reason\n          ipAddress\n          createdAt\n          actorId\n          actor {\n            id\n            displayName\n          }\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  query DeadMail($first: Int!, $after: String) {\n    deadMail(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          template\n          mailClass\n          recipient\n          locale\n          attempts\n          lastError\n          queuedAt\n          lastAttemptAt\n          state\n          resendable\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.DeadMailDocument,
    "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input)\n  }\n": types.DeleteAccountDocument,
    "\n  query ExpertAreaProducts {\n    products {\n      id\n      name\n    }\n  }\n": types.ExpertAreaProductsDocument,
    "\n  query ExpertAreaTagSearch($search: String, $first: Int!) {\n    tags(search: $search, first: $first) {\n      slug\n      questionCount\n    }\n  }\n": types.ExpertAreaTagSearchDocument,
    "\n  query ExpertAreaTag($slug: String!) {\n    tag(slug: $slug) {\n      id\n      slug\n    }\n  }\n": types.ExpertAreaTagDocument,
    "\n  query MyExpertSettings {\n    me {\n      id\n      isStaff\n      isAway\n      awayUntil\n      expertAreas {\n        products {\n          id\n          name\n        }\n        tags {\n          id\n          slug\n        }\n      }\n    }\n  }\n": types.MyExpertSettingsDocument,
    "\n  mutation SetExpertAreas($input: SetExpertAreasInput!) {\n    setExpertAreas(input: $input) {\n      ...PersonFields\n    }\n  }\n": types.SetExpertAreasDocument,
    "\n  mutation UpdateMyExpertAreas($input: MyExpertAreasInput!) {\n    updateMyExpertAreas(input: $input) {\n      id\n      expertAreas {\n        products {\n          id\n          name\n        }\n        tags {\n          id\n          slug\n        }\n      }\n    }\n  }\n": types.UpdateMyExpertAreasDocument,
    "\n  mutation SetAway($input: SetAwayInput!) {\n    setAway(input: $input) {\n      id\n      isAway\n      awayUntil\n    }\n  }\n": types.SetAwayDocument,
    "\n  mutation ClearAway($input: ClearAwayInput) {\n    clearAway(input: $input) {\n      id\n      isAway\n      awayUntil\n    }\n  }\n": types.ClearAwayDocument,
    "\n  query Organisations {\n    organisations {\n      ...OrganisationFields\n    }\n  }\n": types.OrganisationsDocument,
    "\n  query People($search: String, $role: Role, $first: Int!, $after: String) {\n    users(search: $search, role: $role, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...PersonFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.PeopleDocument,
    "\n  query PrivilegeThresholds {\n    reputationPrivileges {\n      rules {\n        privilege\n        reputation\n      }\n      newAccountQuestionsPerDay\n      newAccountAnswersPerDay\n    }\n  }\n": types.PrivilegeThresholdsDocument,
    "\n  query AdminProducts {\n    products {\n      id\n      slug\n      name\n      description\n    }\n  }\n": types.AdminProductsDocument,
    "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n      slug\n      name\n      description\n    }\n  }\n": types.CreateProductDocument,
    "\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      id\n      slug\n      name\n      description\n    }\n  }\n": types.UpdateProductDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation RequestSignInLink($input: RequestSignInLinkInput!) {\n    requestSignInLink(input: $input)\n  }\n": types.RequestSignInLinkDocument,
    "\n  mutation ResendDeadMail($input: ResendDeadMailInput!) {\n    resendDeadMail(input: $input) {\n      resent {\n        id\n        state\n        resendable\n      }\n    }\n  }\n": types.ResendDeadMailDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n": types.ResendVerificationEmailDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      id\n      displayName\n      locale\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  mutation SetExpertProfile($input: SetExpertProfileInput!) {\n    setExpertProfile(input: $input) {\n      ...PersonFields\n    }\n  }\n": types.SetExpertProfileDocument,
    "\n  mutation SetOrganisation($input: SetOrganisationInput!) {\n    setOrganisation(input: $input) {\n      ...PersonFields\n    }\n  }\n": types.SetOrganisationDocument,
    "\n  mutation SetUserRole($input: SetUserRoleInput!) {\n    setUserRole(input: $input) {\n      ...PersonFields\n    }\n  }\n": types.SetUserRoleDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n      locale\n    }\n  }\n": types.SignInDocument,
    "\n  query SignInOptions {\n    signInOptions {\n      password\n      sso {\n        label\n        startUrl\n      }\n    }\n  }\n": types.SignInOptionsDocument,
    "\n  mutation SignInWithLink($input: SignInWithLinkInput!) {\n    signInWithLink(input: $input) {\n      id\n      displayName\n      locale\n    }\n  }\n": types.SignInWithLinkDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n    }\n  }\n": types.SignUpDocument,
    "\n  query SupportPolicies {\n    supportPolicies {\n      product {\n        id\n        name\n      }\n      isDefault\n      timeZone\n      workingDays\n      dayStartMinute\n      dayEndMinute\n      holidays\n      firstResponseTargetMinutes\n      warnAtPercent\n      adminEscalationPercent\n      leadExpertId\n      clockStopsAt\n    }\n  }\n": types.SupportPoliciesDocument,
    "\n  query SupportLeadCandidates {\n    experts: users(role: EXPERT, first: 100) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n    moderators: users(role: MODERATOR, first: 100) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n    admins: users(role: ADMIN, first: 100) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.SupportLeadCandidatesDocument,
    "\n  mutation UpdateSupportPolicy($input: UpdateSupportPolicyInput!) {\n    updateSupportPolicy(input: $input) {\n      product {\n        id\n        name\n      }\n      isDefault\n      timeZone\n      workingDays\n      dayStartMinute\n      dayEndMinute\n      holidays\n      firstResponseTargetMinutes\n      warnAtPercent\n      adminEscalationPercent\n      leadExpertId\n      clockStopsAt\n    }\n  }\n": types.UpdateSupportPolicyDocument,
    "\n  mutation SuspendUser($input: SuspendUserInput!) {\n    suspendUser(input: $input) {\n      ...PersonFields\n    }\n  }\n": types.SuspendUserDocument,
    "\n  query Tags($search: String, $first: Int!) {\n    tags(search: $search, first: $first) {\n      slug\n      questionCount\n    }\n  }\n": types.TagsDocument,
    "\n  mutation RenameTag($input: RenameTagInput!) {\n    renameTag(input: $input)\n  }\n": types.RenameTagDocument,
    "\n  mutation MergeTags($input: MergeTagsInput!) {\n    mergeTags(input: $input)\n  }\n": types.MergeTagsDocument,
    "\n  mutation UnsuspendUser($input: UnsuspendUserInput!) {\n    unsuspendUser(input: $input) {\n      ...PersonFields\n    }\n  }\n": types.UnsuspendUserDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      locale\n      timeZone\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      id\n      displayName\n      email\n      emailVerified\n      locale\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  fragment DependencyStatusRowFields on DependencyHealth {\n    status\n    latencyMs\n  }\n": types.DependencyStatusRowFieldsFragmentDoc,
    "\n  query HealthStatus {\n    health {\n      status\n      version\n      uptimeSeconds\n      checkedAt\n      database {\n        ...DependencyStatusRowFields\n      }\n      search {\n        ...DependencyStatusRowFields\n      }\n      jobs {\n        ...DependencyStatusRowFields\n      }\n    }\n  }\n": types.HealthStatusDocument,
    "\n  mutation AddIdeaComment($input: AddIdeaCommentInput!) {\n    addIdeaComment(input: $input) {\n      id\n    }\n  }\n": types.AddIdeaCommentDocument,
    "\n  mutation AddIdeaNote($input: AddIdeaNoteInput!) {\n    addIdeaNote(input: $input) {\n      id\n    }\n  }\n": types.AddIdeaNoteDocument,
    "\n  fragment IdeaCard on Idea {\n    id\n    title\n    status\n    voteCount\n    commentCount\n    createdAt\n    product {\n      id\n      name\n    }\n    viewerVote {\n      importance\n    }\n  }\n": types.IdeaCardFragmentDoc,
    "\n  query CurationSearch($query: String!, $types: [PostType!]!) {\n    search(query: $query, filter: { types: $types }, first: 8) {\n      hits {\n        type\n        idea {\n          id\n          title\n          status\n        }\n        question {\n          id\n          title\n          slug\n        }\n      }\n    }\n  }\n": types.CurationSearchDocument,
    "\n  mutation MergeIdea($input: MergeIdeaInput!) {\n    mergeIdea(input: $input) {\n      id\n      title\n      voteCount\n      commentCount\n    }\n  }\n": types.MergeIdeaDocument,
    "\n  query IdeaOrganisationVotes($id: ID!) {\n    organisations {\n      id\n      name\n    }\n    idea(id: $id) {\n      id\n      votes(first: 500) {\n        id\n        isRecordedForOrganisation\n        importance\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.IdeaOrganisationVotesDocument,
    "\n  mutation RecordOrganisationVote($input: RecordOrganisationVoteInput!) {\n    recordOrganisationVote(input: $input) {\n      id\n      voteCount\n      organisationCount\n    }\n  }\n": types.RecordOrganisationVoteDocument,
    "\n  mutation RemoveOrganisationVote($input: RemoveOrganisationVoteInput!) {\n    removeOrganisationVote(input: $input) {\n      id\n      voteCount\n      organisationCount\n    }\n  }\n": types.RemoveOrganisationVoteDocument,
    "\n  mutation LinkQuestionToIdea($input: LinkQuestionInput!) {\n    linkQuestionToIdea(input: $input) {\n      id\n      askerCount\n      linkedQuestionCount\n      linkedQuestions {\n        id\n        title\n        slug\n      }\n    }\n  }\n": types.LinkQuestionToIdeaDocument,
    "\n  mutation UnlinkQuestionFromIdea($input: LinkQuestionInput!) {\n    unlinkQuestionFromIdea(input: $input) {\n      id\n      askerCount\n      linkedQuestionCount\n      linkedQuestions {\n        id\n        title\n        slug\n      }\n    }\n  }\n": types.UnlinkQuestionFromIdeaDocument,
    "\n  query IdeaDetail($id: ID!) {\n    idea(id: $id) {\n      id\n      title\n      description\n      status\n      voteCount\n      organisationCount\n      commentCount\n      askerCount\n      viewerFollows\n      followerCount\n      createdAt\n      mergedInto {\n        id\n      }\n      author {\n        id\n        displayName\n      }\n      product {\n        id\n        name\n      }\n      viewerVote {\n        importance\n        reason\n      }\n      statusHistory {\n        id\n        toStatus\n        message\n        createdAt\n        changedBy {\n          displayName\n        }\n      }\n      comments {\n        id\n        body\n        createdAt\n        author {\n          id\n          displayName\n          isStaff\n        }\n      }\n      linkedQuestions {\n        id\n        title\n        slug\n      }\n    }\n  }\n": types.IdeaDetailDocument,
    "\n  query IdeaInsights($filter: IdeaInsightFilter, $orderBy: IdeaInsightOrder) {\n    ideaInsights(filter: $filter, orderBy: $orderBy, first: 50) {\n      today\n      rows {\n        ideaId\n        title\n        status\n        productName\n        votes\n        periodVotes\n        weightedVotes\n        organisations\n        votesLast14Days\n        votesPrevious14Days\n        trend\n        askers\n      }\n    }\n  }\n": types.IdeaInsightsDocument,
    "\n  query IdeaNotes($id: ID!) {\n    idea(id: $id) {\n      id\n      internalNotes {\n        id\n        body\n        createdAt\n        author {\n          displayName\n        }\n      }\n    }\n  }\n": types.IdeaNotesDocument,
    "\n  query IdeaProducts {\n    products {\n      id\n      name\n    }\n  }\n": types.IdeaProductsDocument,
    "\n  query IdeaRoadmap($productId: ID) {\n    ideaRoadmap(productId: $productId) {\n      planned {\n        id\n        ...IdeaCard\n      }\n      inProgress {\n        id\n        ...IdeaCard\n      }\n      shipped {\n        id\n        ...IdeaCard\n      }\n    }\n  }\n": types.IdeaRoadmapDocument,
    "\n  query IdeaVoteBreakdown($ideaId: ID, $filter: IdeaInsightFilter) {\n    ideaVoteBreakdown(ideaId: $ideaId, filter: $filter) {\n      totalVotes\n      byOrganisation {\n        key\n        label\n        votes\n      }\n      byPlan {\n        key\n        label\n        votes\n      }\n      byImportance {\n        key\n        label\n        votes\n      }\n      byProduct {\n        key\n        label\n        votes\n      }\n    }\n  }\n": types.IdeaVoteBreakdownDocument,
    "\n  query IdeaVoteTrend($ideaIds: [ID!]!) {\n    ideaVoteTrend(ideaIds: $ideaIds) {\n      series {\n        ideaId\n        title\n        weeks {\n          weekStart\n          votes\n        }\n      }\n    }\n  }\n": types.IdeaVoteTrendDocument,
    "\n  query Ideas($filter: IdeaFilter, $orderBy: IdeaOrder, $after: String) {\n    ideas(filter: $filter, orderBy: $orderBy, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...IdeaCard\n        }\n      }\n    }\n  }\n": types.IdeasDocument,
    "\n  query InsightsCsv(\n    $filter: IdeaInsightFilter\n    $orderBy: IdeaInsightOrder\n    $ideaIds: [ID!]!\n    $withTrend: Boolean!\n  ) {\n    ideaInsights(filter: $filter, orderBy: $orderBy, first: 500) {\n      csv\n    }\n    ideaVoteBreakdown(filter: $filter) {\n      csv\n    }\n    ideaVoteTrend(ideaIds: $ideaIds) @include(if: $withTrend) {\n      csv\n    }\n  }\n": types.InsightsCsvDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query Notifications {\n    notifications(first: 50) {\n      edges {\n        node {\n          id\n          count\n          actor {\n            id\n            displayName\n          }\n          payload {\n            __typename\n            ... on IdeaStatusChangedPayload {\n              ideaId\n              ideaTitle\n              toStatus\n            }\n            ... on IdeaMergedPayload {\n              ideaTitle\n              targetId\n              targetTitle\n            }\n            ... on BadgeAwardedPayload {\n              badge\n              tier\n              questionId\n              # The status payload's ideaId is never null, this one may be: one name cannot be both.\n              earnedByIdeaId: ideaId\n            }\n            ... on FlagResolvedPayload {\n              outcome\n              targetKind\n              flaggedId: targetId\n              flaggedQuestionId: questionId\n            }\n            # Aliases: a field name must have one nullability across every member of the union.\n            ... on AnswerPostedPayload {\n              aboutQuestionId: questionId\n              questionTitle\n              answerId\n            }\n            ... on AnswerAcceptedPayload {\n              aboutQuestionId: questionId\n              questionTitle\n              answerId\n            }\n            ... on AnswerVerifiedPayload {\n              aboutQuestionId: questionId\n              questionTitle\n              answerId\n              onYourQuestion\n            }\n            ... on CommentPostedPayload {\n              aboutQuestionId: questionId\n              questionTitle\n              onAnswerId: answerId\n            }\n            ... on MentionPayload {\n              aboutQuestionId: questionId\n              questionTitle\n              onAnswerId: answerId\n            }\n            ... on QuestionClosedAsDuplicatePayload {\n              aboutQuestionId: questionId\n              questionTitle\n              duplicateOfId\n              duplicateOfTitle\n            }\n            ... on QuestionInFollowedAreaPayload {\n              aboutQuestionId: questionId\n              questionTitle\n            }\n            ... on QuestionSolvedCheckPayload {\n              aboutQuestionId: questionId\n              questionTitle\n              solvedCheckToken: token\n            }\n            ... on QuestionRoutedPayload {\n              aboutQuestionId: questionId\n              questionTitle\n              questionSlug\n              solvedSimilar\n              answeredInArea\n              areaName\n            }\n            ... on QuestionAssignedPayload {\n              aboutQuestionId: questionId\n              questionTitle\n              questionSlug\n            }\n            ... on QuestionEscalatedPayload {\n              aboutQuestionId: questionId\n              questionTitle\n              questionSlug\n              step\n            }\n          }\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation ProposeIdea($input: ProposeIdeaInput!) {\n    proposeIdea(input: $input) {\n      id\n    }\n  }\n": types.ProposeIdeaDocument,
    "\n  mutation SetIdeaStatus($input: SetIdeaStatusInput!) {\n    setIdeaStatus(input: $input) {\n      id\n      status\n      statusHistory {\n        id\n        toStatus\n        message\n        notifiedCount\n        createdAt\n        changedBy {\n          displayName\n        }\n      }\n    }\n  }\n": types.SetIdeaStatusDocument,
    "\n  query SimilarIdeas($title: String!, $productId: ID) {\n    similarIdeas(title: $title, productId: $productId) {\n      id\n      title\n      status\n      voteCount\n    }\n  }\n": types.SimilarIdeasDocument,
    "\n  mutation VoteForIdea($input: VoteForIdeaInput!) {\n    voteForIdea(input: $input) {\n      id\n      voteCount\n      organisationCount\n      viewerVote {\n        importance\n        reason\n      }\n    }\n  }\n": types.VoteForIdeaDocument,
    "\n  mutation WithdrawIdeaVote($input: IdeaIdInput!) {\n    withdrawIdeaVote(input: $input) {\n      id\n      voteCount\n      organisationCount\n      viewerVote {\n        importance\n        reason\n      }\n    }\n  }\n": types.WithdrawIdeaVoteDocument,
    "\n  fragment ModerationSettingsFields on ModerationSettings {\n    flagHideWeight\n    newAccountDays\n    newAccountReputation\n    firstPostReviewEnabled\n    linkRuleEnabled\n    maxLinks\n    repeatRuleEnabled\n    repeatWindowDays\n    typingRuleEnabled\n    maxCharactersPerSecond\n    updatedAt\n  }\n": types.ModerationSettingsFieldsFragmentDoc,
    "\n  query ModerationSettings {\n    moderationSettings {\n      ...ModerationSettingsFields\n    }\n  }\n": types.ModerationSettingsDocument,
    "\n  mutation UpdateModerationSettings($input: UpdateModerationSettingsInput!) {\n    updateModerationSettings(input: $input) {\n      ...ModerationSettingsFields\n    }\n  }\n": types.UpdateModerationSettingsDocument,
    "\n  query OpenReviewCount {\n    reviewQueue(first: 1, filter: { status: OPEN }) {\n      totalCount\n    }\n  }\n": types.OpenReviewCountDocument,
    "\n  fragment ReviewItemFields on ReviewItem {\n    id\n    cause\n    status\n    targetKind\n    targetId\n    createdAt\n    needsStaff\n    flagCount\n    flagWeight\n    spamRule\n    claimedUntil\n    claimedBy {\n      id\n      displayName\n    }\n    resolutionAction\n    resolutionReason\n    resolvedAt\n    resolvedBy {\n      id\n      displayName\n    }\n    flags {\n      id\n      reason\n      note\n      weight\n      createdAt\n      flagger {\n        id\n        displayName\n      }\n    }\n    target {\n      id\n      kind\n      title\n      body\n      deleted\n      hiddenReason\n      questionId\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": types.ReviewItemFieldsFragmentDoc,
    "\n  query ReviewQueue($filter: ReviewQueueFilter, $first: Int!) {\n    reviewQueue(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          ...ReviewItemFields\n        }\n      }\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  mutation ClaimReviewItem($input: ReviewItemIdInput!) {\n    claimReviewItem(input: $input) {\n      id\n      ...ReviewItemFields\n    }\n  }\n": types.ClaimReviewItemDocument,
    "\n  mutation ReleaseReviewItem($input: ReviewItemIdInput!) {\n    releaseReviewItem(input: $input) {\n      id\n      ...ReviewItemFields\n    }\n  }\n": types.ReleaseReviewItemDocument,
    "\n  mutation ResolveReviewItem($input: ResolveReviewItemInput!) {\n    resolveReviewItem(input: $input) {\n      id\n      ...ReviewItemFields\n    }\n  }\n": types.ResolveReviewItemDocument,
    "\n  mutation ResolveReviewItems($input: ResolveReviewItemsInput!) {\n    resolveReviewItems(input: $input) {\n      id\n      ...ReviewItemFields\n    }\n  }\n": types.ResolveReviewItemsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  subscription UnreadNotificationCountChanged {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountChangedDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      emailCadence\n      isDefault\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      kind\n      emailCadence\n      isDefault\n    }\n  }\n": types.UpdateNotificationPreferencesDocument,
    "\n  query UnsubscribeTokenInfo($token: String!) {\n    unsubscribeTokenInfo(token: $token) {\n      scope\n      unsubscribed\n    }\n  }\n": types.UnsubscribeTokenInfoDocument,
    "\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token) {\n      scope\n      unsubscribed\n    }\n  }\n": types.UnsubscribeDocument,
    "\n  fragment BadgeAwardFields on BadgeAward {\n    id\n    badge\n    tier\n    awardedAt\n    questionId\n    answerId\n    ideaId\n    name {\n      en\n      de\n    }\n    description {\n      en\n      de\n    }\n    product {\n      id\n      name\n    }\n  }\n": types.BadgeAwardFieldsFragmentDoc,
    "\n  query Badges {\n    badges {\n      key\n      revocable\n      name {\n        en\n        de\n      }\n      levels {\n        tier\n        threshold\n        holderCount\n        description {\n          en\n          de\n        }\n      }\n      recentAwards(first: 12) {\n        id\n        tier\n        awardedAt\n        user {\n          id\n          displayName\n          isDeleted\n        }\n        product {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.BadgesDocument,
    "\n  query Leaderboard($productId: ID, $period: LeaderboardPeriod!) {\n    leaderboard(productId: $productId, period: $period, first: 50) {\n      rank\n      points\n      user {\n        id\n        displayName\n        isStaff\n        staffTitle\n        isDeleted\n      }\n    }\n  }\n": types.LeaderboardDocument,
    "\n  query LeaderboardProducts {\n    products {\n      id\n      name\n    }\n  }\n": types.LeaderboardProductsDocument,
    "\n  query ProfileQuestions($authorId: ID!, $after: String) {\n    questions(filter: { authorId: $authorId }, orderBy: NEWEST, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          slug\n          state\n          answerCount\n          createdAt\n          # The author and moderators only; null for everyone else.\n          hiddenReason\n        }\n      }\n    }\n  }\n": types.ProfileQuestionsDocument,
    "\n  query ProfileAnswers($authorId: ID!, $after: String) {\n    answers(authorId: $authorId, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          score\n          createdAt\n          isAccepted\n          # The author and moderators only; null for everyone else.\n          hiddenReason\n          question {\n            id\n            title\n            slug\n            state\n          }\n        }\n      }\n    }\n  }\n": types.ProfileAnswersDocument,
    "\n  query ReputationHistory($userId: ID!, $after: String) {\n    reputationHistory(userId: $userId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          delta\n          reason\n          action\n          questionId\n          answerId\n          questionTitle\n          createdAt\n        }\n      }\n    }\n  }\n": types.ReputationHistoryDocument,
    "\n  query UserProfile($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      isStaff\n      staffTitle\n      expertAreas {\n        products {\n          id\n          slug\n          name\n        }\n        tags {\n          id\n          slug\n        }\n      }\n      isDeleted\n      createdAt\n      reputation\n      # Admins only; null for everyone else.\n      trusted\n      activity {\n        questionCount\n        answerCount\n        acceptedCount\n        products {\n          id\n          slug\n          name\n          posts\n        }\n      }\n      badges {\n        id\n        ...BadgeAwardFields\n      }\n    }\n  }\n": types.UserProfileDocument,
    "\n  fragment AuthorFields on User {\n    id\n    displayName\n    isStaff\n    staffTitle\n    isDeleted\n    reputation\n    badges {\n      id\n      tier\n    }\n  }\n": types.AuthorFieldsFragmentDoc,
    "\n  fragment RevisionFields on Revision {\n    id\n    editedAt\n    previousTitle\n    previousBody\n    previousTags\n    editor {\n      ...AuthorFields\n    }\n  }\n": types.RevisionFieldsFragmentDoc,
    "\n  fragment QuestionRowFields on Question {\n    id\n    slug\n    title\n    language\n    state\n    score\n    answerCount\n    pinnedAt\n    hiddenReason\n    tags\n    createdAt\n    lastActivityAt\n    product {\n      id\n      name\n    }\n    author {\n      ...AuthorFields\n    }\n  }\n": types.QuestionRowFieldsFragmentDoc,
    "\n  fragment AnswerFields on Answer {\n    id\n    body\n    score\n    viewerVote\n    viewerConfirmed\n    createdAt\n    hiddenReason\n    hiddenNote\n    confirmations {\n      people\n      organisations\n    }\n    author {\n      id\n      displayName\n      ...AuthorFields\n    }\n    comments {\n      id\n      ...CommentFields\n    }\n  }\n": types.AnswerFieldsFragmentDoc,
    "\n  fragment CommentFields on Comment {\n    id\n    body\n    createdAt\n    author {\n      id\n      displayName\n      ...AuthorFields\n    }\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  fragment SearchHitFields on SearchHit {\n    type\n    title {\n      text\n      match\n    }\n    snippet {\n      text\n      match\n    }\n    question {\n      id\n      slug\n      language\n      state\n      answerCount\n      tags\n      createdAt\n      product {\n        id\n        name\n      }\n    }\n    idea {\n      id\n      status\n      voteCount\n      createdAt\n      product {\n        id\n        name\n      }\n    }\n  }\n": types.SearchHitFieldsFragmentDoc,
    "\n  mutation AcceptAnswer($input: AcceptAnswerInput!) {\n    acceptAnswer(input: $input) {\n      id\n      state\n      acceptedAnswerId\n    }\n  }\n": types.AcceptAnswerDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n    }\n  }\n": types.AddCommentDocument,
    "\n  query AnswerForEdit($questionId: ID!) {\n    question(id: $questionId) {\n      id\n      slug\n      title\n      isDeleted\n      author {\n        id\n      }\n      answers {\n        id\n        body\n        author {\n          id\n        }\n      }\n    }\n  }\n": types.AnswerForEditDocument,
    "\n  query AnswerHistory($questionId: ID!, $answerId: ID!) {\n    question(id: $questionId) {\n      id\n      slug\n      title\n      answers {\n        id\n        body\n        createdAt\n        author {\n          ...AuthorFields\n        }\n      }\n    }\n    revisions(answerId: $answerId) {\n      ...RevisionFields\n    }\n  }\n": types.AnswerHistoryDocument,
    "\n  mutation AskQuestion($input: AskQuestionInput!) {\n    askQuestion(input: $input) {\n      id\n      slug\n    }\n  }\n": types.AskQuestionDocument,
    "\n  mutation CloseQuestion($input: CloseQuestionInput!) {\n    closeQuestion(input: $input) {\n      id\n      state\n      closeReason\n    }\n  }\n": types.CloseQuestionDocument,
    "\n  mutation ConfirmAnswer($input: ConfirmAnswerInput!) {\n    confirmAnswer(input: $input)\n  }\n": types.ConfirmAnswerDocument,
    "\n  mutation DeleteAnswer($input: PostIdInput!) {\n    deleteAnswer(input: $input)\n  }\n": types.DeleteAnswerDocument,
    "\n  mutation DeleteComment($input: DeleteCommentInput!) {\n    deleteComment(input: $input)\n  }\n": types.DeleteCommentDocument,
    "\n  mutation DeleteQuestion($input: PostIdInput!) {\n    deleteQuestion(input: $input)\n  }\n": types.DeleteQuestionDocument,
    "\n  mutation EditAnswer($input: EditAnswerInput!) {\n    editAnswer(input: $input) {\n      id\n      questionId\n      body\n      updatedAt\n    }\n  }\n": types.EditAnswerDocument,
    "\n  mutation EditQuestion($input: EditQuestionInput!) {\n    editQuestion(input: $input) {\n      id\n      slug\n      title\n      body\n      tags\n    }\n  }\n": types.EditQuestionDocument,
    "\n  query MentionCandidates($prefix: String!, $questionId: ID) {\n    mentionCandidates(prefix: $prefix, questionId: $questionId) {\n      id\n      displayName\n      isStaff\n      staffTitle\n    }\n  }\n": types.MentionCandidatesDocument,
    "\n  mutation PostAnswer($input: PostAnswerInput!) {\n    postAnswer(input: $input) {\n      id\n      questionId\n    }\n  }\n": types.PostAnswerDocument,
    "\n  mutation HidePost($input: HidePostInput!) {\n    hidePost(input: $input) {\n      id\n      hiddenReason\n      hiddenNote\n      answerCount\n    }\n  }\n": types.HidePostDocument,
    "\n  mutation UnhidePost($input: UnhidePostInput!) {\n    unhidePost(input: $input) {\n      id\n      hiddenReason\n      hiddenNote\n      answerCount\n    }\n  }\n": types.UnhidePostDocument,
    "\n  mutation LockQuestion($input: PostIdInput!) {\n    lockQuestion(input: $input) {\n      id\n      lockedAt\n    }\n  }\n": types.LockQuestionDocument,
    "\n  mutation UnlockQuestion($input: PostIdInput!) {\n    unlockQuestion(input: $input) {\n      id\n      lockedAt\n    }\n  }\n": types.UnlockQuestionDocument,
    "\n  mutation PinQuestion($input: PostIdInput!) {\n    pinQuestion(input: $input) {\n      id\n      pinnedAt\n    }\n  }\n": types.PinQuestionDocument,
    "\n  mutation UnpinQuestion($input: PostIdInput!) {\n    unpinQuestion(input: $input) {\n      id\n      pinnedAt\n    }\n  }\n": types.UnpinQuestionDocument,
    "\n  query Products {\n    products {\n      id\n      name\n      slug\n    }\n  }\n": types.ProductsDocument,
    "\n  subscription QuestionActivity($questionId: ID!) {\n    questionActivity(questionId: $questionId) {\n      questionId\n      kind\n      answerIds\n      commentIds\n      authorId\n    }\n  }\n": types.QuestionActivityDocument,
    "\n  query QuestionDetail($id: ID!) {\n    question(id: $id) {\n      id\n      slug\n      title\n      body\n      state\n      score\n      viewerVote\n      viewerFollows\n      followerCount\n      tags\n      language\n      createdAt\n      lastActivityAt\n      viewCount\n      answerCount\n      isDeleted\n      closeReason\n      lockedAt\n      pinnedAt\n      hiddenReason\n      hiddenNote\n      duplicateOf {\n        id\n        slug\n        title\n      }\n      duplicates {\n        id\n        slug\n        title\n      }\n      linkedIdeas {\n        id\n        title\n        status\n      }\n      product {\n        id\n        name\n        slug\n      }\n      author {\n        id\n        displayName\n        ...AuthorFields\n      }\n      acceptedAnswerId\n      acceptedAt\n      acceptedBy {\n        id\n        displayName\n        isStaff\n        staffTitle\n      }\n      acceptance {\n        answerId\n        kind\n        by {\n          id\n          displayName\n          isStaff\n          staffTitle\n        }\n      }\n      privateDetails {\n        body\n        updatedAt\n      }\n      comments {\n        id\n        ...CommentFields\n      }\n      answers {\n        id\n        body\n        score\n        createdAt\n        author {\n          id\n          displayName\n        }\n        ...AnswerFields\n      }\n    }\n  }\n": types.QuestionDetailDocument,
    "\n  query QuestionFacets($filter: QuestionFilter) {\n    questionFacets(filter: $filter) {\n      states {\n        value\n        count\n      }\n      products {\n        value\n        count\n      }\n      tags {\n        value\n        count\n      }\n    }\n  }\n": types.QuestionFacetsDocument,
    "\n  query QuestionForEdit($id: ID!) {\n    question(id: $id) {\n      id\n      slug\n      title\n      body\n      tags\n      state\n      isDeleted\n      author {\n        id\n      }\n    }\n  }\n": types.QuestionForEditDocument,
    "\n  query QuestionHistory($id: ID!) {\n    question(id: $id) {\n      id\n      slug\n      title\n      body\n      tags\n      createdAt\n      author {\n        ...AuthorFields\n      }\n    }\n    revisions(questionId: $id) {\n      ...RevisionFields\n    }\n  }\n": types.QuestionHistoryDocument,
    "\n  query QuestionIdeaSearch($query: String!) {\n    search(query: $query, filter: { types: [IDEA] }, first: 8) {\n      hits {\n        idea {\n          id\n          title\n          status\n        }\n      }\n    }\n  }\n": types.QuestionIdeaSearchDocument,
    "\n  mutation LinkIdeaFromQuestion($input: LinkQuestionInput!) {\n    linkQuestionToIdea(input: $input) {\n      id\n      linkedQuestionCount\n    }\n  }\n": types.LinkIdeaFromQuestionDocument,
    "\n  mutation UnlinkIdeaFromQuestion($input: LinkQuestionInput!) {\n    unlinkQuestionFromIdea(input: $input) {\n      id\n      linkedQuestionCount\n    }\n  }\n": types.UnlinkIdeaFromQuestionDocument,
    "\n  query Questions($filter: QuestionFilter, $orderBy: QuestionOrder, $first: Int!, $after: String) {\n    questions(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...QuestionRowFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.QuestionsDocument,
    "\n  mutation RecordQuestionView($input: RecordQuestionViewInput!) {\n    recordQuestionView(input: $input)\n  }\n": types.RecordQuestionViewDocument,
    "\n  mutation RecordSuggestionVisit($input: RecordSuggestionVisitInput!) {\n    recordSuggestionVisit(input: $input)\n  }\n": types.RecordSuggestionVisitDocument,
    "\n  mutation ReopenQuestion($input: PostIdInput!) {\n    reopenQuestion(input: $input) {\n      id\n      state\n      closeReason\n    }\n  }\n": types.ReopenQuestionDocument,
    "\n  mutation RestoreAnswer($input: PostIdInput!) {\n    restoreAnswer(input: $input) {\n      id\n      questionId\n    }\n  }\n": types.RestoreAnswerDocument,
    "\n  mutation RestoreQuestion($input: PostIdInput!) {\n    restoreQuestion(input: $input) {\n      id\n      isDeleted\n    }\n  }\n": types.RestoreQuestionDocument,
    "\n  query Search(\n    $query: String!\n    $filter: SearchFilter\n    $sort: SearchSort!\n    $first: Int!\n    $after: String\n  ) {\n    search(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {\n      total\n      processingTimeMs\n      hits {\n        ...SearchHitFields\n      }\n      facets {\n        types {\n          value\n          count\n        }\n        ideaStatuses {\n          value\n          count\n        }\n        states {\n          value\n          count\n        }\n        products {\n          value\n          count\n        }\n        tags {\n          value\n          count\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query SearchPreview($query: String!, $first: Int!) {\n    search(query: $query, first: $first) {\n      total\n      hits {\n        title {\n          text\n          match\n        }\n        question {\n          id\n          slug\n          state\n          language\n          product {\n            id\n            name\n          }\n        }\n        idea {\n          id\n          voteCount\n          product {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.SearchPreviewDocument,
    "\n  mutation SetQuestionPrivateDetails($input: SetQuestionPrivateDetailsInput!) {\n    setQuestionPrivateDetails(input: $input) {\n      id\n      privateDetails {\n        body\n        updatedAt\n      }\n    }\n  }\n": types.SetQuestionPrivateDetailsDocument,
    "\n  query SimilarQuestions($title: String!, $body: String) {\n    similarQuestions(title: $title, body: $body) {\n      title {\n        text\n        match\n      }\n      question {\n        id\n        slug\n        state\n        language\n        answerCount\n      }\n    }\n  }\n": types.SimilarQuestionsDocument,
    "\n  mutation UnacceptAnswer($input: UnacceptAnswerInput!) {\n    unacceptAnswer(input: $input) {\n      id\n      state\n      acceptedAnswerId\n    }\n  }\n": types.UnacceptAnswerDocument,
    "\n  mutation Vote($input: VoteInput!) {\n    vote(input: $input) {\n      id\n      score\n    }\n  }\n": types.VoteDocument,
    "\n  mutation WithdrawConfirmation($input: ConfirmAnswerInput!) {\n    withdrawConfirmation(input: $input)\n  }\n": types.WithdrawConfirmationDocument,
    "\n  query SolvedCheck($token: String!) {\n    solvedCheck(token: $token) {\n      questionId\n      questionTitle\n      questionSlug\n      step\n      closed\n      acceptedAnswerId\n      response\n      answers {\n        id\n        authorName\n        excerpt\n      }\n    }\n  }\n": types.SolvedCheckDocument,
    "\n  mutation RespondToSolvedCheck($input: RespondToSolvedCheckInput!) {\n    respondToSolvedCheck(input: $input) {\n      questionId\n      questionTitle\n      questionSlug\n      step\n      closed\n      acceptedAnswerId\n      response\n      answers {\n        id\n        authorName\n        excerpt\n      }\n    }\n  }\n": types.RespondToSolvedCheckDocument,
    "\n  query ExpertInbox($filter: InboxFilter!, $first: Int!, $after: String) {\n    expertInbox(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          status\n          cycle\n          dueAt\n          respondedAt\n          waitingOnCustomerSince\n          snoozedUntil\n          breached\n          businessMinutesLeft\n          claimedBy {\n            id\n            displayName\n          }\n          assignedBy {\n            id\n            displayName\n          }\n          routingReason {\n            solvedSimilar\n            answeredInArea\n            areaName\n            user {\n              id\n              displayName\n            }\n          }\n          question {\n            id\n            title\n            slug\n            createdAt\n            product {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ExpertInboxDocument,
    "\n  query ExpertInboxCounts {\n    expertInboxCounts {\n      mine\n      unclaimed\n      myAreas\n      waitingOnCustomer\n      breached\n    }\n  }\n": types.ExpertInboxCountsDocument,
    "\n  query QuestionSupportCase($id: ID!) {\n    question(id: $id) {\n      id\n      supportCase {\n        status\n        cycle\n        dueAt\n        respondedAt\n        waitingOnCustomerSince\n        snoozedUntil\n        breached\n        businessMinutesLeft\n        claimedBy {\n          id\n          displayName\n        }\n        assignedBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.QuestionSupportCaseDocument,
    "\n  query AssignableStaff {\n    assignableStaff {\n      id\n      displayName\n    }\n  }\n": types.AssignableStaffDocument,
    "\n  mutation ClaimQuestion($questionId: ID!) {\n    claimQuestion(questionId: $questionId) {\n      status\n      claimedBy {\n        id\n        displayName\n      }\n    }\n  }\n": types.ClaimQuestionDocument,
    "\n  mutation ReleaseQuestion($questionId: ID!) {\n    releaseQuestion(questionId: $questionId) {\n      status\n      claimedBy {\n        id\n        displayName\n      }\n    }\n  }\n": types.ReleaseQuestionDocument,
    "\n  mutation AssignQuestion($input: AssignQuestionInput!) {\n    assignQuestion(input: $input) {\n      status\n      claimedBy {\n        id\n        displayName\n      }\n    }\n  }\n": types.AssignQuestionDocument,
    "\n  mutation SnoozeQuestion($input: SnoozeQuestionInput!) {\n    snoozeQuestion(input: $input) {\n      status\n      snoozedUntil\n    }\n  }\n": types.SnoozeQuestionDocument,
    "\n  mutation UnsnoozeQuestion($questionId: ID!) {\n    unsnoozeQuestion(questionId: $questionId) {\n      status\n      snoozedUntil\n    }\n  }\n": types.UnsnoozeQuestionDocument,
    "\n  mutation MarkWaitingOnCustomer($questionId: ID!) {\n    markWaitingOnCustomer(questionId: $questionId) {\n      status\n      waitingOnCustomerSince\n    }\n  }\n": types.MarkWaitingOnCustomerDocument,
    "\n  mutation ResumeQuestion($questionId: ID!) {\n    resumeQuestion(questionId: $questionId) {\n      status\n      waitingOnCustomerSince\n      dueAt\n    }\n  }\n": types.ResumeQuestionDocument,
    "\n  query QuestionRoutingSuggestions($id: ID!) {\n    question(id: $id) {\n      id\n      routingSuggestions {\n        user {\n          id\n          displayName\n        }\n        audience\n        rank\n        solvedSimilar\n        answeredInArea\n        areaName\n      }\n    }\n  }\n": types.QuestionRoutingSuggestionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TagFollow($slug: String!) {\n    tag(slug: $slug) {\n      id\n      slug\n      viewerFollows\n      followerCount\n    }\n  }\n"): (typeof documents)["\n  query TagFollow($slug: String!) {\n    tag(slug: $slug) {\n      id\n      slug\n      viewerFollows\n      followerCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductFollows {\n    products {\n      id\n      slug\n      viewerFollows\n      followerCount\n    }\n  }\n"): (typeof documents)["\n  query ProductFollows {\n    products {\n      id\n      slug\n      viewerFollows\n      followerCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Follow($input: FollowInput!) {\n    follow(input: $input) {\n      targetType\n      targetId\n      following\n      followerCount\n    }\n  }\n"): (typeof documents)["\n  mutation Follow($input: FollowInput!) {\n    follow(input: $input) {\n      targetType\n      targetId\n      following\n      followerCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unfollow($input: FollowInput!) {\n    unfollow(input: $input) {\n      targetType\n      targetId\n      following\n      followerCount\n    }\n  }\n"): (typeof documents)["\n  mutation Unfollow($input: FollowInput!) {\n    unfollow(input: $input) {\n      targetType\n      targetId\n      following\n      followerCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowSettings {\n    followSettings {\n      followOnAsk\n      followOnAnswer\n      followOnComment\n      followOnIdeaVote\n    }\n  }\n"): (typeof documents)["\n  query FollowSettings {\n    followSettings {\n      followOnAsk\n      followOnAnswer\n      followOnComment\n      followOnIdeaVote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFollowSettings($input: UpdateFollowSettingsInput!) {\n    updateFollowSettings(input: $input) {\n      followOnAsk\n      followOnAnswer\n      followOnComment\n      followOnIdeaVote\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFollowSettings($input: UpdateFollowSettingsInput!) {\n    updateFollowSettings(input: $input) {\n      followOnAsk\n      followOnAnswer\n      followOnComment\n      followOnIdeaVote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyFollows($first: Int, $after: String, $targetType: FollowTargetType) {\n    myFollows(first: $first, after: $after, targetType: $targetType) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          targetType\n          targetId\n          title\n          path\n          followedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyFollows($first: Int, $after: String, $targetType: FollowTargetType) {\n    myFollows(first: $first, after: $after, targetType: $targetType) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          targetType\n          targetId\n          title\n          path\n          followedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrustAccount($input: AccountTrustInput!) {\n    trustAccount(input: $input) {\n      userId\n      trusted\n    }\n  }\n"): (typeof documents)["\n  mutation TrustAccount($input: AccountTrustInput!) {\n    trustAccount(input: $input) {\n      userId\n      trusted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UntrustAccount($input: AccountTrustInput!) {\n    untrustAccount(input: $input) {\n      userId\n      trusted\n    }\n  }\n"): (typeof documents)["\n  mutation UntrustAccount($input: AccountTrustInput!) {\n    untrustAccount(input: $input) {\n      userId\n      trusted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FlagContent($input: FlagContentInput!) {\n    flagContent(input: $input) {\n      id\n      targetKind\n      targetId\n      reason\n    }\n  }\n"): (typeof documents)["\n  mutation FlagContent($input: FlagContentInput!) {\n    flagContent(input: $input) {\n      id\n      targetKind\n      targetId\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n      emailVerified\n      hasPassword\n      locale\n      timeZone\n      role\n      isStaff\n      staffTitle\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n      emailVerified\n      hasPassword\n      locale\n      timeZone\n      role\n      isStaff\n      staffTitle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationFields on Organisation {\n    id\n    name\n    plan\n    annualRevenue\n    createdAt\n  }\n"): (typeof documents)["\n  fragment OrganisationFields on Organisation {\n    id\n    name\n    plan\n    annualRevenue\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonFields on User {\n    id\n    displayName\n    email\n    emailVerified\n    role\n    isStaff\n    isDeleted\n    staffTitle\n    expertAreas {\n      products {\n        id\n        name\n      }\n      tags {\n        id\n        slug\n      }\n    }\n    isAway\n    awayUntil\n    createdAt\n    suspendedUntil\n    suspensionReason\n    organisation {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PersonFields on User {\n    id\n    displayName\n    email\n    emailVerified\n    role\n    isStaff\n    isDeleted\n    staffTitle\n    expertAreas {\n      products {\n        id\n        name\n      }\n      tags {\n        id\n        slug\n      }\n    }\n    isAway\n    awayUntil\n    createdAt\n    suspendedUntil\n    suspensionReason\n    organisation {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    scope\n    createdAt\n    lastUsedAt\n  }\n"): (typeof documents)["\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    scope\n    createdAt\n    lastUsedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          action\n          targetType\n          targetId\n          reason\n          ipAddress\n          createdAt\n          actorId\n          actor {\n            id\n            displayName\n          }\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          action\n          targetType\n          targetId\n          reason\n          ipAddress\n          createdAt\n          actorId\n          actor {\n            id\n            displayName\n          }\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeadMail($first: Int!, $after: String) {\n    deadMail(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          template\n          mailClass\n          recipient\n          locale\n          attempts\n          lastError\n          queuedAt\n          lastAttemptAt\n          state\n          resendable\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeadMail($first: Int!, $after: String) {\n    deadMail(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          template\n          mailClass\n          recipient\n          locale\n          attempts\n          lastError\n          queuedAt\n          lastAttemptAt\n          state\n          resendable\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpertAreaProducts {\n    products {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ExpertAreaProducts {\n    products {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpertAreaTagSearch($search: String, $first: Int!) {\n    tags(search: $search, first: $first) {\n      slug\n      questionCount\n    }\n  }\n"): (typeof documents)["\n  query ExpertAreaTagSearch($search: String, $first: Int!) {\n    tags(search: $search, first: $first) {\n      slug\n      questionCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpertAreaTag($slug: String!) {\n    tag(slug: $slug) {\n      id\n      slug\n    }\n  }\n"): (typeof documents)["\n  query ExpertAreaTag($slug: String!) {\n    tag(slug: $slug) {\n      id\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyExpertSettings {\n    me {\n      id\n      isStaff\n      isAway\n      awayUntil\n      expertAreas {\n        products {\n          id\n          name\n        }\n        tags {\n          id\n          slug\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyExpertSettings {\n    me {\n      id\n      isStaff\n      isAway\n      awayUntil\n      expertAreas {\n        products {\n          id\n          name\n        }\n        tags {\n          id\n          slug\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetExpertAreas($input: SetExpertAreasInput!) {\n    setExpertAreas(input: $input) {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetExpertAreas($input: SetExpertAreasInput!) {\n    setExpertAreas(input: $input) {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyExpertAreas($input: MyExpertAreasInput!) {\n    updateMyExpertAreas(input: $input) {\n      id\n      expertAreas {\n        products {\n          id\n          name\n        }\n        tags {\n          id\n          slug\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyExpertAreas($input: MyExpertAreasInput!) {\n    updateMyExpertAreas(input: $input) {\n      id\n      expertAreas {\n        products {\n          id\n          name\n        }\n        tags {\n          id\n          slug\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAway($input: SetAwayInput!) {\n    setAway(input: $input) {\n      id\n      isAway\n      awayUntil\n    }\n  }\n"): (typeof documents)["\n  mutation SetAway($input: SetAwayInput!) {\n    setAway(input: $input) {\n      id\n      isAway\n      awayUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearAway($input: ClearAwayInput) {\n    clearAway(input: $input) {\n      id\n      isAway\n      awayUntil\n    }\n  }\n"): (typeof documents)["\n  mutation ClearAway($input: ClearAwayInput) {\n    clearAway(input: $input) {\n      id\n      isAway\n      awayUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisations {\n    organisations {\n      ...OrganisationFields\n    }\n  }\n"): (typeof documents)["\n  query Organisations {\n    organisations {\n      ...OrganisationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People($search: String, $role: Role, $first: Int!, $after: String) {\n    users(search: $search, role: $role, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...PersonFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query People($search: String, $role: Role, $first: Int!, $after: String) {\n    users(search: $search, role: $role, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...PersonFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrivilegeThresholds {\n    reputationPrivileges {\n      rules {\n        privilege\n        reputation\n      }\n      newAccountQuestionsPerDay\n      newAccountAnswersPerDay\n    }\n  }\n"): (typeof documents)["\n  query PrivilegeThresholds {\n    reputationPrivileges {\n      rules {\n        privilege\n        reputation\n      }\n      newAccountQuestionsPerDay\n      newAccountAnswersPerDay\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminProducts {\n    products {\n      id\n      slug\n      name\n      description\n    }\n  }\n"): (typeof documents)["\n  query AdminProducts {\n    products {\n      id\n      slug\n      name\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n      slug\n      name\n      description\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n      slug\n      name\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      id\n      slug\n      name\n      description\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      id\n      slug\n      name\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestSignInLink($input: RequestSignInLinkInput!) {\n    requestSignInLink(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestSignInLink($input: RequestSignInLinkInput!) {\n    requestSignInLink(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendDeadMail($input: ResendDeadMailInput!) {\n    resendDeadMail(input: $input) {\n      resent {\n        id\n        state\n        resendable\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResendDeadMail($input: ResendDeadMailInput!) {\n    resendDeadMail(input: $input) {\n      resent {\n        id\n        state\n        resendable\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n"): (typeof documents)["\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      id\n      displayName\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      id\n      displayName\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetExpertProfile($input: SetExpertProfileInput!) {\n    setExpertProfile(input: $input) {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetExpertProfile($input: SetExpertProfileInput!) {\n    setExpertProfile(input: $input) {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOrganisation($input: SetOrganisationInput!) {\n    setOrganisation(input: $input) {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetOrganisation($input: SetOrganisationInput!) {\n    setOrganisation(input: $input) {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserRole($input: SetUserRoleInput!) {\n    setUserRole(input: $input) {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserRole($input: SetUserRoleInput!) {\n    setUserRole(input: $input) {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInOptions {\n    signInOptions {\n      password\n      sso {\n        label\n        startUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query SignInOptions {\n    signInOptions {\n      password\n      sso {\n        label\n        startUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInWithLink($input: SignInWithLinkInput!) {\n    signInWithLink(input: $input) {\n      id\n      displayName\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation SignInWithLink($input: SignInWithLinkInput!) {\n    signInWithLink(input: $input) {\n      id\n      displayName\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportPolicies {\n    supportPolicies {\n      product {\n        id\n        name\n      }\n      isDefault\n      timeZone\n      workingDays\n      dayStartMinute\n      dayEndMinute\n      holidays\n      firstResponseTargetMinutes\n      warnAtPercent\n      adminEscalationPercent\n      leadExpertId\n      clockStopsAt\n    }\n  }\n"): (typeof documents)["\n  query SupportPolicies {\n    supportPolicies {\n      product {\n        id\n        name\n      }\n      isDefault\n      timeZone\n      workingDays\n      dayStartMinute\n      dayEndMinute\n      holidays\n      firstResponseTargetMinutes\n      warnAtPercent\n      adminEscalationPercent\n      leadExpertId\n      clockStopsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportLeadCandidates {\n    experts: users(role: EXPERT, first: 100) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n    moderators: users(role: MODERATOR, first: 100) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n    admins: users(role: ADMIN, first: 100) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupportLeadCandidates {\n    experts: users(role: EXPERT, first: 100) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n    moderators: users(role: MODERATOR, first: 100) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n    admins: users(role: ADMIN, first: 100) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSupportPolicy($input: UpdateSupportPolicyInput!) {\n    updateSupportPolicy(input: $input) {\n      product {\n        id\n        name\n      }\n      isDefault\n      timeZone\n      workingDays\n      dayStartMinute\n      dayEndMinute\n      holidays\n      firstResponseTargetMinutes\n      warnAtPercent\n      adminEscalationPercent\n      leadExpertId\n      clockStopsAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSupportPolicy($input: UpdateSupportPolicyInput!) {\n    updateSupportPolicy(input: $input) {\n      product {\n        id\n        name\n      }\n      isDefault\n      timeZone\n      workingDays\n      dayStartMinute\n      dayEndMinute\n      holidays\n      firstResponseTargetMinutes\n      warnAtPercent\n      adminEscalationPercent\n      leadExpertId\n      clockStopsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendUser($input: SuspendUserInput!) {\n    suspendUser(input: $input) {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendUser($input: SuspendUserInput!) {\n    suspendUser(input: $input) {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tags($search: String, $first: Int!) {\n    tags(search: $search, first: $first) {\n      slug\n      questionCount\n    }\n  }\n"): (typeof documents)["\n  query Tags($search: String, $first: Int!) {\n    tags(search: $search, first: $first) {\n      slug\n      questionCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameTag($input: RenameTagInput!) {\n    renameTag(input: $input)\n  }\n"): (typeof documents)["\n  mutation RenameTag($input: RenameTagInput!) {\n    renameTag(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeTags($input: MergeTagsInput!) {\n    mergeTags(input: $input)\n  }\n"): (typeof documents)["\n  mutation MergeTags($input: MergeTagsInput!) {\n    mergeTags(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnsuspendUser($input: UnsuspendUserInput!) {\n    unsuspendUser(input: $input) {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnsuspendUser($input: UnsuspendUserInput!) {\n    unsuspendUser(input: $input) {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      locale\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      locale\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      id\n      displayName\n      email\n      emailVerified\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      id\n      displayName\n      email\n      emailVerified\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DependencyStatusRowFields on DependencyHealth {\n    status\n    latencyMs\n  }\n"): (typeof documents)["\n  fragment DependencyStatusRowFields on DependencyHealth {\n    status\n    latencyMs\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HealthStatus {\n    health {\n      status\n      version\n      uptimeSeconds\n      checkedAt\n      database {\n        ...DependencyStatusRowFields\n      }\n      search {\n        ...DependencyStatusRowFields\n      }\n      jobs {\n        ...DependencyStatusRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query HealthStatus {\n    health {\n      status\n      version\n      uptimeSeconds\n      checkedAt\n      database {\n        ...DependencyStatusRowFields\n      }\n      search {\n        ...DependencyStatusRowFields\n      }\n      jobs {\n        ...DependencyStatusRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddIdeaComment($input: AddIdeaCommentInput!) {\n    addIdeaComment(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddIdeaComment($input: AddIdeaCommentInput!) {\n    addIdeaComment(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddIdeaNote($input: AddIdeaNoteInput!) {\n    addIdeaNote(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddIdeaNote($input: AddIdeaNoteInput!) {\n    addIdeaNote(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdeaCard on Idea {\n    id\n    title\n    status\n    voteCount\n    commentCount\n    createdAt\n    product {\n      id\n      name\n    }\n    viewerVote {\n      importance\n    }\n  }\n"): (typeof documents)["\n  fragment IdeaCard on Idea {\n    id\n    title\n    status\n    voteCount\n    commentCount\n    createdAt\n    product {\n      id\n      name\n    }\n    viewerVote {\n      importance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurationSearch($query: String!, $types: [PostType!]!) {\n    search(query: $query, filter: { types: $types }, first: 8) {\n      hits {\n        type\n        idea {\n          id\n          title\n          status\n        }\n        question {\n          id\n          title\n          slug\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CurationSearch($query: String!, $types: [PostType!]!) {\n    search(query: $query, filter: { types: $types }, first: 8) {\n      hits {\n        type\n        idea {\n          id\n          title\n          status\n        }\n        question {\n          id\n          title\n          slug\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeIdea($input: MergeIdeaInput!) {\n    mergeIdea(input: $input) {\n      id\n      title\n      voteCount\n      commentCount\n    }\n  }\n"): (typeof documents)["\n  mutation MergeIdea($input: MergeIdeaInput!) {\n    mergeIdea(input: $input) {\n      id\n      title\n      voteCount\n      commentCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdeaOrganisationVotes($id: ID!) {\n    organisations {\n      id\n      name\n    }\n    idea(id: $id) {\n      id\n      votes(first: 500) {\n        id\n        isRecordedForOrganisation\n        importance\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IdeaOrganisationVotes($id: ID!) {\n    organisations {\n      id\n      name\n    }\n    idea(id: $id) {\n      id\n      votes(first: 500) {\n        id\n        isRecordedForOrganisation\n        importance\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordOrganisationVote($input: RecordOrganisationVoteInput!) {\n    recordOrganisationVote(input: $input) {\n      id\n      voteCount\n      organisationCount\n    }\n  }\n"): (typeof documents)["\n  mutation RecordOrganisationVote($input: RecordOrganisationVoteInput!) {\n    recordOrganisationVote(input: $input) {\n      id\n      voteCount\n      organisationCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveOrganisationVote($input: RemoveOrganisationVoteInput!) {\n    removeOrganisationVote(input: $input) {\n      id\n      voteCount\n      organisationCount\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveOrganisationVote($input: RemoveOrganisationVoteInput!) {\n    removeOrganisationVote(input: $input) {\n      id\n      voteCount\n      organisationCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkQuestionToIdea($input: LinkQuestionInput!) {\n    linkQuestionToIdea(input: $input) {\n      id\n      askerCount\n      linkedQuestionCount\n      linkedQuestions {\n        id\n        title\n        slug\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LinkQuestionToIdea($input: LinkQuestionInput!) {\n    linkQuestionToIdea(input: $input) {\n      id\n      askerCount\n      linkedQuestionCount\n      linkedQuestions {\n        id\n        title\n        slug\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkQuestionFromIdea($input: LinkQuestionInput!) {\n    unlinkQuestionFromIdea(input: $input) {\n      id\n      askerCount\n      linkedQuestionCount\n      linkedQuestions {\n        id\n        title\n        slug\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnlinkQuestionFromIdea($input: LinkQuestionInput!) {\n    unlinkQuestionFromIdea(input: $input) {\n      id\n      askerCount\n      linkedQuestionCount\n      linkedQuestions {\n        id\n        title\n        slug\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdeaDetail($id: ID!) {\n    idea(id: $id) {\n      id\n      title\n      description\n      status\n      voteCount\n      organisationCount\n      commentCount\n      askerCount\n      viewerFollows\n      followerCount\n      createdAt\n      mergedInto {\n        id\n      }\n      author {\n        id\n        displayName\n      }\n      product {\n        id\n        name\n      }\n      viewerVote {\n        importance\n        reason\n      }\n      statusHistory {\n        id\n        toStatus\n        message\n        createdAt\n        changedBy {\n          displayName\n        }\n      }\n      comments {\n        id\n        body\n        createdAt\n        author {\n          id\n          displayName\n          isStaff\n        }\n      }\n      linkedQuestions {\n        id\n        title\n        slug\n      }\n    }\n  }\n"): (typeof documents)["\n  query IdeaDetail($id: ID!) {\n    idea(id: $id) {\n      id\n      title\n      description\n      status\n      voteCount\n      organisationCount\n      commentCount\n      askerCount\n      viewerFollows\n      followerCount\n      createdAt\n      mergedInto {\n        id\n      }\n      author {\n        id\n        displayName\n      }\n      product {\n        id\n        name\n      }\n      viewerVote {\n        importance\n        reason\n      }\n      statusHistory {\n        id\n        toStatus\n        message\n        createdAt\n        changedBy {\n          displayName\n        }\n      }\n      comments {\n        id\n        body\n        createdAt\n        author {\n          id\n          displayName\n          isStaff\n        }\n      }\n      linkedQuestions {\n        id\n        title\n        slug\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdeaInsights($filter: IdeaInsightFilter, $orderBy: IdeaInsightOrder) {\n    ideaInsights(filter: $filter, orderBy: $orderBy, first: 50) {\n      today\n      rows {\n        ideaId\n        title\n        status\n        productName\n        votes\n        periodVotes\n        weightedVotes\n        organisations\n        votesLast14Days\n        votesPrevious14Days\n        trend\n        askers\n      }\n    }\n  }\n"): (typeof documents)["\n  query IdeaInsights($filter: IdeaInsightFilter, $orderBy: IdeaInsightOrder) {\n    ideaInsights(filter: $filter, orderBy: $orderBy, first: 50) {\n      today\n      rows {\n        ideaId\n        title\n        status\n        productName\n        votes\n        periodVotes\n        weightedVotes\n        organisations\n        votesLast14Days\n        votesPrevious14Days\n        trend\n        askers\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdeaNotes($id: ID!) {\n    idea(id: $id) {\n      id\n      internalNotes {\n        id\n        body\n        createdAt\n        author {\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IdeaNotes($id: ID!) {\n    idea(id: $id) {\n      id\n      internalNotes {\n        id\n        body\n        createdAt\n        author {\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdeaProducts {\n    products {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query IdeaProducts {\n    products {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdeaRoadmap($productId: ID) {\n    ideaRoadmap(productId: $productId) {\n      planned {\n        id\n        ...IdeaCard\n      }\n      inProgress {\n        id\n        ...IdeaCard\n      }\n      shipped {\n        id\n        ...IdeaCard\n      }\n    }\n  }\n"): (typeof documents)["\n  query IdeaRoadmap($productId: ID) {\n    ideaRoadmap(productId: $productId) {\n      planned {\n        id\n        ...IdeaCard\n      }\n      inProgress {\n        id\n        ...IdeaCard\n      }\n      shipped {\n        id\n        ...IdeaCard\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdeaVoteBreakdown($ideaId: ID, $filter: IdeaInsightFilter) {\n    ideaVoteBreakdown(ideaId: $ideaId, filter: $filter) {\n      totalVotes\n      byOrganisation {\n        key\n        label\n        votes\n      }\n      byPlan {\n        key\n        label\n        votes\n      }\n      byImportance {\n        key\n        label\n        votes\n      }\n      byProduct {\n        key\n        label\n        votes\n      }\n    }\n  }\n"): (typeof documents)["\n  query IdeaVoteBreakdown($ideaId: ID, $filter: IdeaInsightFilter) {\n    ideaVoteBreakdown(ideaId: $ideaId, filter: $filter) {\n      totalVotes\n      byOrganisation {\n        key\n        label\n        votes\n      }\n      byPlan {\n        key\n        label\n        votes\n      }\n      byImportance {\n        key\n        label\n        votes\n      }\n      byProduct {\n        key\n        label\n        votes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdeaVoteTrend($ideaIds: [ID!]!) {\n    ideaVoteTrend(ideaIds: $ideaIds) {\n      series {\n        ideaId\n        title\n        weeks {\n          weekStart\n          votes\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IdeaVoteTrend($ideaIds: [ID!]!) {\n    ideaVoteTrend(ideaIds: $ideaIds) {\n      series {\n        ideaId\n        title\n        weeks {\n          weekStart\n          votes\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ideas($filter: IdeaFilter, $orderBy: IdeaOrder, $after: String) {\n    ideas(filter: $filter, orderBy: $orderBy, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...IdeaCard\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Ideas($filter: IdeaFilter, $orderBy: IdeaOrder, $after: String) {\n    ideas(filter: $filter, orderBy: $orderBy, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...IdeaCard\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsightsCsv(\n    $filter: IdeaInsightFilter\n    $orderBy: IdeaInsightOrder\n    $ideaIds: [ID!]!\n    $withTrend: Boolean!\n  ) {\n    ideaInsights(filter: $filter, orderBy: $orderBy, first: 500) {\n      csv\n    }\n    ideaVoteBreakdown(filter: $filter) {\n      csv\n    }\n    ideaVoteTrend(ideaIds: $ideaIds) @include(if: $withTrend) {\n      csv\n    }\n  }\n"): (typeof documents)["\n  query InsightsCsv(\n    $filter: IdeaInsightFilter\n    $orderBy: IdeaInsightOrder\n    $ideaIds: [ID!]!\n    $withTrend: Boolean!\n  ) {\n    ideaInsights(filter: $filter, orderBy: $orderBy, first: 500) {\n      csv\n    }\n    ideaVoteBreakdown(filter: $filter) {\n      csv\n    }\n    ideaVoteTrend(ideaIds: $ideaIds) @include(if: $withTrend) {\n      csv\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications {\n    notifications(first: 50) {\n      edges {\n        node {\n          id\n          count\n          actor {\n            id\n            displayName\n          }\n          payload {\n            __typename\n            ... on IdeaStatusChangedPayload {\n              ideaId\n              ideaTitle\n              toStatus\n            }\n            ... on IdeaMergedPayload {\n              ideaTitle\n              targetId\n              targetTitle\n            }\n            ... on BadgeAwardedPayload {\n              badge\n              tier\n              questionId\n              # The status payload's ideaId is never null, this one may be: one name cannot be both.\n              earnedByIdeaId: ideaId\n            }\n            ... on FlagResolvedPayload {\n              outcome\n              targetKind\n              flaggedId: targetId\n              flaggedQuestionId: questionId\n            }\n            # Aliases: a field name must have one nullability across every member of the union.\n            ... on AnswerPostedPayload {\n              aboutQuestionId: questionId\n              questionTitle\n              answerId\n            }\n            ... on AnswerAcceptedPayload {\n              aboutQuestionId: questionId\n              questionTitle\n              answerId\n            }\n            ... on AnswerVerifiedPayload {\n              aboutQuestionId: questionId\n              questionTitle\n              answerId\n              onYourQuestion\n            }\n            ... on CommentPostedPayload {\n              aboutQuestionId: questionId\n              questionTitle\n              onAnswerId: answerId\n            }\n            ... on MentionPayload {\n              aboutQuestionId: questionId\n              questionTitle\n              onAnswerId: answerId\n            }\n            ... on QuestionClosedAsDuplicatePayload {\n              aboutQuestionId: questionId\n              questionTitle\n              duplicateOfId\n              duplicateOfTitle\n            }\n            ... on QuestionInFollowedAreaPayload {\n              aboutQuestionId: questionId\n              questionTitle\n            }\n            ... on QuestionSolvedCheckPayload {\n              aboutQuestionId: questionId\n              questionTitle\n              solvedCheckToken: token\n            }\n            ... on QuestionRoutedPayload {\n              aboutQuestionId: questionId\n              questionTitle\n              questionSlug\n              solvedSimilar\n              answeredInArea\n              areaName\n            }\n            ... on QuestionAssignedPayload {\n              aboutQuestionId: questionId\n              questionTitle\n              questionSlug\n            }\n            ... on QuestionEscalatedPayload {\n              aboutQuestionId: questionId\n              questionTitle\n              questionSlug\n              step\n            }\n          }\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications {\n    notifications(first: 50) {\n      edges {\n        node {\n          id\n          count\n          actor {\n            id\n            displayName\n          }\n          payload {\n            __typename\n            ... on IdeaStatusChangedPayload {\n              ideaId\n              ideaTitle\n              toStatus\n            }\n            ... on IdeaMergedPayload {\n              ideaTitle\n              targetId\n              targetTitle\n            }\n            ... on BadgeAwardedPayload {\n              badge\n              tier\n              questionId\n              # The status payload's ideaId is never null, this one may be: one name cannot be both.\n              earnedByIdeaId: ideaId\n            }\n            ... on FlagResolvedPayload {\n              outcome\n              targetKind\n              flaggedId: targetId\n              flaggedQuestionId: questionId\n            }\n            # Aliases: a field name must have one nullability across every member of the union.\n            ... on AnswerPostedPayload {\n              aboutQuestionId: questionId\n              questionTitle\n              answerId\n            }\n            ... on AnswerAcceptedPayload {\n              aboutQuestionId: questionId\n              questionTitle\n              answerId\n            }\n            ... on AnswerVerifiedPayload {\n              aboutQuestionId: questionId\n              questionTitle\n              answerId\n              onYourQuestion\n            }\n            ... on CommentPostedPayload {\n              aboutQuestionId: questionId\n              questionTitle\n              onAnswerId: answerId\n            }\n            ... on MentionPayload {\n              aboutQuestionId: questionId\n              questionTitle\n              onAnswerId: answerId\n            }\n            ... on QuestionClosedAsDuplicatePayload {\n              aboutQuestionId: questionId\n              questionTitle\n              duplicateOfId\n              duplicateOfTitle\n            }\n            ... on QuestionInFollowedAreaPayload {\n              aboutQuestionId: questionId\n              questionTitle\n            }\n            ... on QuestionSolvedCheckPayload {\n              aboutQuestionId: questionId\n              questionTitle\n              solvedCheckToken: token\n            }\n            ... on QuestionRoutedPayload {\n              aboutQuestionId: questionId\n              questionTitle\n              questionSlug\n              solvedSimilar\n              answeredInArea\n              areaName\n            }\n            ... on QuestionAssignedPayload {\n              aboutQuestionId: questionId\n              questionTitle\n              questionSlug\n            }\n            ... on QuestionEscalatedPayload {\n              aboutQuestionId: questionId\n              questionTitle\n              questionSlug\n              step\n            }\n          }\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeIdea($input: ProposeIdeaInput!) {\n    proposeIdea(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeIdea($input: ProposeIdeaInput!) {\n    proposeIdea(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetIdeaStatus($input: SetIdeaStatusInput!) {\n    setIdeaStatus(input: $input) {\n      id\n      status\n      statusHistory {\n        id\n        toStatus\n        message\n        notifiedCount\n        createdAt\n        changedBy {\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetIdeaStatus($input: SetIdeaStatusInput!) {\n    setIdeaStatus(input: $input) {\n      id\n      status\n      statusHistory {\n        id\n        toStatus\n        message\n        notifiedCount\n        createdAt\n        changedBy {\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarIdeas($title: String!, $productId: ID) {\n    similarIdeas(title: $title, productId: $productId) {\n      id\n      title\n      status\n      voteCount\n    }\n  }\n"): (typeof documents)["\n  query SimilarIdeas($title: String!, $productId: ID) {\n    similarIdeas(title: $title, productId: $productId) {\n      id\n      title\n      status\n      voteCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoteForIdea($input: VoteForIdeaInput!) {\n    voteForIdea(input: $input) {\n      id\n      voteCount\n      organisationCount\n      viewerVote {\n        importance\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VoteForIdea($input: VoteForIdeaInput!) {\n    voteForIdea(input: $input) {\n      id\n      voteCount\n      organisationCount\n      viewerVote {\n        importance\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawIdeaVote($input: IdeaIdInput!) {\n    withdrawIdeaVote(input: $input) {\n      id\n      voteCount\n      organisationCount\n      viewerVote {\n        importance\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawIdeaVote($input: IdeaIdInput!) {\n    withdrawIdeaVote(input: $input) {\n      id\n      voteCount\n      organisationCount\n      viewerVote {\n        importance\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModerationSettingsFields on ModerationSettings {\n    flagHideWeight\n    newAccountDays\n    newAccountReputation\n    firstPostReviewEnabled\n    linkRuleEnabled\n    maxLinks\n    repeatRuleEnabled\n    repeatWindowDays\n    typingRuleEnabled\n    maxCharactersPerSecond\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment ModerationSettingsFields on ModerationSettings {\n    flagHideWeight\n    newAccountDays\n    newAccountReputation\n    firstPostReviewEnabled\n    linkRuleEnabled\n    maxLinks\n    repeatRuleEnabled\n    repeatWindowDays\n    typingRuleEnabled\n    maxCharactersPerSecond\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationSettings {\n    moderationSettings {\n      ...ModerationSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query ModerationSettings {\n    moderationSettings {\n      ...ModerationSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateModerationSettings($input: UpdateModerationSettingsInput!) {\n    updateModerationSettings(input: $input) {\n      ...ModerationSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateModerationSettings($input: UpdateModerationSettingsInput!) {\n    updateModerationSettings(input: $input) {\n      ...ModerationSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenReviewCount {\n    reviewQueue(first: 1, filter: { status: OPEN }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query OpenReviewCount {\n    reviewQueue(first: 1, filter: { status: OPEN }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewItemFields on ReviewItem {\n    id\n    cause\n    status\n    targetKind\n    targetId\n    createdAt\n    needsStaff\n    flagCount\n    flagWeight\n    spamRule\n    claimedUntil\n    claimedBy {\n      id\n      displayName\n    }\n    resolutionAction\n    resolutionReason\n    resolvedAt\n    resolvedBy {\n      id\n      displayName\n    }\n    flags {\n      id\n      reason\n      note\n      weight\n      createdAt\n      flagger {\n        id\n        displayName\n      }\n    }\n    target {\n      id\n      kind\n      title\n      body\n      deleted\n      hiddenReason\n      questionId\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewItemFields on ReviewItem {\n    id\n    cause\n    status\n    targetKind\n    targetId\n    createdAt\n    needsStaff\n    flagCount\n    flagWeight\n    spamRule\n    claimedUntil\n    claimedBy {\n      id\n      displayName\n    }\n    resolutionAction\n    resolutionReason\n    resolvedAt\n    resolvedBy {\n      id\n      displayName\n    }\n    flags {\n      id\n      reason\n      note\n      weight\n      createdAt\n      flagger {\n        id\n        displayName\n      }\n    }\n    target {\n      id\n      kind\n      title\n      body\n      deleted\n      hiddenReason\n      questionId\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue($filter: ReviewQueueFilter, $first: Int!) {\n    reviewQueue(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          ...ReviewItemFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewQueue($filter: ReviewQueueFilter, $first: Int!) {\n    reviewQueue(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          ...ReviewItemFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimReviewItem($input: ReviewItemIdInput!) {\n    claimReviewItem(input: $input) {\n      id\n      ...ReviewItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimReviewItem($input: ReviewItemIdInput!) {\n    claimReviewItem(input: $input) {\n      id\n      ...ReviewItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseReviewItem($input: ReviewItemIdInput!) {\n    releaseReviewItem(input: $input) {\n      id\n      ...ReviewItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReleaseReviewItem($input: ReviewItemIdInput!) {\n    releaseReviewItem(input: $input) {\n      id\n      ...ReviewItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveReviewItem($input: ResolveReviewItemInput!) {\n    resolveReviewItem(input: $input) {\n      id\n      ...ReviewItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveReviewItem($input: ResolveReviewItemInput!) {\n    resolveReviewItem(input: $input) {\n      id\n      ...ReviewItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveReviewItems($input: ResolveReviewItemsInput!) {\n    resolveReviewItems(input: $input) {\n      id\n      ...ReviewItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveReviewItems($input: ResolveReviewItemsInput!) {\n    resolveReviewItems(input: $input) {\n      id\n      ...ReviewItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription UnreadNotificationCountChanged {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  subscription UnreadNotificationCountChanged {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      emailCadence\n      isDefault\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      emailCadence\n      isDefault\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      kind\n      emailCadence\n      isDefault\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      kind\n      emailCadence\n      isDefault\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnsubscribeTokenInfo($token: String!) {\n    unsubscribeTokenInfo(token: $token) {\n      scope\n      unsubscribed\n    }\n  }\n"): (typeof documents)["\n  query UnsubscribeTokenInfo($token: String!) {\n    unsubscribeTokenInfo(token: $token) {\n      scope\n      unsubscribed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token) {\n      scope\n      unsubscribed\n    }\n  }\n"): (typeof documents)["\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token) {\n      scope\n      unsubscribed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BadgeAwardFields on BadgeAward {\n    id\n    badge\n    tier\n    awardedAt\n    questionId\n    answerId\n    ideaId\n    name {\n      en\n      de\n    }\n    description {\n      en\n      de\n    }\n    product {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment BadgeAwardFields on BadgeAward {\n    id\n    badge\n    tier\n    awardedAt\n    questionId\n    answerId\n    ideaId\n    name {\n      en\n      de\n    }\n    description {\n      en\n      de\n    }\n    product {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Badges {\n    badges {\n      key\n      revocable\n      name {\n        en\n        de\n      }\n      levels {\n        tier\n        threshold\n        holderCount\n        description {\n          en\n          de\n        }\n      }\n      recentAwards(first: 12) {\n        id\n        tier\n        awardedAt\n        user {\n          id\n          displayName\n          isDeleted\n        }\n        product {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Badges {\n    badges {\n      key\n      revocable\n      name {\n        en\n        de\n      }\n      levels {\n        tier\n        threshold\n        holderCount\n        description {\n          en\n          de\n        }\n      }\n      recentAwards(first: 12) {\n        id\n        tier\n        awardedAt\n        user {\n          id\n          displayName\n          isDeleted\n        }\n        product {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Leaderboard($productId: ID, $period: LeaderboardPeriod!) {\n    leaderboard(productId: $productId, period: $period, first: 50) {\n      rank\n      points\n      user {\n        id\n        displayName\n        isStaff\n        staffTitle\n        isDeleted\n      }\n    }\n  }\n"): (typeof documents)["\n  query Leaderboard($productId: ID, $period: LeaderboardPeriod!) {\n    leaderboard(productId: $productId, period: $period, first: 50) {\n      rank\n      points\n      user {\n        id\n        displayName\n        isStaff\n        staffTitle\n        isDeleted\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeaderboardProducts {\n    products {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query LeaderboardProducts {\n    products {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileQuestions($authorId: ID!, $after: String) {\n    questions(filter: { authorId: $authorId }, orderBy: NEWEST, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          slug\n          state\n          answerCount\n          createdAt\n          # The author and moderators only; null for everyone else.\n          hiddenReason\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProfileQuestions($authorId: ID!, $after: String) {\n    questions(filter: { authorId: $authorId }, orderBy: NEWEST, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          slug\n          state\n          answerCount\n          createdAt\n          # The author and moderators only; null for everyone else.\n          hiddenReason\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileAnswers($authorId: ID!, $after: String) {\n    answers(authorId: $authorId, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          score\n          createdAt\n          isAccepted\n          # The author and moderators only; null for everyone else.\n          hiddenReason\n          question {\n            id\n            title\n            slug\n            state\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProfileAnswers($authorId: ID!, $after: String) {\n    answers(authorId: $authorId, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          score\n          createdAt\n          isAccepted\n          # The author and moderators only; null for everyone else.\n          hiddenReason\n          question {\n            id\n            title\n            slug\n            state\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReputationHistory($userId: ID!, $after: String) {\n    reputationHistory(userId: $userId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          delta\n          reason\n          action\n          questionId\n          answerId\n          questionTitle\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReputationHistory($userId: ID!, $after: String) {\n    reputationHistory(userId: $userId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          delta\n          reason\n          action\n          questionId\n          answerId\n          questionTitle\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserProfile($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      isStaff\n      staffTitle\n      expertAreas {\n        products {\n          id\n          slug\n          name\n        }\n        tags {\n          id\n          slug\n        }\n      }\n      isDeleted\n      createdAt\n      reputation\n      # Admins only; null for everyone else.\n      trusted\n      activity {\n        questionCount\n        answerCount\n        acceptedCount\n        products {\n          id\n          slug\n          name\n          posts\n        }\n      }\n      badges {\n        id\n        ...BadgeAwardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query UserProfile($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      isStaff\n      staffTitle\n      expertAreas {\n        products {\n          id\n          slug\n          name\n        }\n        tags {\n          id\n          slug\n        }\n      }\n      isDeleted\n      createdAt\n      reputation\n      # Admins only; null for everyone else.\n      trusted\n      activity {\n        questionCount\n        answerCount\n        acceptedCount\n        products {\n          id\n          slug\n          name\n          posts\n        }\n      }\n      badges {\n        id\n        ...BadgeAwardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthorFields on User {\n    id\n    displayName\n    isStaff\n    staffTitle\n    isDeleted\n    reputation\n    badges {\n      id\n      tier\n    }\n  }\n"): (typeof documents)["\n  fragment AuthorFields on User {\n    id\n    displayName\n    isStaff\n    staffTitle\n    isDeleted\n    reputation\n    badges {\n      id\n      tier\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RevisionFields on Revision {\n    id\n    editedAt\n    previousTitle\n    previousBody\n    previousTags\n    editor {\n      ...AuthorFields\n    }\n  }\n"): (typeof documents)["\n  fragment RevisionFields on Revision {\n    id\n    editedAt\n    previousTitle\n    previousBody\n    previousTags\n    editor {\n      ...AuthorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuestionRowFields on Question {\n    id\n    slug\n    title\n    language\n    state\n    score\n    answerCount\n    pinnedAt\n    hiddenReason\n    tags\n    createdAt\n    lastActivityAt\n    product {\n      id\n      name\n    }\n    author {\n      ...AuthorFields\n    }\n  }\n"): (typeof documents)["\n  fragment QuestionRowFields on Question {\n    id\n    slug\n    title\n    language\n    state\n    score\n    answerCount\n    pinnedAt\n    hiddenReason\n    tags\n    createdAt\n    lastActivityAt\n    product {\n      id\n      name\n    }\n    author {\n      ...AuthorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnswerFields on Answer {\n    id\n    body\n    score\n    viewerVote\n    viewerConfirmed\n    createdAt\n    hiddenReason\n    hiddenNote\n    confirmations {\n      people\n      organisations\n    }\n    author {\n      id\n      displayName\n      ...AuthorFields\n    }\n    comments {\n      id\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  fragment AnswerFields on Answer {\n    id\n    body\n    score\n    viewerVote\n    viewerConfirmed\n    createdAt\n    hiddenReason\n    hiddenNote\n    confirmations {\n      people\n      organisations\n    }\n    author {\n      id\n      displayName\n      ...AuthorFields\n    }\n    comments {\n      id\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentFields on Comment {\n    id\n    body\n    createdAt\n    author {\n      id\n      displayName\n      ...AuthorFields\n    }\n  }\n"): (typeof documents)["\n  fragment CommentFields on Comment {\n    id\n    body\n    createdAt\n    author {\n      id\n      displayName\n      ...AuthorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SearchHitFields on SearchHit {\n    type\n    title {\n      text\n      match\n    }\n    snippet {\n      text\n      match\n    }\n    question {\n      id\n      slug\n      language\n      state\n      answerCount\n      tags\n      createdAt\n      product {\n        id\n        name\n      }\n    }\n    idea {\n      id\n      status\n      voteCount\n      createdAt\n      product {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SearchHitFields on SearchHit {\n    type\n    title {\n      text\n      match\n    }\n    snippet {\n      text\n      match\n    }\n    question {\n      id\n      slug\n      language\n      state\n      answerCount\n      tags\n      createdAt\n      product {\n        id\n        name\n      }\n    }\n    idea {\n      id\n      status\n      voteCount\n      createdAt\n      product {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptAnswer($input: AcceptAnswerInput!) {\n    acceptAnswer(input: $input) {\n      id\n      state\n      acceptedAnswerId\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptAnswer($input: AcceptAnswerInput!) {\n    acceptAnswer(input: $input) {\n      id\n      state\n      acceptedAnswerId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnswerForEdit($questionId: ID!) {\n    question(id: $questionId) {\n      id\n      slug\n      title\n      isDeleted\n      author {\n        id\n      }\n      answers {\n        id\n        body\n        author {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnswerForEdit($questionId: ID!) {\n    question(id: $questionId) {\n      id\n      slug\n      title\n      isDeleted\n      author {\n        id\n      }\n      answers {\n        id\n        body\n        author {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnswerHistory($questionId: ID!, $answerId: ID!) {\n    question(id: $questionId) {\n      id\n      slug\n      title\n      answers {\n        id\n        body\n        createdAt\n        author {\n          ...AuthorFields\n        }\n      }\n    }\n    revisions(answerId: $answerId) {\n      ...RevisionFields\n    }\n  }\n"): (typeof documents)["\n  query AnswerHistory($questionId: ID!, $answerId: ID!) {\n    question(id: $questionId) {\n      id\n      slug\n      title\n      answers {\n        id\n        body\n        createdAt\n        author {\n          ...AuthorFields\n        }\n      }\n    }\n    revisions(answerId: $answerId) {\n      ...RevisionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskQuestion($input: AskQuestionInput!) {\n    askQuestion(input: $input) {\n      id\n      slug\n    }\n  }\n"): (typeof documents)["\n  mutation AskQuestion($input: AskQuestionInput!) {\n    askQuestion(input: $input) {\n      id\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseQuestion($input: CloseQuestionInput!) {\n    closeQuestion(input: $input) {\n      id\n      state\n      closeReason\n    }\n  }\n"): (typeof documents)["\n  mutation CloseQuestion($input: CloseQuestionInput!) {\n    closeQuestion(input: $input) {\n      id\n      state\n      closeReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmAnswer($input: ConfirmAnswerInput!) {\n    confirmAnswer(input: $input)\n  }\n"): (typeof documents)["\n  mutation ConfirmAnswer($input: ConfirmAnswerInput!) {\n    confirmAnswer(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAnswer($input: PostIdInput!) {\n    deleteAnswer(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteAnswer($input: PostIdInput!) {\n    deleteAnswer(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteComment($input: DeleteCommentInput!) {\n    deleteComment(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteComment($input: DeleteCommentInput!) {\n    deleteComment(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteQuestion($input: PostIdInput!) {\n    deleteQuestion(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteQuestion($input: PostIdInput!) {\n    deleteQuestion(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditAnswer($input: EditAnswerInput!) {\n    editAnswer(input: $input) {\n      id\n      questionId\n      body\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation EditAnswer($input: EditAnswerInput!) {\n    editAnswer(input: $input) {\n      id\n      questionId\n      body\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditQuestion($input: EditQuestionInput!) {\n    editQuestion(input: $input) {\n      id\n      slug\n      title\n      body\n      tags\n    }\n  }\n"): (typeof documents)["\n  mutation EditQuestion($input: EditQuestionInput!) {\n    editQuestion(input: $input) {\n      id\n      slug\n      title\n      body\n      tags\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentionCandidates($prefix: String!, $questionId: ID) {\n    mentionCandidates(prefix: $prefix, questionId: $questionId) {\n      id\n      displayName\n      isStaff\n      staffTitle\n    }\n  }\n"): (typeof documents)["\n  query MentionCandidates($prefix: String!, $questionId: ID) {\n    mentionCandidates(prefix: $prefix, questionId: $questionId) {\n      id\n      displayName\n      isStaff\n      staffTitle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostAnswer($input: PostAnswerInput!) {\n    postAnswer(input: $input) {\n      id\n      questionId\n    }\n  }\n"): (typeof documents)["\n  mutation PostAnswer($input: PostAnswerInput!) {\n    postAnswer(input: $input) {\n      id\n      questionId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HidePost($input: HidePostInput!) {\n    hidePost(input: $input) {\n      id\n      hiddenReason\n      hiddenNote\n      answerCount\n    }\n  }\n"): (typeof documents)["\n  mutation HidePost($input: HidePostInput!) {\n    hidePost(input: $input) {\n      id\n      hiddenReason\n      hiddenNote\n      answerCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnhidePost($input: UnhidePostInput!) {\n    unhidePost(input: $input) {\n      id\n      hiddenReason\n      hiddenNote\n      answerCount\n    }\n  }\n"): (typeof documents)["\n  mutation UnhidePost($input: UnhidePostInput!) {\n    unhidePost(input: $input) {\n      id\n      hiddenReason\n      hiddenNote\n      answerCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LockQuestion($input: PostIdInput!) {\n    lockQuestion(input: $input) {\n      id\n      lockedAt\n    }\n  }\n"): (typeof documents)["\n  mutation LockQuestion($input: PostIdInput!) {\n    lockQuestion(input: $input) {\n      id\n      lockedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockQuestion($input: PostIdInput!) {\n    unlockQuestion(input: $input) {\n      id\n      lockedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UnlockQuestion($input: PostIdInput!) {\n    unlockQuestion(input: $input) {\n      id\n      lockedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PinQuestion($input: PostIdInput!) {\n    pinQuestion(input: $input) {\n      id\n      pinnedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PinQuestion($input: PostIdInput!) {\n    pinQuestion(input: $input) {\n      id\n      pinnedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpinQuestion($input: PostIdInput!) {\n    unpinQuestion(input: $input) {\n      id\n      pinnedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UnpinQuestion($input: PostIdInput!) {\n    unpinQuestion(input: $input) {\n      id\n      pinnedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Products {\n    products {\n      id\n      name\n      slug\n    }\n  }\n"): (typeof documents)["\n  query Products {\n    products {\n      id\n      name\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription QuestionActivity($questionId: ID!) {\n    questionActivity(questionId: $questionId) {\n      questionId\n      kind\n      answerIds\n      commentIds\n      authorId\n    }\n  }\n"): (typeof documents)["\n  subscription QuestionActivity($questionId: ID!) {\n    questionActivity(questionId: $questionId) {\n      questionId\n      kind\n      answerIds\n      commentIds\n      authorId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionDetail($id: ID!) {\n    question(id: $id) {\n      id\n      slug\n      title\n      body\n      state\n      score\n      viewerVote\n      viewerFollows\n      followerCount\n      tags\n      language\n      createdAt\n      lastActivityAt\n      viewCount\n      answerCount\n      isDeleted\n      closeReason\n      lockedAt\n      pinnedAt\n      hiddenReason\n      hiddenNote\n      duplicateOf {\n        id\n        slug\n        title\n      }\n      duplicates {\n        id\n        slug\n        title\n      }\n      linkedIdeas {\n        id\n        title\n        status\n      }\n      product {\n        id\n        name\n        slug\n      }\n      author {\n        id\n        displayName\n        ...AuthorFields\n      }\n      acceptedAnswerId\n      acceptedAt\n      acceptedBy {\n        id\n        displayName\n        isStaff\n        staffTitle\n      }\n      acceptance {\n        answerId\n        kind\n        by {\n          id\n          displayName\n          isStaff\n          staffTitle\n        }\n      }\n      privateDetails {\n        body\n        updatedAt\n      }\n      comments {\n        id\n        ...CommentFields\n      }\n      answers {\n        id\n        body\n        score\n        createdAt\n        author {\n          id\n          displayName\n        }\n        ...AnswerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuestionDetail($id: ID!) {\n    question(id: $id) {\n      id\n      slug\n      title\n      body\n      state\n      score\n      viewerVote\n      viewerFollows\n      followerCount\n      tags\n      language\n      createdAt\n      lastActivityAt\n      viewCount\n      answerCount\n      isDeleted\n      closeReason\n      lockedAt\n      pinnedAt\n      hiddenReason\n      hiddenNote\n      duplicateOf {\n        id\n        slug\n        title\n      }\n      duplicates {\n        id\n        slug\n        title\n      }\n      linkedIdeas {\n        id\n        title\n        status\n      }\n      product {\n        id\n        name\n        slug\n      }\n      author {\n        id\n        displayName\n        ...AuthorFields\n      }\n      acceptedAnswerId\n      acceptedAt\n      acceptedBy {\n        id\n        displayName\n        isStaff\n        staffTitle\n      }\n      acceptance {\n        answerId\n        kind\n        by {\n          id\n          displayName\n          isStaff\n          staffTitle\n        }\n      }\n      privateDetails {\n        body\n        updatedAt\n      }\n      comments {\n        id\n        ...CommentFields\n      }\n      answers {\n        id\n        body\n        score\n        createdAt\n        author {\n          id\n          displayName\n        }\n        ...AnswerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionFacets($filter: QuestionFilter) {\n    questionFacets(filter: $filter) {\n      states {\n        value\n        count\n      }\n      products {\n        value\n        count\n      }\n      tags {\n        value\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuestionFacets($filter: QuestionFilter) {\n    questionFacets(filter: $filter) {\n      states {\n        value\n        count\n      }\n      products {\n        value\n        count\n      }\n      tags {\n        value\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionForEdit($id: ID!) {\n    question(id: $id) {\n      id\n      slug\n      title\n      body\n      tags\n      state\n      isDeleted\n      author {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuestionForEdit($id: ID!) {\n    question(id: $id) {\n      id\n      slug\n      title\n      body\n      tags\n      state\n      isDeleted\n      author {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionHistory($id: ID!) {\n    question(id: $id) {\n      id\n      slug\n      title\n      body\n      tags\n      createdAt\n      author {\n        ...AuthorFields\n      }\n    }\n    revisions(questionId: $id) {\n      ...RevisionFields\n    }\n  }\n"): (typeof documents)["\n  query QuestionHistory($id: ID!) {\n    question(id: $id) {\n      id\n      slug\n      title\n      body\n      tags\n      createdAt\n      author {\n        ...AuthorFields\n      }\n    }\n    revisions(questionId: $id) {\n      ...RevisionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionIdeaSearch($query: String!) {\n    search(query: $query, filter: { types: [IDEA] }, first: 8) {\n      hits {\n        idea {\n          id\n          title\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuestionIdeaSearch($query: String!) {\n    search(query: $query, filter: { types: [IDEA] }, first: 8) {\n      hits {\n        idea {\n          id\n          title\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkIdeaFromQuestion($input: LinkQuestionInput!) {\n    linkQuestionToIdea(input: $input) {\n      id\n      linkedQuestionCount\n    }\n  }\n"): (typeof documents)["\n  mutation LinkIdeaFromQuestion($input: LinkQuestionInput!) {\n    linkQuestionToIdea(input: $input) {\n      id\n      linkedQuestionCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkIdeaFromQuestion($input: LinkQuestionInput!) {\n    unlinkQuestionFromIdea(input: $input) {\n      id\n      linkedQuestionCount\n    }\n  }\n"): (typeof documents)["\n  mutation UnlinkIdeaFromQuestion($input: LinkQuestionInput!) {\n    unlinkQuestionFromIdea(input: $input) {\n      id\n      linkedQuestionCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Questions($filter: QuestionFilter, $orderBy: QuestionOrder, $first: Int!, $after: String) {\n    questions(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...QuestionRowFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Questions($filter: QuestionFilter, $orderBy: QuestionOrder, $first: Int!, $after: String) {\n    questions(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...QuestionRowFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordQuestionView($input: RecordQuestionViewInput!) {\n    recordQuestionView(input: $input)\n  }\n"): (typeof documents)["\n  mutation RecordQuestionView($input: RecordQuestionViewInput!) {\n    recordQuestionView(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSuggestionVisit($input: RecordSuggestionVisitInput!) {\n    recordSuggestionVisit(input: $input)\n  }\n"): (typeof documents)["\n  mutation RecordSuggestionVisit($input: RecordSuggestionVisitInput!) {\n    recordSuggestionVisit(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenQuestion($input: PostIdInput!) {\n    reopenQuestion(input: $input) {\n      id\n      state\n      closeReason\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenQuestion($input: PostIdInput!) {\n    reopenQuestion(input: $input) {\n      id\n      state\n      closeReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreAnswer($input: PostIdInput!) {\n    restoreAnswer(input: $input) {\n      id\n      questionId\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreAnswer($input: PostIdInput!) {\n    restoreAnswer(input: $input) {\n      id\n      questionId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreQuestion($input: PostIdInput!) {\n    restoreQuestion(input: $input) {\n      id\n      isDeleted\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreQuestion($input: PostIdInput!) {\n    restoreQuestion(input: $input) {\n      id\n      isDeleted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search(\n    $query: String!\n    $filter: SearchFilter\n    $sort: SearchSort!\n    $first: Int!\n    $after: String\n  ) {\n    search(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {\n      total\n      processingTimeMs\n      hits {\n        ...SearchHitFields\n      }\n      facets {\n        types {\n          value\n          count\n        }\n        ideaStatuses {\n          value\n          count\n        }\n        states {\n          value\n          count\n        }\n        products {\n          value\n          count\n        }\n        tags {\n          value\n          count\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search(\n    $query: String!\n    $filter: SearchFilter\n    $sort: SearchSort!\n    $first: Int!\n    $after: String\n  ) {\n    search(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {\n      total\n      processingTimeMs\n      hits {\n        ...SearchHitFields\n      }\n      facets {\n        types {\n          value\n          count\n        }\n        ideaStatuses {\n          value\n          count\n        }\n        states {\n          value\n          count\n        }\n        products {\n          value\n          count\n        }\n        tags {\n          value\n          count\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPreview($query: String!, $first: Int!) {\n    search(query: $query, first: $first) {\n      total\n      hits {\n        title {\n          text\n          match\n        }\n        question {\n          id\n          slug\n          state\n          language\n          product {\n            id\n            name\n          }\n        }\n        idea {\n          id\n          voteCount\n          product {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchPreview($query: String!, $first: Int!) {\n    search(query: $query, first: $first) {\n      total\n      hits {\n        title {\n          text\n          match\n        }\n        question {\n          id\n          slug\n          state\n          language\n          product {\n            id\n            name\n          }\n        }\n        idea {\n          id\n          voteCount\n          product {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetQuestionPrivateDetails($input: SetQuestionPrivateDetailsInput!) {\n    setQuestionPrivateDetails(input: $input) {\n      id\n      privateDetails {\n        body\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetQuestionPrivateDetails($input: SetQuestionPrivateDetailsInput!) {\n    setQuestionPrivateDetails(input: $input) {\n      id\n      privateDetails {\n        body\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarQuestions($title: String!, $body: String) {\n    similarQuestions(title: $title, body: $body) {\n      title {\n        text\n        match\n      }\n      question {\n        id\n        slug\n        state\n        language\n        answerCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query SimilarQuestions($title: String!, $body: String) {\n    similarQuestions(title: $title, body: $body) {\n      title {\n        text\n        match\n      }\n      question {\n        id\n        slug\n        state\n        language\n        answerCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnacceptAnswer($input: UnacceptAnswerInput!) {\n    unacceptAnswer(input: $input) {\n      id\n      state\n      acceptedAnswerId\n    }\n  }\n"): (typeof documents)["\n  mutation UnacceptAnswer($input: UnacceptAnswerInput!) {\n    unacceptAnswer(input: $input) {\n      id\n      state\n      acceptedAnswerId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Vote($input: VoteInput!) {\n    vote(input: $input) {\n      id\n      score\n    }\n  }\n"): (typeof documents)["\n  mutation Vote($input: VoteInput!) {\n    vote(input: $input) {\n      id\n      score\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawConfirmation($input: ConfirmAnswerInput!) {\n    withdrawConfirmation(input: $input)\n  }\n"): (typeof documents)["\n  mutation WithdrawConfirmation($input: ConfirmAnswerInput!) {\n    withdrawConfirmation(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SolvedCheck($token: String!) {\n    solvedCheck(token: $token) {\n      questionId\n      questionTitle\n      questionSlug\n      step\n      closed\n      acceptedAnswerId\n      response\n      answers {\n        id\n        authorName\n        excerpt\n      }\n    }\n  }\n"): (typeof documents)["\n  query SolvedCheck($token: String!) {\n    solvedCheck(token: $token) {\n      questionId\n      questionTitle\n      questionSlug\n      step\n      closed\n      acceptedAnswerId\n      response\n      answers {\n        id\n        authorName\n        excerpt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToSolvedCheck($input: RespondToSolvedCheckInput!) {\n    respondToSolvedCheck(input: $input) {\n      questionId\n      questionTitle\n      questionSlug\n      step\n      closed\n      acceptedAnswerId\n      response\n      answers {\n        id\n        authorName\n        excerpt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToSolvedCheck($input: RespondToSolvedCheckInput!) {\n    respondToSolvedCheck(input: $input) {\n      questionId\n      questionTitle\n      questionSlug\n      step\n      closed\n      acceptedAnswerId\n      response\n      answers {\n        id\n        authorName\n        excerpt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpertInbox($filter: InboxFilter!, $first: Int!, $after: String) {\n    expertInbox(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          status\n          cycle\n          dueAt\n          respondedAt\n          waitingOnCustomerSince\n          snoozedUntil\n          breached\n          businessMinutesLeft\n          claimedBy {\n            id\n            displayName\n          }\n          assignedBy {\n            id\n            displayName\n          }\n          routingReason {\n            solvedSimilar\n            answeredInArea\n            areaName\n            user {\n              id\n              displayName\n            }\n          }\n          question {\n            id\n            title\n            slug\n            createdAt\n            product {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExpertInbox($filter: InboxFilter!, $first: Int!, $after: String) {\n    expertInbox(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          status\n          cycle\n          dueAt\n          respondedAt\n          waitingOnCustomerSince\n          snoozedUntil\n          breached\n          businessMinutesLeft\n          claimedBy {\n            id\n            displayName\n          }\n          assignedBy {\n            id\n            displayName\n          }\n          routingReason {\n            solvedSimilar\n            answeredInArea\n            areaName\n            user {\n              id\n              displayName\n            }\n          }\n          question {\n            id\n            title\n            slug\n            createdAt\n            product {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpertInboxCounts {\n    expertInboxCounts {\n      mine\n      unclaimed\n      myAreas\n      waitingOnCustomer\n      breached\n    }\n  }\n"): (typeof documents)["\n  query ExpertInboxCounts {\n    expertInboxCounts {\n      mine\n      unclaimed\n      myAreas\n      waitingOnCustomer\n      breached\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionSupportCase($id: ID!) {\n    question(id: $id) {\n      id\n      supportCase {\n        status\n        cycle\n        dueAt\n        respondedAt\n        waitingOnCustomerSince\n        snoozedUntil\n        breached\n        businessMinutesLeft\n        claimedBy {\n          id\n          displayName\n        }\n        assignedBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuestionSupportCase($id: ID!) {\n    question(id: $id) {\n      id\n      supportCase {\n        status\n        cycle\n        dueAt\n        respondedAt\n        waitingOnCustomerSince\n        snoozedUntil\n        breached\n        businessMinutesLeft\n        claimedBy {\n          id\n          displayName\n        }\n        assignedBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignableStaff {\n    assignableStaff {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query AssignableStaff {\n    assignableStaff {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimQuestion($questionId: ID!) {\n    claimQuestion(questionId: $questionId) {\n      status\n      claimedBy {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimQuestion($questionId: ID!) {\n    claimQuestion(questionId: $questionId) {\n      status\n      claimedBy {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseQuestion($questionId: ID!) {\n    releaseQuestion(questionId: $questionId) {\n      status\n      claimedBy {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReleaseQuestion($questionId: ID!) {\n    releaseQuestion(questionId: $questionId) {\n      status\n      claimedBy {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignQuestion($input: AssignQuestionInput!) {\n    assignQuestion(input: $input) {\n      status\n      claimedBy {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignQuestion($input: AssignQuestionInput!) {\n    assignQuestion(input: $input) {\n      status\n      claimedBy {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SnoozeQuestion($input: SnoozeQuestionInput!) {\n    snoozeQuestion(input: $input) {\n      status\n      snoozedUntil\n    }\n  }\n"): (typeof documents)["\n  mutation SnoozeQuestion($input: SnoozeQuestionInput!) {\n    snoozeQuestion(input: $input) {\n      status\n      snoozedUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnsnoozeQuestion($questionId: ID!) {\n    unsnoozeQuestion(questionId: $questionId) {\n      status\n      snoozedUntil\n    }\n  }\n"): (typeof documents)["\n  mutation UnsnoozeQuestion($questionId: ID!) {\n    unsnoozeQuestion(questionId: $questionId) {\n      status\n      snoozedUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkWaitingOnCustomer($questionId: ID!) {\n    markWaitingOnCustomer(questionId: $questionId) {\n      status\n      waitingOnCustomerSince\n    }\n  }\n"): (typeof documents)["\n  mutation MarkWaitingOnCustomer($questionId: ID!) {\n    markWaitingOnCustomer(questionId: $questionId) {\n      status\n      waitingOnCustomerSince\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeQuestion($questionId: ID!) {\n    resumeQuestion(questionId: $questionId) {\n      status\n      waitingOnCustomerSince\n      dueAt\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeQuestion($questionId: ID!) {\n    resumeQuestion(questionId: $questionId) {\n      status\n      waitingOnCustomerSince\n      dueAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionRoutingSuggestions($id: ID!) {\n    question(id: $id) {\n      id\n      routingSuggestions {\n        user {\n          id\n          displayName\n        }\n        audience\n        rank\n        solvedSimilar\n        answeredInArea\n        areaName\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuestionRoutingSuggestions($id: ID!) {\n    question(id: $id) {\n      id\n      routingSuggestions {\n        user {\n          id\n          displayName\n        }\n        audience\n        rank\n        solvedSimilar\n        answeredInArea\n        areaName\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;