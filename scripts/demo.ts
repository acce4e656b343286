/**
 * `npm run demo`: the whole Shipgate pipeline on this machine, in one command, on the sample app
 * (workflows-examples/sample-app). It runs the committed action bundles exactly as GitHub would,
 * against a throwaway registry, a GitOps repository served over HTTP and a local stand-in for
 * the GitHub API, says what it does at each step, stops its servers, and keeps the GitOps
 * repository in demo-output/gitops.git so you can `git log` it.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { isOnPath } from '@shipgate/core';
import { GITOPS_REPO, LocalPipeline, missingTools, SAMPLE_APP } from '../test/e2e/local-pipeline';
import type { ActionBundleResult } from '../test/support/run-action-bundle';
import { repoRoot } from '../test/support/shared-fixtures';

const ACTIONS = [
  'build-image',
  'scan-image',
  'render-manifests',
  'approval-gate',
  'gitops-commit',
  'promote',
  'rollback',
  'deployment-report',
  'verify-deployments',
];
const outputDir = join(repoRoot, 'demo-output');
const keptRepo = join(outputDir, 'gitops.git');

const bold = (text: string) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text);
const dim = (text: string) => (process.stdout.isTTY ? `\x1b[2m${text}\x1b[0m` : text);
let stepNumber = 0;
function step(title: string): void {
  stepNumber += 1;
  console.log(`\n${bold(`${stepNumber}. ${title}`)}`);
}
function say(text: string): void {
  console.log(`   ${text}`);
}
function outputs(result: ActionBundleResult, names: readonly string[]): void {
  for (const name of names) {
    const value = result.outputs[name];
    if (value) say(dim(`${name} = ${value.length > 140 ? `${value.slice(0, 137)}…` : value}`));
  }
}

async function main(): Promise<number> {
  console.log(
    bold('Shipgate demo: build → scan → dev → staging → approval → production → promote → rollback → report → verify'),
  );

  const missing = await missingTools();
  if (missing.length > 0) {
    console.error('\nThe demo needs these tools, which are not on PATH:');
    for (const entry of missing) console.error(`  ${entry.tool}: ${entry.install}`);
    console.error('\nOn Debian or Ubuntu: bash scripts/install-system-packages.sh (installs what is missing, as root)');
    return 1;
  }
  const unbuilt = ACTIONS.filter((name) => !existsSync(join(repoRoot, 'actions', name, 'dist', 'index.js')));
  if (unbuilt.length > 0) {
    console.log(`\nBuilding the action bundles first: ${unbuilt.join(', ')}`);
    const tsx = join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const build = spawnSync(process.execPath, [tsx, join(repoRoot, 'scripts', 'build.ts'), ...unbuilt], {
      stdio: 'inherit',
    });
    if (build.status !== 0) return 1;
  }

  const workDir = await mkdtemp(join(tmpdir(), 'shipgate-demo-'));
  // Everything the steps write, their runner temp dirs included, stays under workDir.
  process.env.TMPDIR = join(workDir, 'tmp');
  await mkdir(process.env.TMPDIR, { recursive: true });

  // buildah's own settings for running without root privileges or overlayfs; the action sets neither.
  const buildahEnv: Record<string, string> = {
    STORAGE_DRIVER: process.env.STORAGE_DRIVER ?? 'vfs',
    BUILDAH_ISOLATION: process.env.BUILDAH_ISOLATION ?? 'chroot',
  };

  step('Start a throwaway registry, a GitOps repository over HTTP and a local GitHub API');
  const pipeline = await LocalPipeline.start({ workDir, env: buildahEnv });
  let exitCode = 0;
  try {
    say(`registry        ${pipeline.registry.url}  (docker-registry, storage in a temp dir)`);
    say(`GitOps repo     ${pipeline.gitopsUrl}  (git http-backend, token auth)`);
    say(`GitHub API      ${pipeline.github.url}  (issues and comments for the approval)`);
    say('policy          .shipgate/policy.yaml in the GitOps repo: production needs alice and bob,');
    say('                a bound scan pass, and a digest that ran in staging');

    step('build-image: build the sample app with buildah and push it');
    const first = await pipeline.build();
    say(`pushed ${first.imageRef}`);
    say('everything after this deploys that digest, never a tag');

    step('scan-image: gate the image on its vulnerabilities');
    const scanners = [(await isOnPath('trivy')) && 'trivy', (await isOnPath('grype')) && 'grype'].filter(Boolean);
    say(
      scanners.length > 0
        ? `${scanners.join(' and ')} found, but the local registry speaks plain HTTP: evaluating a recorded Trivy report instead`
        : 'neither trivy nor grype is installed: evaluating a recorded Trivy report for this digest instead',
    );
    const scan = await pipeline.scan(first);
    say(`verdict ${scan.verdict} (policy: fail on high or critical)`);

    for (const environment of ['dev', 'staging']) {
      step(`render-manifests + gitops-commit: deploy to ${environment}`);
      const render = await pipeline.render(environment, first.imageRef);
      say(`rendered ${environment} with kustomize; config hash ${render.configHash}`);
      const commit = await pipeline.commit(environment, {
        render,
        imageRef: first.imageRef,
        scanRecord: scan.scanRecord,
        source: first.source,
      });
      say(`committed ${commit.outputs['commit-sha']} to ${pipeline.environmentPath(environment)}`);
    }

    step('approval-gate (issue mode): ask for production approval');
    const checkout = await pipeline.checkoutGitops();
    const productionRender = await pipeline.render(
      'production',
      first.imageRef,
      join(checkout, pipeline.environmentPath('production')),
    );
    say('opened an approval issue on the local GitHub API; alice and bob answer /approve');
    const approval = await pipeline.approve(
      'production',
      { imageRef: first.imageRef, render: productionRender, scanRecord: scan.scanRecord, source: first.source },
      [
        { login: 'alice', body: '/approve' },
        { login: 'bob', body: '/approve ship it' },
      ],
    );
    const issue = pipeline.github.state.issues.at(-1);
    say(`the request, ${approval.requestUrl}: "${issue?.title ?? ''}"`);
    for (const line of approval.issueBody.split('\n').filter((line) => line.startsWith('|') && !line.includes('---'))) {
      say(dim(`  ${line}`));
    }
    say(`status ${approval.status}; approved by ${approval.approvers.split('\n').join(', ')}`);
    if (!approval.approved) throw new Error('The demo approval was not granted.');

    step('gitops-commit: re-read the approval on GitHub, check it against the policy, deploy to production');
    const production = await pipeline.commit('production', {
      render: productionRender,
      imageRef: first.imageRef,
      scanRecord: scan.scanRecord,
      approvalRecord: approval.approvalRecord,
      source: first.source,
    });
    say(`committed ${production.outputs['commit-sha']} with Approved-by, Shipgate-Approval (comment URLs)`);
    say('and Shipgate-Policy (the policy blob applied) trailers');

    step('A second change: build, scan and deploy it to dev');
    const second = await pipeline.build('second change');
    const secondScan = await pipeline.scan(second);
    const devRender = await pipeline.render('dev', second.imageRef);
    await pipeline.commit('dev', {
      render: devRender,
      imageRef: second.imageRef,
      scanRecord: secondScan.scanRecord,
      source: second.source,
    });
    say(`dev now runs ${second.imageRef}`);

    step('promote: move what dev runs to staging, by digest');
    const promoted = await pipeline.promote('dev', 'staging');
    say(`dev runs ${promoted.imageRef} (source ${promoted.source}); scan verdict pass`);
    say(`signed attestations verified: ${promoted.attestations}`);
    const stagingRender = await pipeline.render('staging', promoted.imageRef);
    const promotedCommit = await pipeline.commit('staging', {
      render: stagingRender,
      imageRef: promoted.imageRef,
      message: `Promote ${SAMPLE_APP} from dev to staging`,
      source: promoted,
    });
    say(`committed ${promotedCommit.outputs['commit-sha']}`);

    step('rollback: staging misbehaves, roll it back to the previous deployment');
    const rollback = await pipeline.rollback('staging', 'Demo: the second change broke checkout in staging');
    outputs(rollback, ['commit-sha', 'rolled-back-to']);
    say('a new commit restores the earlier files; nothing is force-pushed');

    step('deployment-report: history and delivery metrics from the commit trailers');
    const report = await pipeline.report(['dev', 'staging', 'production']);
    // The job summary is markdown for GitHub; its mermaid charts say nothing in a terminal.
    console.log(
      report.summary
        .replace(/```mermaid\n[\s\S]*?```\n*/g, '')
        .split('\n')
        .map((line) => `   ${line}`)
        .join('\n'),
    );
    await mkdir(outputDir, { recursive: true });
    await copyFile(report.reportFile, join(outputDir, 'deployment-report.json'));
    say(`JSON report: ${relative(process.cwd(), join(outputDir, 'deployment-report.json'))}`);

    step('verify-deployments: is every change to an environment a Shipgate deploy under the policy?');
    if (await pipeline.ensurePolicy()) {
      say('the platform team adds .shipgate/policy.yaml (production: 2 approvals by alice or bob)');
    }
    const handMade = await pipeline.handMadeCommit('production');
    say(`someone with the push token edits production by hand and pushes: ${handMade.slice(0, 12)}`);
    const verification = await pipeline.verify();
    outputs(verification, ['verdict', 'violations']);
    await copyFile(verification.outputs.report ?? '', join(outputDir, 'verify-report.json'));
    say(`JSON report: ${relative(process.cwd(), join(outputDir, 'verify-report.json'))}`);
    for (const annotation of verification.annotations.filter((a) => a.message.startsWith('Violation:'))) {
      say(annotation.message);
    }
    say(
      verification.exitCode === 0
        ? 'no violation found (unexpected: the hand-made commit should have been caught)'
        : "caught: as the GitOps repository's required status check, this keeps such a change out of main",
    );

    step('The GitOps repository');
    await rm(keptRepo, { recursive: true, force: true });
    await mkdir(outputDir, { recursive: true });
    await promisify(execFile)('git', ['clone', '--bare', '--quiet', pipeline.git.repoPath(GITOPS_REPO), keptRepo]);
    const log = await promisify(execFile)('git', ['-C', keptRepo, 'log', '--format=%h %s', 'main']);
    for (const line of log.stdout.trim().split('\n')) say(line);
    say('');
    say(`kept in ${relative(process.cwd(), keptRepo) || keptRepo}; see every commit with its trailers:`);
    say(bold(`git -C ${relative(process.cwd(), keptRepo) || keptRepo} log main`));
  } catch (error) {
    exitCode = 1;
    console.error(`\nThe demo stopped: ${error instanceof Error ? error.message : String(error)}`);
    const result = (error as { result?: ActionBundleResult }).result;
    if (result) console.error(dim(result.log.trim().split('\n').slice(-20).join('\n')));
  } finally {
    step('Stop the servers and remove the scratch files');
    await pipeline.stop().catch((error: unknown) => console.error(`   stopping: ${String(error)}`));
    await rm(workDir, { recursive: true, force: true });
    say(exitCode === 0 ? 'done' : 'done, with the error above');
  }
  return exitCode;
}

process.exitCode = await main();
