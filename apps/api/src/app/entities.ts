import { identityEntities } from '@forum/api/identity';

/** Every entity of every domain: what migrations are generated from. */
export const entities = [...identityEntities];
