// Where the API lives: '' means the same origin (the API serves this app); NUXT_PUBLIC_API_BASE overrides it.
export function useApiBase(): string {
  const base = String(useRuntimeConfig().public.apiBase ?? '');
  return base.replace(/\/+$/, '');
}
