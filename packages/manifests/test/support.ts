import type { Exec, ExecOptions } from '@shipgate/core';
import { parseManifestStream, type Resource } from '../src/documents';

export const DIGEST_A = `sha256:${'a'.repeat(64)}`;
export const DIGEST_B = `sha256:${'b'.repeat(64)}`;

export interface RecordedCall {
  command: string;
  args: readonly string[];
  options: ExecOptions | undefined;
}

/** An Exec that records its calls and answers with `stdout`, for tests of argument building. */
export function recordingExec(stdout: string): { exec: Exec; calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const exec: Exec = async (command, args, options) => {
    calls.push({ command, args, options });
    return { exitCode: 0, stdout, stderr: '' };
  };
  return { exec, calls };
}

export function resources(yaml: string, origin = 'test.yaml'): Resource[] {
  return parseManifestStream(yaml, origin);
}

export function deployment(name: string, image: string, extra = ''): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  selector:
    matchLabels: { app: ${name} }
  template:
    metadata:
      labels: { app: ${name} }
    spec:
      containers:
        - name: app
          image: ${image}
${extra}`;
}
