import type { Type } from '@nestjs/common';

/**
 * What the composition root needs of one API domain. Each domain exports one from its
 * `@forum/api/<domain>/domain` entry point; the app lists them once, in order.
 */
export interface ApiDomain {
  /** Short and unique, e.g. `qna`; also the key of the domain's demo data. */
  name: string;
  module: Type;
  /** The TypeORM entities of the tables the domain owns: what migrations are generated from. */
  entities: readonly Type[];
}
