// A separate entry so that only action bundles pull in the GitHub runtime.
export { createGitHubRuntime } from './runtimes/github';
