import { jest } from '@jest/globals';

// Jest takes `testTimeout` from the root configuration only and ignores it in a project, so the
// Node projects set theirs here. Their tests start servers, spawn processes and wait for queues;
// on a busy two-core machine one test can take well over Jest's default of five seconds.
jest.setTimeout(60_000);
