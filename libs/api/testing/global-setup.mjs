// Jest loads global setup with Node itself, outside its module system and path aliases, so the
// TypeScript set-up runs through SWC's loader hooks.
import '@swc-node/register/esm-register';

export default async function globalSetup() {
  const { default: setup } = await import('./src/global-setup.ts');
  await setup();
}
