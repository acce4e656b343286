#!/usr/bin/env node
import '@shipgate/core/silence-punycode';
import { runCli } from './main';

process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
