// Light and dark themes: the colours live in CSS variables (www/playground/style.css) keyed
// on <html data-theme>; this follows the system setting until the user picks one.

const KEY = 'pave.theme';

function systemTheme() {
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function saved() {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'dark' || value === 'light' ? value : null;
  } catch {
    return null;
  }
}

/** Apply the saved or system theme and make `button` toggle it. */
export function setupTheme(button) {
  const apply = (theme) => {
    document.documentElement.dataset.theme = theme;
    button.textContent = theme === 'dark' ? '☀' : '☾';
    button.title = `Switch to the ${theme === 'dark' ? 'light' : 'dark'} theme`;
  };
  apply(saved() ?? systemTheme());
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    if (!saved()) apply(systemTheme());
  });
  button.addEventListener('click', () => {
    const next = document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark';
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // Without storage the choice lasts for this page only.
    }
    apply(next);
  });
}
