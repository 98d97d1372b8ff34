/** `npm run schema`: writes schema.graphql from the code. A test fails when it is stale. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { printSchemaText } from '../schema';

printSchemaText()
  .then(async (text) => {
    await writeFile(path.join(PROJECT_ROOT, 'schema.graphql'), text);
    console.log('schema.graphql written');
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
