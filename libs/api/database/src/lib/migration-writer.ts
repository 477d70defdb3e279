import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const migrationsFolder = join(import.meta.dirname, '../migrations');

/**
 * Writes a timestamped migration with the given statements and registers it in
 * migrations/index.ts (the bundled API cannot discover migration files at run time).
 * @returns the path of the new file
 */
export function writeMigration(name: string, up: string[], down: string[]): string {
  if (!/^[A-Z][A-Za-z0-9]*$/.test(name))
    throw new Error(`Migration names are PascalCase: got "${name}"`);
  const timestamp = Date.now();
  const kebab = name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
  const file = join(migrationsFolder, `${timestamp}-${kebab}.ts`);
  const statements = (queries: string[]) =>
    queries.length === 0
      ? '    // nothing yet'
      : queries.map((query) => `    await queryRunner.query(${JSON.stringify(query)});`).join('\n');
  writeFileSync(
    file,
    `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  async up(queryRunner: QueryRunner): Promise<void> {
${statements(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${statements(down)}
  }
}
`,
  );
  writeMigrationIndex();
  return file;
}

function writeMigrationIndex(): void {
  const files = readdirSync(migrationsFolder)
    .filter((entry) => /^\d+-.+\.ts$/.test(entry))
    .sort();
  const classOf = (entry: string) => {
    const declared = /export class (\w+)/.exec(readFileSync(join(migrationsFolder, entry), 'utf8'));
    if (!declared?.[1]) throw new Error(`${entry} declares no migration class`);
    return declared[1];
  };
  writeFileSync(
    join(migrationsFolder, 'index.ts'),
    `// Every migration, oldest first; written by \`npm run db:migration:generate\` and \`db:migration:create\`.
${files.map((entry) => `import { ${classOf(entry)} } from './${entry.replace(/\.ts$/, '.js')}';`).join('\n')}

export const migrations = [
${files.map((entry) => `  ${classOf(entry)},`).join('\n')}
];
`,
  );
}
