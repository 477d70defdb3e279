import type { OrganisationPlan } from '@forum/web/data-access-graphql';
import { useTranslation } from '@forum/web/i18n';
import { Select, TextField } from '@forum/web/ui';

export const PLANS: readonly OrganisationPlan[] = ['FREE', 'PRO', 'ENTERPRISE'];

export interface OrganisationDraft {
  name: string;
  plan: OrganisationPlan;
  /** As typed; empty when unknown. */
  revenue: string;
}

/** The typed revenue as a number, or null when the field is empty or not a number. */
export function revenueOf(draft: OrganisationDraft): number | null {
  const value = draft.revenue.trim();
  if (value === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

export interface OrganisationFormFieldsProps {
  draft: OrganisationDraft;
  onChange: (draft: OrganisationDraft) => void;
  fieldError: (field: string) => string | undefined;
}

/** Name, plan and revenue, shared by the create form and the edit dialog. */
export function OrganisationFormFields({
  draft,
  onChange,
  fieldError,
}: OrganisationFormFieldsProps) {
  const { t } = useTranslation('admin');
  return (
    <>
      <TextField
        label={t('organisations.name')}
        error={fieldError('name')}
        name="organisationName"
        required
        minLength={2}
        maxLength={120}
        value={draft.name}
        onChange={(event) => onChange({ ...draft, name: event.target.value })}
      />
      <Select
        label={t('organisations.plan')}
        name="plan"
        value={draft.plan}
        options={PLANS.map((plan) => ({ value: plan, label: t(`plans.${plan}`) }))}
        onChange={(event) =>
          onChange({ ...draft, plan: PLANS.find((plan) => plan === event.target.value) ?? 'FREE' })
        }
      />
      <TextField
        label={t('organisations.revenue')}
        hint={t('organisations.revenueHint')}
        error={fieldError('annualRevenue')}
        name="annualRevenue"
        type="number"
        inputMode="numeric"
        min={0}
        step={1}
        value={draft.revenue}
        onChange={(event) => onChange({ ...draft, revenue: event.target.value })}
      />
    </>
  );
}
