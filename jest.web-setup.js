import '@testing-library/jest-dom/jest-globals';
import { TextDecoder, TextEncoder } from 'node:util';
import { jest } from '@jest/globals';
import { configure } from '@testing-library/react';

// `findBy…` and `waitFor` give up after one second by default, and a test after five; on a busy
// two-core machine rendering and debounced updates can take longer than that.
configure({ asyncUtilTimeout: 5_000 });
jest.setTimeout(20_000);

// jsdom lacks the encoding API, which React Router touches when it is imported.
globalThis.TextEncoder ??= TextEncoder;
globalThis.TextDecoder ??= TextDecoder;

// jsdom does not lay pages out, so scrolling does nothing.
window.scrollTo = () => undefined;
Element.prototype.scrollIntoView ??= () => undefined;
