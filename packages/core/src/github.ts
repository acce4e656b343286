// A separate entry so that only action bundles pull in @actions/core.
export { createGitHubRuntime } from './runtimes/github';
