import { Select } from '@forum/web/ui';
import { useQnaTranslation } from '../../hooks/useQnaTranslation';
import {
  SEARCH_IDEA_STATUSES,
  SEARCH_STATES,
  SEARCH_TYPES,
  toggled,
  type SearchParams,
} from '../../utils/searchParams';

interface FacetCount {
  value: string;
  count: number;
}

export interface SearchFacetsProps {
  params: SearchParams;
  products: readonly { id: string; name: string; slug: string }[];
  /** Counts per value (products by id), each ignoring its own field's filter; absent at first. */
  facets?: {
    types: readonly FacetCount[];
    states: readonly FacetCount[];
    ideaStatuses: readonly FacetCount[];
    products: readonly FacetCount[];
    tags: readonly FacetCount[];
  };
  onChange: (changes: Partial<SearchParams>) => void;
}

interface Choice {
  value: string;
  label: string;
  count?: number;
}

/** Kinds of posts, product areas, tags, states and idea statuses to tick, several per group, each with how many hits it has. */
export function SearchFacets({ params, products, facets, onChange }: SearchFacetsProps) {
  const { t } = useQnaTranslation();
  const countOf = (counts: readonly FacetCount[] | undefined, value: string) =>
    counts ? (counts.find((facet) => facet.value === value)?.count ?? 0) : undefined;

  // The API counts products by id; the address names them by slug.
  const productChoices: Choice[] = (facets?.products ?? []).flatMap((facet) => {
    const product = products.find((candidate) => candidate.id === facet.value);
    return product ? [{ value: product.slug, label: product.name, count: facet.count }] : [];
  });
  const tagChoices: Choice[] = (facets?.tags ?? []).map((facet) => ({
    value: facet.value,
    label: facet.value,
    count: facet.count,
  }));
  // What is ticked stays visible even when no hit has it any more, so it can be unticked.
  for (const slug of params.products) {
    if (productChoices.some((choice) => choice.value === slug)) continue;
    const product = products.find((candidate) => candidate.slug === slug);
    if (product) productChoices.push({ value: slug, label: product.name, count: 0 });
  }
  for (const tag of params.tags) {
    if (!tagChoices.some((choice) => choice.value === tag))
      tagChoices.push({ value: tag, label: tag, count: facets ? 0 : undefined });
  }
  const stateChoices: Choice[] = SEARCH_STATES.map((state) => ({
    value: state,
    label: t(`list.states.${state}`),
    count: countOf(facets?.states, state),
  }));
  const typeChoices: Choice[] = SEARCH_TYPES.map((type) => ({
    value: type,
    label: t(`search.types.${type}`),
    count: countOf(facets?.types, type),
  }));
  // Statuses only once ideas are among the hits (or one is ticked).
  const statusChoices: Choice[] = SEARCH_IDEA_STATUSES.filter(
    (status) =>
      params.ideaStatuses.includes(status) || (countOf(facets?.ideaStatuses, status) ?? 0) > 0,
  ).map((status) => ({
    value: status,
    label: t(`search.ideaStatuses.${status}`),
    count: countOf(facets?.ideaStatuses, status),
  }));

  return (
    <form
      className="forum-question-filters forum-search-facets"
      aria-label={t('search.filters')}
      onSubmit={(event) => event.preventDefault()}
    >
      <FacetGroup
        legend={t('search.type')}
        choices={typeChoices}
        selected={params.types}
        onToggle={(type) =>
          onChange({
            types: SEARCH_TYPES.filter((value) =>
              toggled<string>(params.types, type).includes(value),
            ),
          })
        }
      />
      <FacetGroup
        legend={t('search.product')}
        choices={productChoices}
        selected={params.products}
        onToggle={(slug) => onChange({ products: toggled(params.products, slug) })}
      />
      <FacetGroup
        legend={t('search.state')}
        choices={stateChoices}
        selected={params.states}
        onToggle={(state) =>
          onChange({
            states: SEARCH_STATES.filter((value) =>
              toggled<string>(params.states, state).includes(value),
            ),
          })
        }
      />
      <FacetGroup
        legend={t('search.ideaStatus')}
        choices={statusChoices}
        selected={params.ideaStatuses}
        onToggle={(status) =>
          onChange({
            ideaStatuses: SEARCH_IDEA_STATUSES.filter((value) =>
              toggled<string>(params.ideaStatuses, status).includes(value),
            ),
          })
        }
      />
      <FacetGroup
        legend={t('search.tag')}
        choices={tagChoices}
        selected={params.tags}
        onToggle={(tag) => onChange({ tags: toggled(params.tags, tag) })}
      />
      <Select
        label={t('search.staff')}
        name="staff"
        value={params.staff === undefined ? '' : String(params.staff)}
        options={[
          { value: '', label: t('search.staffOptions.any') },
          { value: 'true', label: t('search.staffOptions.yes') },
          { value: 'false', label: t('search.staffOptions.no') },
        ]}
        onChange={(event) =>
          onChange({ staff: event.target.value === '' ? undefined : event.target.value === 'true' })
        }
      />
    </form>
  );
}

interface FacetGroupProps {
  legend: string;
  choices: readonly Choice[];
  selected: readonly string[];
  onToggle: (value: string) => void;
}

function FacetGroup({ legend, choices, selected, onToggle }: FacetGroupProps) {
  const { t } = useQnaTranslation();
  if (choices.length === 0) return null;
  return (
    <fieldset className="forum-search-facets__group">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} className="forum-search-facets__choice">
          <input
            type="checkbox"
            checked={selected.includes(choice.value)}
            onChange={() => onToggle(choice.value)}
          />
          <span>
            {choice.count === undefined
              ? choice.label
              : t('search.withCount', { label: choice.label, count: choice.count })}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
