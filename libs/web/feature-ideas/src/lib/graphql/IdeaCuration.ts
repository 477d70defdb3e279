import { graphql } from '@forum/web/data-access-graphql';

/** Ideas or questions to pick from, found by the community search. */
export const CurationSearchQuery = graphql(`
  query CurationSearch($query: String!, $types: [PostType!]!) {
    search(query: $query, filter: { types: $types }, first: 8) {
      hits {
        type
        idea {
          id
          title
          status
        }
        question {
          id
          title
          slug
        }
      }
    }
  }
`);

export const MergeIdeaMutation = graphql(`
  mutation MergeIdea($input: MergeIdeaInput!) {
    mergeIdea(input: $input) {
      id
      title
      voteCount
      commentCount
    }
  }
`);

export const IdeaOrganisationVotesQuery = graphql(`
  query IdeaOrganisationVotes($id: ID!) {
    organisations {
      id
      name
    }
    idea(id: $id) {
      id
      votes(first: 500) {
        id
        isRecordedForOrganisation
        importance
        organisation {
          id
          name
        }
      }
    }
  }
`);

export const RecordOrganisationVoteMutation = graphql(`
  mutation RecordOrganisationVote($input: RecordOrganisationVoteInput!) {
    recordOrganisationVote(input: $input) {
      id
      voteCount
      organisationCount
    }
  }
`);

export const RemoveOrganisationVoteMutation = graphql(`
  mutation RemoveOrganisationVote($input: RemoveOrganisationVoteInput!) {
    removeOrganisationVote(input: $input) {
      id
      voteCount
      organisationCount
    }
  }
`);

export const LinkQuestionToIdeaMutation = graphql(`
  mutation LinkQuestionToIdea($input: LinkQuestionInput!) {
    linkQuestionToIdea(input: $input) {
      id
      askerCount
      linkedQuestionCount
      linkedQuestions {
        id
        title
        slug
      }
    }
  }
`);

export const UnlinkQuestionFromIdeaMutation = graphql(`
  mutation UnlinkQuestionFromIdea($input: LinkQuestionInput!) {
    unlinkQuestionFromIdea(input: $input) {
      id
      askerCount
      linkedQuestionCount
      linkedQuestions {
        id
        title
        slug
      }
    }
  }
`);
