import '@swc-node/register/esm-register';

export default async function globalTeardown() {
  const { default: teardown } = await import('./src/global-teardown.ts');
  await teardown();
}
