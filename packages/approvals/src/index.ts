export * from './approval-record';
export * from './gate';
export * from './github-client';
export * from './policy';
export * from './request-text';
export { abortableSleep } from './sleep';
