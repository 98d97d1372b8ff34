import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { printSchemaText } from '../api/src/schema';

describe('schema.graphql', () => {
  it('is exactly what the code generates (run `npm run schema` after changing the API)', async () => {
    const committed = await readFile(path.join(__dirname, '..', 'schema.graphql'), 'utf8');
    expect(committed).toBe(await printSchemaText());
  });
});
