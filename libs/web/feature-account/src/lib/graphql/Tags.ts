import { graphql } from '@forum/web/data-access-graphql';

export const TagsQuery = graphql(`
  query Tags($search: String, $first: Int!) {
    tags(search: $search, first: $first) {
      slug
      questionCount
    }
  }
`);

export const RenameTagMutation = graphql(`
  mutation RenameTag($input: RenameTagInput!) {
    renameTag(input: $input)
  }
`);

export const MergeTagsMutation = graphql(`
  mutation MergeTags($input: MergeTagsInput!) {
    mergeTags(input: $input)
  }
`);
