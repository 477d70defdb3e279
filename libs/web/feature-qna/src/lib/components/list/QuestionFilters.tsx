import { Select } from '@forum/web/ui';
import { useQnaTranslation } from '../../hooks/useQnaTranslation';
import { STATE_FILTERS, type ListParams, type StateFilter } from '../../utils/listParams';

interface FacetCount {
  value: string;
  count: number;
}

export interface QuestionFiltersProps {
  params: ListParams;
  products: readonly { id: string; name: string; slug: string }[];
  /** Counts per value, each for the other filters as they are; absent while loading. */
  facets?: {
    states: readonly FacetCount[];
    products: readonly FacetCount[];
    tags: readonly FacetCount[];
  };
  onChange: (changes: Partial<ListParams>) => void;
}

/** Product area, state and tag, each with how many questions it would show. */
export function QuestionFilters({ params, products, facets, onChange }: QuestionFiltersProps) {
  const { t } = useQnaTranslation();
  const countOf = (counts: readonly FacetCount[] | undefined, value: string) =>
    counts ? (counts.find((facet) => facet.value === value)?.count ?? 0) : undefined;
  const withCount = (label: string, count: number | undefined) =>
    count === undefined ? label : t('list.withCount', { label, count });

  const tags = facets?.tags.map((facet) => facet.value) ?? [];
  if (params.tag && !tags.includes(params.tag)) tags.unshift(params.tag);

  return (
    <form
      className="forum-question-filters"
      aria-label={t('list.filters')}
      onSubmit={(event) => event.preventDefault()}
    >
      <Select
        label={t('list.product')}
        name="product"
        value={params.product ?? ''}
        options={[
          { value: '', label: t('list.allProducts') },
          ...products.map((product) => ({
            value: product.slug,
            label: withCount(product.name, countOf(facets?.products, product.id)),
          })),
        ]}
        onChange={(event) => onChange({ product: event.target.value || undefined })}
      />
      <Select
        label={t('list.state')}
        name="state"
        value={params.state ?? ''}
        options={[
          { value: '', label: t('list.allStates') },
          ...STATE_FILTERS.map((state) => ({
            value: state,
            // The API counts states, not "no answer at all"; that one shows without a number.
            label:
              state === 'unanswered'
                ? t(`list.states.${state}`)
                : withCount(t(`list.states.${state}`), countOf(facets?.states, state)),
          })),
        ]}
        onChange={(event) =>
          onChange({
            state: STATE_FILTERS.find(
              (state): state is StateFilter => state === event.target.value,
            ),
          })
        }
      />
      <Select
        label={t('list.tag')}
        name="tag"
        value={params.tag ?? ''}
        options={[
          { value: '', label: t('list.allTags') },
          ...tags.map((tag) => ({ value: tag, label: withCount(tag, countOf(facets?.tags, tag)) })),
        ]}
        onChange={(event) => onChange({ tag: event.target.value || undefined })}
      />
    </form>
  );
}
