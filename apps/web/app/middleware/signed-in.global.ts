// Teachers' pages need a signed-in teacher when the server signs them in; a shared quiz (/take/...), a live
// quiz's participants (/join...), a presenter opened with its host token (/live/<id>?host=...) and the sign-in
// page itself never do.
export default defineNuxtRouteMiddleware(async (to) => {
  if (to.path.startsWith('/take/') || to.path === '/signin') return;
  if (to.path === '/join' || to.path.startsWith('/join/')) return;
  if (to.path.startsWith('/live/') && typeof to.query.host === 'string') return;
  const session = useSession();
  await session.load();
  if (session.needsSignIn.value) return navigateTo({ path: '/signin', query: { returnTo: to.fullPath } });
});
