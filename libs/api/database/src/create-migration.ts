import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npm run db:migration:create -- AddQuestionTable` writes an empty, timestamped migration and
 * registers it in migrations/index.ts (the bundled API cannot discover files at run time).
 */
const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) {
  process.stderr.write('usage: npm run db:migration:create -- <PascalCaseName>\n');
  process.exit(2);
}

const folder = join(import.meta.dirname, 'migrations');
const timestamp = Date.now();
const kebab = name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
const file = `${timestamp}-${kebab}.ts`;
writeFileSync(
  join(folder, file),
  `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('');
  }
}
`,
);

const migrationFiles = readdirSync(folder)
  .filter((entry) => /^\d+-.+\.ts$/.test(entry))
  .sort();
const classOf = (entry: string) => {
  const declared = /export class (\w+)/.exec(readFileSync(join(folder, entry), 'utf8'));
  if (!declared?.[1]) throw new Error(`${entry} declares no migration class`);
  return declared[1];
};
writeFileSync(
  join(folder, 'index.ts'),
  `// Every migration, oldest first. \`npm run db:migration:create -- <Name>\` adds new ones here.
${migrationFiles.map((entry) => `import { ${classOf(entry)} } from './${entry.replace(/\.ts$/, '.js')}';`).join('\n')}

export const migrations = [
${migrationFiles.map((entry) => `  ${classOf(entry)},`).join('\n')}
];
`,
);
process.stdout.write(`Created ${join(folder, file)}\n`);
