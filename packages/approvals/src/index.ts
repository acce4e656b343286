export * from './approval-record';
