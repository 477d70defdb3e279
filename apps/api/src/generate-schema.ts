import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfigFromEnvironment } from '@forum/api/platform';
import { AppModule } from '@forum/api/composition';
import { schemaFile } from './app/schema-file.js';

/** Boots the application once, which writes schema.gql, and exits. */
const config = loadConfigFromEnvironment();
const app = await NestFactory.create(AppModule.forRoot(config, { schemaFile }), {
  logger: ['error'],
});
await app.init();
await app.close();
process.stdout.write(`Wrote ${schemaFile}\n`);
