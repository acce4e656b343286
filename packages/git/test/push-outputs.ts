// Captured from git 2.39 pushing over http to git http-backend (test/support/git-server.ts).
export const PUSHED = {
  exitCode: 0,
  stdout: 'To http://127.0.0.1:41033/acme/gitops.git\n \tHEAD:refs/heads/main\td66c65e..23baa2b\nDone\n',
  stderr: '',
};
export const LOCKED = {
  exitCode: 1,
  stdout:
    'To http://127.0.0.1:41033/locked.git\n!\tHEAD:refs/heads/main\t[remote rejected] (failed to update ref)\nDone\n',
  stderr:
    "remote: error: cannot lock ref 'refs/heads/main': Unable to create '/tmp/x/locked.git/./refs/heads/main.lock': File exists.        \nremote: \nerror: failed to push some refs to 'http://127.0.0.1:41033/locked.git'\n",
};
export const NON_FAST_FORWARD = {
  exitCode: 1,
  stdout: 'To http://127.0.0.1:41033/acme/gitops.git\n!\tHEAD:refs/heads/main\t[rejected] (non-fast-forward)\nDone\n',
  stderr:
    "error: failed to push some refs to 'http://127.0.0.1:41033/acme/gitops.git'\nhint: Updates were rejected because the tip of your current branch is behind\n",
};
export const FETCH_FIRST = {
  exitCode: 1,
  stdout: 'To http://127.0.0.1:41033/x.git\n!\t4f1c:refs/heads/main\t[rejected] (fetch first)\nDone\n',
  stderr: "error: failed to push some refs to 'http://127.0.0.1:41033/x.git'\n",
};
// An atomic push (a landing: the branch plus the requests it settles), failing client-side on a
// lease and server-side on a ref lock.
export const ATOMIC_STALE_LEASE = {
  exitCode: 1,
  stdout:
    'To http://127.0.0.1:43045/cap.git\n!\tbb86e1d0ce97af2e01205440201588ddae007a31:refs/heads/main\t[rejected] (atomic push failed)\n!\t(delete):refs/shipgate/queue/a\t[rejected] (stale info)\nDone\n',
  stderr: "error: failed to push some refs to 'http://127.0.0.1:43045/cap.git'\n",
};
export const ATOMIC_LOCKED = {
  exitCode: 1,
  stdout:
    'To http://127.0.0.1:43045/cap.git\n!\tbb86e1d0ce97af2e01205440201588ddae007a31:refs/heads/main\t[remote rejected] (atomic transaction failed)\n!\t:refs/shipgate/queue/a\t[remote rejected] (atomic transaction failed)\nDone\n',
  stderr:
    "remote: error: cannot lock ref 'refs/shipgate/queue/a': Unable to create '/tmp/shipgate-git-server-BsFALh/repos/cap.git/./refs/shipgate/queue/a.lock': File exists.        \nremote: \nerror: failed to push some refs to 'http://127.0.0.1:43045/cap.git'\n",
};
export const HOOK_DECLINED = {
  exitCode: 1,
  stdout:
    'To http://127.0.0.1:41033/protected.git\n!\tHEAD:refs/heads/main\t[remote rejected] (pre-receive hook declined)\nDone\n',
  stderr:
    "remote: protected branch: pushes to main are not allowed        \nerror: failed to push some refs to 'http://127.0.0.1:41033/protected.git'\n",
};
export const AUTH_FAILED = {
  exitCode: 128,
  stdout: '',
  stderr: "fatal: could not read Username for 'http://127.0.0.1:41033': terminal prompts disabled\n",
};
export const SERVER_ERROR = {
  exitCode: 1,
  stdout: '',
  stderr:
    'error: RPC failed; HTTP 502 curl 22 The requested URL returned error: 502\nfatal: the remote end hung up unexpectedly\n',
};
export const FORBIDDEN = {
  exitCode: 128,
  stdout: '',
  stderr: "fatal: unable to access 'https://github.com/acme/gitops.git/': The requested URL returned error: 403\n",
};
