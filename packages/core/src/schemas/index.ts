export * from './document.js';
export * from './document-page.js';
export * from './events.js';
export * from './library.js';
export * from './live.js';
export * from './options.js';
export * from './question.js';
