export * from './api-doc.js';
export * from './catalogue.js';
export * from './problem.js';
