// Imported first by entry points whose bundle holds @kubernetes-models/validate: its
// ajv-formats-draft2019 requires Node's deprecated `punycode` module (DEP0040) while the bundle
// loads, before any of our code runs, so this must be a module evaluated ahead of the action.
import { silenceDeprecation } from './deprecations';

silenceDeprecation('DEP0040');
