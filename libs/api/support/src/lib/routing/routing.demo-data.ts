import type { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { RoutingService } from './routing.service.js';

/**
 * Routes the questions of the demo inbox at once, so their suggestions and reasons show without
 * waiting for the job; run it after the inbox's cases exist.
 */
export async function seedRoutingDemoData(app: INestApplicationContext): Promise<string[]> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const routing = app.get(RoutingService);
  const cases: Array<{ question_id: string }> = await dataSource.query(
    'SELECT question_id FROM support_case ORDER BY clock_started_at DESC, question_id LIMIT 200',
  );
  for (const { question_id: questionId } of cases) await routing.route(questionId);
  return cases.length > 0 ? [`Routing suggestions computed for ${cases.length} questions.`] : [];
}
