import type { ActionMain } from '@shipgate/core';

export interface ActionModule {
  run: ActionMain;
}

/**
 * The actions this CLI can run, one line each, loaded on first use so `--help` stays fast.
 * Their inputs and outputs come from action-metadata.json (generated from each action.yml by
 * `npm run docs`); test/cli checks that every action with a src/main.ts is listed here.
 */
export const actionLoaders: Readonly<Record<string, () => Promise<ActionModule>>> = {
  'approval-gate': () => import('@shipgate/action-approval-gate'),
  'build-image': () => import('@shipgate/action-build-image'),
  'deployment-report': () => import('@shipgate/action-deployment-report'),
  'gitops-commit': () => import('@shipgate/action-gitops-commit'),
  promote: () => import('@shipgate/action-promote'),
  'render-manifests': () => import('@shipgate/action-render-manifests'),
  rollback: () => import('@shipgate/action-rollback'),
  'scan-image': () => import('@shipgate/action-scan-image'),
  'verify-deployments': () => import('@shipgate/action-verify-deployments'),
};
