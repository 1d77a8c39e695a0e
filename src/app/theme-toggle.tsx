import { useTheme } from './theme.ts';

export function ThemeToggle() {
  const [theme, toggle] = useTheme();
  return (
    <button type="button" className="button" onClick={toggle} aria-pressed={theme === 'dark'}>
      Dark theme
    </button>
  );
}
