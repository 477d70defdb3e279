import { useClient, useQuery } from '@forum/web/data-access-graphql';
import { useTranslation } from '@forum/web/i18n';
import { Button, TextField } from '@forum/web/ui';
import { useDeferredValue, useId, useState } from 'react';
import {
  ExpertAreaProductsQuery,
  ExpertAreaTagQuery,
  ExpertAreaTagSearchQuery,
} from '../../graphql/ExpertSettings';
import './ExpertAreas.css';

export interface ChosenAreas {
  products: ReadonlyArray<{ id: string; name: string }>;
  tags: ReadonlyArray<{ id: string; slug: string }>;
}

export interface ExpertAreasFieldsProps {
  value: ChosenAreas;
  onChange: (value: ChosenAreas) => void;
}

/** The input of areas mutations: ids only. */
export function areaIdsOf(value: ChosenAreas) {
  return {
    productIds: value.products.map((product) => product.id),
    tagIds: value.tags.map((tag) => tag.id),
  };
}

/**
 * Products as a list of checkboxes and tags by search: the real rows an expert covers, never
 * free text.
 */
export function ExpertAreasFields({ value, onChange }: ExpertAreasFieldsProps) {
  const { t } = useTranslation('account');
  const client = useClient();
  const productsHintId = useId();
  const tagsHintId = useId();
  const [{ data: productData }] = useQuery({ query: ExpertAreaProductsQuery });
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search.trim().toLowerCase());
  const [{ data: tagData, fetching: searching }] = useQuery({
    query: ExpertAreaTagSearchQuery,
    variables: { search: deferredSearch, first: 8 },
    pause: deferredSearch === '',
  });
  const chosenProductIds = new Set(value.products.map((product) => product.id));
  const chosenTagSlugs = new Set(value.tags.map((tag) => tag.slug));
  const products = productData?.products ?? [];
  const matches = (deferredSearch === '' ? [] : (tagData?.tags ?? [])).filter(
    (tag) => !chosenTagSlugs.has(tag.slug),
  );

  const toggleProduct = (product: { id: string; name: string }, checked: boolean) => {
    onChange({
      ...value,
      products: checked
        ? [...value.products, product]
        : value.products.filter((chosen) => chosen.id !== product.id),
    });
  };

  const addTag = async (slug: string) => {
    const result = await client.query(ExpertAreaTagQuery, { slug }).toPromise();
    const tag = result.data?.tag;
    if (!tag || value.tags.some((chosen) => chosen.id === tag.id)) return;
    onChange({ ...value, tags: [...value.tags, { id: tag.id, slug: tag.slug }] });
    setSearch('');
  };

  return (
    <>
      <fieldset className="forum-expert-areas__group" aria-describedby={productsHintId}>
        <legend>{t('expertAreas.products')}</legend>
        <p className="forum-field__hint" id={productsHintId}>
          {t('expertAreas.productsHint')}
        </p>
        {productData && products.length === 0 ? <p>{t('expertAreas.noProducts')}</p> : null}
        <ul className="forum-expert-areas__checks">
          {products.map((product) => (
            <li key={product.id}>
              <label>
                <input
                  type="checkbox"
                  checked={chosenProductIds.has(product.id)}
                  onChange={(event) => toggleProduct(product, event.target.checked)}
                />{' '}
                {product.name}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset className="forum-expert-areas__group" aria-describedby={tagsHintId}>
        <legend>{t('expertAreas.tags')}</legend>
        <p className="forum-field__hint" id={tagsHintId}>
          {t('expertAreas.tagsHint')}
        </p>
        {value.tags.length === 0 ? (
          <p className="forum-expert-areas__none">{t('expertAreas.noTags')}</p>
        ) : (
          <ul className="forum-expert-areas__chosen">
            {value.tags.map((tag) => (
              <li key={tag.id}>
                <span>#{tag.slug}</span>
                <Button
                  variant="quiet"
                  aria-label={t('expertAreas.removeTag', { tag: tag.slug })}
                  onClick={() =>
                    onChange({
                      ...value,
                      tags: value.tags.filter((chosen) => chosen.id !== tag.id),
                    })
                  }
                >
                  ×
                </Button>
              </li>
            ))}
          </ul>
        )}
        <TextField
          label={t('expertAreas.tagSearch')}
          type="search"
          maxLength={40}
          autoComplete="off"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        {deferredSearch !== '' && !searching && matches.length === 0 ? (
          <p className="forum-expert-areas__none" role="status">
            {t('expertAreas.noMatches')}
          </p>
        ) : null}
        {matches.length > 0 ? (
          <ul className="forum-expert-areas__matches">
            {matches.map((tag) => (
              <li key={tag.slug}>
                <Button variant="secondary" onClick={() => void addTag(tag.slug)}>
                  {t('expertAreas.addTag', { tag: tag.slug })}
                </Button>
              </li>
            ))}
          </ul>
        ) : null}
      </fieldset>
    </>
  );
}
