import { useEffect } from 'react';
import { usePreferences } from './use-preferences';

/**
 * Applies the saved theme to <html>, follows the system when the theme is
 * "system", and remembers it locally so the next load paints right away.
 */
export function ThemeSync() {
  const { data } = usePreferences();
  const theme = data?.theme;
  useEffect(() => {
    if (!theme) return;
    const media = matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      const dark = theme === 'dark' || (theme === 'system' && media.matches);
      document.documentElement.classList.toggle('dark', dark);
    };
    apply();
    localStorage.setItem('theme', theme);
    if (theme !== 'system') return;
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [theme]);
  return null;
}
