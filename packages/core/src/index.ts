export * from './export/index.js';
export * from './generate/index.js';
export * from './pdf/index.js';
export type { PageText } from './pdf/page-text.js';
export * from './schemas/index.js';
export * from './stream/sse-encoder.js';
