import '@shipgate/core/silence-punycode';
import { run } from './main';

await run();
