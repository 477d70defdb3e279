import { graphql } from '@forum/web/data-access-graphql';

/** Products to choose areas from. */
export const ExpertAreaProductsQuery = graphql(`
  query ExpertAreaProducts {
    products {
      id
      name
    }
  }
`);

/** Tags whose slug contains the search, to add as areas. */
export const ExpertAreaTagSearchQuery = graphql(`
  query ExpertAreaTagSearch($search: String, $first: Int!) {
    tags(search: $search, first: $first) {
      slug
      questionCount
    }
  }
`);

/** One tag's id, when it is chosen from the search. */
export const ExpertAreaTagQuery = graphql(`
  query ExpertAreaTag($slug: String!) {
    tag(slug: $slug) {
      id
      slug
    }
  }
`);

/** The signed-in staff member's own areas and time away. */
export const MyExpertSettingsQuery = graphql(`
  query MyExpertSettings {
    me {
      id
      isStaff
      isAway
      awayUntil
      expertAreas {
        products {
          id
          name
        }
        tags {
          id
          slug
        }
      }
    }
  }
`);

export const SetExpertAreasMutation = graphql(`
  mutation SetExpertAreas($input: SetExpertAreasInput!) {
    setExpertAreas(input: $input) {
      ...PersonFields
    }
  }
`);

export const UpdateMyExpertAreasMutation = graphql(`
  mutation UpdateMyExpertAreas($input: MyExpertAreasInput!) {
    updateMyExpertAreas(input: $input) {
      id
      expertAreas {
        products {
          id
          name
        }
        tags {
          id
          slug
        }
      }
    }
  }
`);

export const SetAwayMutation = graphql(`
  mutation SetAway($input: SetAwayInput!) {
    setAway(input: $input) {
      id
      isAway
      awayUntil
    }
  }
`);

export const ClearAwayMutation = graphql(`
  mutation ClearAway($input: ClearAwayInput) {
    clearAway(input: $input) {
      id
      isAway
      awayUntil
    }
  }
`);
