// Teachers' pages need a signed-in teacher when the server signs them in; a shared quiz (/take/...) and the
// sign-in page itself never do.
export default defineNuxtRouteMiddleware(async (to) => {
  if (to.path.startsWith('/take/') || to.path === '/signin') return;
  const session = useSession();
  await session.load();
  if (session.needsSignIn.value) return navigateTo({ path: '/signin', query: { returnTo: to.fullPath } });
});
