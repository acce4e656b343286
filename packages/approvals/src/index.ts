export * from './approval-record';
export * from './evidence';
export * from './gate';
export * from './github-client';
export * from './policy';
export * from './request-text';
export { abortableSleep } from './sleep';
