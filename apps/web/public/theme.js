// The last theme this browser showed, applied before the first paint (no flash).
// A file, not an inline script, so the Content-Security-Policy can forbid inline scripts.
try {
  const t = localStorage.getItem('theme');
  if (t === 'dark' || (t !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches))
    document.documentElement.classList.add('dark');
} catch {}
