import type { Git, GitRemote } from './git';
import { remoteHeaders, serviceUrl, succeeded } from './node-http';
import { fetchesFiltered, fetchObjectsRequest, packFromFetchAnswer, parseUploadPackAdvertisement } from './upload-pack';

/**
 * Objects by id from this process, into the clone as a promisor pack: the two requests git's lazy
 * fetch of a missing object sends (the v2 advertisement, then `fetch` with the ids and a filter)
 * and one `git index-pack` for what comes back. git's lazy fetch runs four processes for the same
 * (fetch, git-remote-http, index-pack under the command that missed the object).
 *
 * Returns false, with nothing written, when this process cannot ask: a v0 server, no filter
 * support, another object format, a refused token, or no usable answer. git then fetches the
 * objects lazily when a command misses them, and reports whatever fails there in its own words.
 */
export async function fetchObjectsOverHttp(
  git: Git,
  remote: GitRemote,
  wants: readonly string[],
  filter: 'blob:none',
): Promise<boolean> {
  if (wants.length === 0) return true;
  const pack = await askForPack(remote, wants, filter);
  if (!pack) return false;
  const indexed = await git(['index-pack', '--stdin', '--promisor'], { input: pack, ignoreReturnCode: true });
  return indexed.exitCode === 0;
}

/** The pack the server sends for `wants`; `undefined` when it cannot be had this way. */
async function askForPack(remote: GitRemote, wants: readonly string[], filter: string): Promise<Buffer | undefined> {
  const base = serviceUrl(remote);
  const headers = { ...remoteHeaders(remote), 'Git-Protocol': 'version=2' };
  try {
    const advertised = await remote.send(`${base}/info/refs?service=git-upload-pack`, { headers });
    const capabilities = succeeded(advertised) ? parseUploadPackAdvertisement(advertised.body) : undefined;
    if (!capabilities || !fetchesFiltered(capabilities)) return undefined;
    const answer = await remote.send(`${base}/git-upload-pack`, {
      method: 'POST',
      headers: {
        ...headers,
        'Content-Type': 'application/x-git-upload-pack-request',
        Accept: 'application/x-git-upload-pack-result',
      },
      body: fetchObjectsRequest({ wants, filter, agent: 'git/shipgate' }),
    });
    return succeeded(answer) ? packFromFetchAnswer(answer.body) : undefined;
  } catch {
    // No answer, or one this process cannot read: git asks again when it misses the objects.
    return undefined;
  }
}
