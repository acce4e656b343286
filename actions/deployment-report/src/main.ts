import { InputReader, type Runtime } from '@shipgate/core';
export async function run(runtime: Runtime): Promise<void> {
  const inputs = new InputReader(runtime);
  const app = inputs.required('app');
  runtime.log.info(`app ${app}`);
  runtime.setOutput('report', { app });
}
