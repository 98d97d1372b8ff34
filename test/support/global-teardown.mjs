export default async function globalTeardown() {
  await globalThis.__TIAOJIE_TEST_PG__?.stop();
}
