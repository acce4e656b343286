export * from './scan-record';
