import { useMutation } from '@forum/web/data-access-graphql';
import { useCallback, useState } from 'react';
import { TrustAccountMutation, UntrustAccountMutation } from '../graphql/AccountTrust';

export interface UseAccountTrustResult {
  /** Whether the account is trusted: as last changed here, else as the profile said; null when unknown. */
  trusted: boolean | null;
  busy: boolean;
  failed: boolean;
  setTrusted: (trusted: boolean) => Promise<void>;
}

/**
 * Admins trust an account (its posts skip the spam rules) or stop trusting it. `current` is the
 * profile's `trusted` field (null for anyone but admins).
 */
export function useAccountTrust(
  userId: string,
  current: boolean | null = null,
): UseAccountTrustResult {
  const [trustState, trust] = useMutation(TrustAccountMutation);
  const [untrustState, untrust] = useMutation(UntrustAccountMutation);
  const [changed, setChanged] = useState<boolean | null>(null);
  const [failed, setFailed] = useState(false);
  const setTrusted = useCallback(
    async (value: boolean) => {
      const input = { input: { userId } };
      const result = value ? await trust(input) : await untrust(input);
      const answer = result.data
        ? 'trustAccount' in result.data
          ? result.data.trustAccount
          : result.data.untrustAccount
        : null;
      setFailed(!answer);
      if (answer) setChanged(answer.trusted);
    },
    [trust, untrust, userId],
  );
  return {
    trusted: changed ?? current,
    busy: trustState.fetching || untrustState.fetching,
    failed,
    setTrusted,
  };
}
