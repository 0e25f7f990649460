export * from './card-tabs.js';
export * from './channels.js';
export * from './events.js';
export * from './module.js';
export * from './permissions.js';
export * from './services.js';
