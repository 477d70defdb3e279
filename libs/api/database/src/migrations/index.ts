// Every migration, oldest first. `npm run db:migration:create -- <Name>` adds new ones here.
import { EnableExtensions1763870000000 } from './1763870000000-enable-extensions.js';

export const migrations = [EnableExtensions1763870000000];
