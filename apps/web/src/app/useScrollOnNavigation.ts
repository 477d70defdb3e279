import { useEffect } from 'react';
import { useLocation } from 'react-router';

/** Like a multi-page site: a new page starts at its top, or at the element its hash names. */
export function useScrollOnNavigation() {
  const { pathname, hash } = useLocation();
  useEffect(() => {
    const target = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    if (target) {
      target.scrollIntoView();
    } else {
      window.scrollTo(0, 0);
    }
  }, [pathname, hash]);
}
