import { resolveRepositoryUrl } from '@shipgate/git';

/**
 * The GitOps repository as an approval request names it and a deploy is bound to: `owner/name`
 * (lower case) for a repository on the GitHub server the workflow runs on, else its resolved URL or
 * path without `.git`. approval-gate (`policy-repository`) and gitops-commit (`repository`) reach
 * the same identity from the same repository however each input spells it.
 */
export function gitopsRepositoryIdentity(
  repository: string,
  options: { serverUrl?: string; workspace?: string; inputName?: string } = {},
): string {
  const serverUrl = options.serverUrl || 'https://github.com';
  const url = resolveRepositoryUrl(repository, {
    serverUrl,
    workspace: options.workspace ?? process.cwd(),
    ...(options.inputName ? { inputName: options.inputName } : {}),
  }).replace(/(?:\.git)?\/*$/, '');
  if (/^https?:\/\//i.test(url)) {
    const parsed = new URL(url);
    const parts = parsed.pathname.split('/').filter(Boolean);
    if (parts.length === 2 && parsed.origin.toLowerCase() === new URL(serverUrl).origin.toLowerCase()) {
      return parts.join('/').toLowerCase();
    }
  }
  return url;
}
