import { OrganisationPlan } from '@forum/shared/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

@Entity()
@Unique(['name'])
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'enum', enum: Object.values(OrganisationPlan), enumName: 'organisation_plan' })
  plan!: OrganisationPlan;

  /** Yearly revenue in whole currency units, when the customer shared it. */
  @Column({
    type: 'bigint',
    nullable: true,
    transformer: {
      to: (v?: number | null) => v,
      from: (v: string | null) => (v === null ? null : Number(v)),
    },
  })
  annualRevenue!: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
