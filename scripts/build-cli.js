// npm run build and postinstall: bundle the CLI into dist/cli/ (bin/cli-bundle.js says why).
import { buildBundle } from '../bin/cli-bundle.js';

const { bundle, inputs } = await buildBundle();
console.log(`[cli] bundled ${inputs.length} source files into ${bundle}`);
