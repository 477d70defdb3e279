import { graphql } from '@forum/web/data-access-graphql';

/** Staff-only; asked for separately so members never send it (the API refuses them anyway). */
export const IdeaNotesQuery = graphql(`
  query IdeaNotes($id: ID!) {
    idea(id: $id) {
      id
      internalNotes {
        id
        body
        createdAt
        author {
          displayName
        }
      }
    }
  }
`);
