// Who is using the app, and how this server signs teachers in (GET /api/config, GET /api/me), loaded once and
// shared by every page. A server without sign-in (a local one) has a local owner who is always "signed in".
// Students taking a shared quiz never need any of it.
import { ClientConfig, Me } from '@quizstream/core/schemas';

export type SignInMode = NonNullable<ClientConfig['auth']>['signIn'];

interface SessionState {
  loaded: boolean;
  mode: SignInMode;
  loginPath: string;
  me: Me | null;
}

let loading: Promise<void> | null = null;

export function useSession() {
  const apiBase = useApiBase();
  const state = useState<SessionState>('session', () => ({
    loaded: false,
    mode: 'none',
    loginPath: '/auth/login',
    me: null,
  }));

  async function load(force = false): Promise<void> {
    if (state.value.loaded && !force) return;
    loading ??= (async () => {
      try {
        const config = ClientConfig.safeParse(await (await fetch(`${apiBase}/api/config`)).json());
        if (config.success && config.data.auth) {
          state.value.mode = config.data.auth.signIn;
          state.value.loginPath = config.data.auth.loginPath;
        }
        const response = await fetch(`${apiBase}/api/me`, { headers: { Accept: 'application/json' } });
        const me = response.ok ? Me.safeParse(await response.json()) : null;
        state.value.me = me?.success ? me.data : null;
      } catch {
        // Offline: pages show their own errors.
      } finally {
        state.value.loaded = true;
        loading = null;
      }
    })();
    await loading;
  }

  /** The address that signs a teacher in and brings her back to `returnTo`. */
  function signInHref(returnTo: string): string {
    return `${apiBase}${state.value.loginPath}?returnTo=${encodeURIComponent(returnTo)}`;
  }

  async function signOut(): Promise<void> {
    if (state.value.mode === 'iap') {
      window.location.href = '/_gcp_iap/clear_login_cookie';
      return;
    }
    await fetch(`${apiBase}/auth/logout`, { method: 'POST' }).catch(() => undefined);
    state.value.me = null;
    await navigateTo('/signin');
  }

  const needsSignIn = computed(() => state.value.loaded && state.value.mode !== 'none' && !state.value.me);
  const teacher = computed(() => (state.value.mode !== 'none' ? state.value.me : null));

  return { state, load, signInHref, signOut, needsSignIn, teacher };
}
