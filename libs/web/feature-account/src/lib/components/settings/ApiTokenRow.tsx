import { graphql, useFragment, type FragmentType } from '@forum/web/data-access-graphql';
import { useFormatters, useTranslation } from '@forum/web/i18n';
import { Button } from '@forum/web/ui';

export const ApiTokenFields = graphql(`
  fragment ApiTokenFields on ApiToken {
    id
    name
    prefix
    scope
    createdAt
    lastUsedAt
  }
`);

export interface ApiTokenRowProps {
  token: FragmentType<typeof ApiTokenFields>;
  onRevoke: (token: { id: string; name: string }) => void;
}

/** One active token: never its secret, only the first characters to recognise it by. */
export function ApiTokenRow({ token: tokenRef, onRevoke }: ApiTokenRowProps) {
  const { t } = useTranslation('account');
  const format = useFormatters();
  const token = useFragment(ApiTokenFields, tokenRef);
  return (
    <tr>
      <th scope="row">{token.name}</th>
      <td>
        <code>{token.prefix}…</code>
      </td>
      <td>{token.scope === 'WRITE' ? t('tokens.scopeWrite') : t('tokens.scopeRead')}</td>
      <td>
        <time dateTime={token.createdAt}>{format.date(token.createdAt)}</time>
      </td>
      <td>
        {token.lastUsedAt ? (
          <time dateTime={token.lastUsedAt}>{format.dateTime(token.lastUsedAt)}</time>
        ) : (
          t('tokens.neverUsed')
        )}
      </td>
      <td>
        <Button
          variant="quiet"
          aria-label={`${t('tokens.revoke')}: ${token.name}`}
          onClick={() => onRevoke({ id: token.id, name: token.name })}
        >
          {t('tokens.revoke')}
        </Button>
      </td>
    </tr>
  );
}
