export { default } from '@patron/testkit/global-setup';
