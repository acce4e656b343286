#!/usr/bin/env node
import '@shipgate/core/silence-punycode';
import { cancelOnSignals } from '@shipgate/core';
import { runCli } from './main';

// The entry point: SIGINT/SIGTERM cancel the command, which exits with 128 + the signal's number.
const cancellation = cancelOnSignals();
const exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  signal: cancellation.signal,
});
process.exitCode = cancellation.exitCode() ?? exitCode;
cancellation.dispose();
