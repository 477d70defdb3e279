import type { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { type Locale, type OrganisationPlan, Role } from '@forum/shared/domain';
import type { DataSource } from 'typeorm';
import { OrganisationEntity } from './organisations/organisation.entity.js';
import { hashPassword } from './passwords/passwords.js';
import { UserEntity } from './users/user.entity.js';

/** Every demo account signs in with this password; `npm start` prints it with the accounts. */
export const demoPassword = 'Demo-Community-2026';

export const demoOrganisations: Array<
  Pick<OrganisationEntity, 'id' | 'name' | 'plan' | 'annualRevenue'>
> = [
  {
    id: '0b9f4d2e-0000-4000-8000-000000000001',
    name: 'Nordlicht Logistik GmbH',
    plan: 'enterprise' as OrganisationPlan,
    annualRevenue: 250_000_000,
  },
  {
    id: '0b9f4d2e-0000-4000-8000-000000000002',
    name: 'Brightpath Analytics Ltd',
    plan: 'pro' as OrganisationPlan,
    annualRevenue: 12_000_000,
  },
  {
    id: '0b9f4d2e-0000-4000-8000-000000000003',
    name: 'Kaffeehaus Müller',
    plan: 'free' as OrganisationPlan,
    annualRevenue: null,
  },
];

interface DemoPerson {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  locale: Locale;
  organisationId?: string;
  expertTitle?: string;
}

export const demoPeople: DemoPerson[] = [
  {
    id: '5d2c8e10-0000-4000-8000-000000000001',
    email: 'sam.okafor@demo.example',
    displayName: 'Sam Okafor',
    role: Role.Admin,
    locale: 'en',
    expertTitle: 'Community Manager',
  },
  {
    id: '5d2c8e10-0000-4000-8000-000000000002',
    email: 'anna.schmidt@demo.example',
    displayName: 'Anna Schmidt',
    role: Role.Expert,
    locale: 'de',
    expertTitle: 'Support Engineer, Billing',
  },
  {
    id: '5d2c8e10-0000-4000-8000-000000000003',
    email: 'daniel.weber@demo.example',
    displayName: 'Daniel Weber',
    role: Role.Expert,
    locale: 'de',
    expertTitle: 'Solutions Architect, Integrations',
  },
  {
    id: '5d2c8e10-0000-4000-8000-000000000004',
    email: 'priya.raman@demo.example',
    displayName: 'Priya Raman',
    role: Role.ProductManager,
    locale: 'en',
    expertTitle: 'Product Manager, Reporting',
  },
  {
    id: '5d2c8e10-0000-4000-8000-000000000005',
    email: 'lukas.brandt@demo.example',
    displayName: 'Lukas Brandt',
    role: Role.Moderator,
    locale: 'de',
    expertTitle: 'Community Moderator',
  },
  {
    id: '5d2c8e10-0000-4000-8000-000000000006',
    email: 'jana.hoffmann@demo.example',
    displayName: 'Jana Hoffmann',
    role: Role.Member,
    locale: 'de',
    organisationId: demoOrganisations[0]!.id,
  },
  {
    id: '5d2c8e10-0000-4000-8000-000000000007',
    email: 'tom.becker@demo.example',
    displayName: 'Tom Becker',
    role: Role.Member,
    locale: 'de',
    organisationId: demoOrganisations[0]!.id,
  },
  {
    id: '5d2c8e10-0000-4000-8000-000000000008',
    email: 'emily.carter@demo.example',
    displayName: 'Emily Carter',
    role: Role.Member,
    locale: 'en',
    organisationId: demoOrganisations[1]!.id,
  },
  {
    id: '5d2c8e10-0000-4000-8000-000000000009',
    email: 'mehmet.yilmaz@demo.example',
    displayName: 'Mehmet Yilmaz',
    role: Role.Member,
    locale: 'en',
    organisationId: demoOrganisations[1]!.id,
  },
  {
    id: '5d2c8e10-0000-4000-8000-000000000010',
    email: 'sophie.mueller@demo.example',
    displayName: 'Sophie Müller',
    role: Role.Member,
    locale: 'de',
    organisationId: demoOrganisations[2]!.id,
  },
];

/**
 * Demo organisations and people with fixed ids: an admin, two experts, a product manager, a
 * moderator and customers of three organisations on different plans. Nothing is added to a
 * database that has people already; the demo accounts are listed whenever they exist.
 * @returns lines for the console
 */
export async function seedIdentityDemoData(app: INestApplicationContext): Promise<string[]> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const users = dataSource.getRepository(UserEntity);
  if ((await users.count()) === 0) await insertDemoData(dataSource);
  if (!(await users.existsBy({ id: demoPeople[0]!.id }))) return [];
  const organisationName = new Map(demoOrganisations.map((o) => [o.id, `${o.name} (${o.plan})`]));
  return [
    `Demo accounts (password for all: ${demoPassword}):`,
    ...demoPeople.map(
      (p) =>
        `  ${p.email.padEnd(30)} ${p.role.padEnd(16)} ${p.expertTitle ?? (p.organisationId ? organisationName.get(p.organisationId) : '')}`,
    ),
  ];
}

async function insertDemoData(dataSource: DataSource): Promise<void> {
  const passwordHash = await hashPassword(demoPassword);
  await dataSource.transaction(async (manager) => {
    await manager.insert(OrganisationEntity, demoOrganisations);
    await manager.insert(
      UserEntity,
      demoPeople.map((person) => ({
        ...person,
        organisationId: person.organisationId ?? null,
        expertTitle: person.expertTitle ?? null,
        passwordHash,
        emailVerifiedAt: new Date(),
      })),
    );
  });
}
