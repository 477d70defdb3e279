import type { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { seedAreasDemoData } from './areas/areas.demo-data.js';
import { seedDeskDemoData } from './desk/desk.demo-data.js';
import { seedPrivateDetailsDemoData } from './private-details/private-details.demo-data.js';
import { seedRoutingDemoData } from './routing/routing.demo-data.js';

/** The support desk's demo data: expert areas, business hours and a lively inbox. */
export async function seedSupportDemoData(app: INestApplicationContext): Promise<string[]> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  // Areas and business hours first: the inbox's clocks and routing read them.
  const areas = await seedAreasDemoData(app);
  const desk = await seedDeskDemoData(app);
  const privateDetails = await dataSource.transaction((manager) =>
    seedPrivateDetailsDemoData(manager),
  );
  // Routing reads the inbox's cases and the experts' areas: it comes last.
  return [...areas, ...desk, ...privateDetails, ...(await seedRoutingDemoData(app))];
}
