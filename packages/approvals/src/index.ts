export * from './approval-record';
export * from './evidence';
export * from './gate';
export * from './policy';
export * from './request-text';
