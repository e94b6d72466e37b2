import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * False while React hydrates prerendered markup (and on the server), true afterwards. Values the build could
 * not know, such as the #section of the address, must wait for it or hydration would not match.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}
