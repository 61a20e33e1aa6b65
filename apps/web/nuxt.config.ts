// Nuxt config for the quizstream web app: a client-side rendered single page, generated to .output/public and
// served by the API on the same origin. Nothing here may fetch from the internet at build time.
import { LOCALE_COOKIE, LOCALES } from './app/i18n/locales';

export default defineNuxtConfig({
  // The interface language: detected from the browser on a first visit, kept in a cookie, switched in the header.
  // The strings themselves are typed catalogs (app/i18n/*.ts) read through useMessages().
  modules: ['@nuxtjs/i18n'],
  i18n: {
    locales: LOCALES.map(({ code, language, name, dir }) => ({ code, language, name, dir })),
    defaultLocale: 'en',
    strategy: 'no_prefix',
    detectBrowserLanguage: { useCookie: true, cookieKey: LOCALE_COOKIE, fallbackLocale: 'en', redirectOn: 'root' },
  },
  compatibilityDate: '2026-01-01',
  ssr: false,
  devtools: { enabled: false },
  telemetry: false,
  css: ['~/assets/css/main.css'],
  app: {
    head: {
      htmlAttrs: { lang: 'en' },
      title: 'quizstream',
      meta: [
        { charset: 'utf-8' },
        { name: 'viewport', content: 'width=device-width, initial-scale=1' },
        { name: 'description', content: 'Upload a PDF and watch quiz questions stream in page by page.' },
        { name: 'theme-color', content: '#4338ca' },
      ],
      link: [{ rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }],
    },
  },
  runtimeConfig: {
    public: {
      // '' = same origin (the API serves this app). Baked in at generate time from NUXT_PUBLIC_API_BASE.
      apiBase: '',
    },
  },
  // One page, no routes: the build manifest and its runtime fetch buy nothing here.
  experimental: { appManifest: false },
  nitro: {
    // `nuxt dev` only: forward the API to a locally running server (npm run dev at the root).
    devProxy: {
      '/api': { target: `${process.env.QUIZSTREAM_DEV_API ?? 'http://localhost:3000'}/api`, changeOrigin: true },
    },
  },
  vite: {
    // The workspace packages are TypeScript source (not pre-bundled); pre-bundle their browser dependencies
    // up front so `nuxt dev` does not reload the page when it discovers them.
    optimizeDeps: { include: ['zod', 'eventsource-parser'] },
  },
  typescript: { typeCheck: false },
});
