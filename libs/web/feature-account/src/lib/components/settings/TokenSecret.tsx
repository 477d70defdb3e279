import { useTranslation } from '@forum/web/i18n';
import { Alert, Button } from '@forum/web/ui';
import { useState } from 'react';

export interface TokenSecretProps {
  name: string;
  secret: string;
  /** The person has stored the secret; it is forgotten for good. */
  onDone: () => void;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** The secret of a token just created, shown this once with a copy button. */
export function TokenSecret({ name, secret, onDone }: TokenSecretProps) {
  const { t } = useTranslation('account');
  const [copy, setCopy] = useState<CopyState>('idle');

  const copyToClipboard = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopy('copied');
    } catch {
      // No clipboard permission, or an insecure origin: the text stays selectable.
      setCopy('failed');
    }
  };

  return (
    <div className="forum-token-secret" data-testid="token-secret">
      <h3>{t('tokens.secretTitle', { name })}</h3>
      <p>{t('tokens.secretBody')}</p>
      <div className="forum-token-secret__value">
        <code aria-label={t('tokens.secretLabel')}>{secret}</code>
        <Button variant="secondary" onClick={() => void copyToClipboard()}>
          {t('tokens.copy')}
        </Button>
      </div>
      {copy === 'copied' ? <Alert tone="success">{t('tokens.copied')}</Alert> : null}
      {copy === 'failed' ? <Alert tone="error">{t('tokens.copyFailed')}</Alert> : null}
      <div className="forum-form__actions">
        <Button onClick={onDone}>{t('tokens.done')}</Button>
      </div>
    </div>
  );
}
