import { runAction } from '@shipgate/core';
import { createGitHubRuntime } from '@shipgate/core/github';
import { run } from './main';

process.exitCode = await runAction(run, createGitHubRuntime());
