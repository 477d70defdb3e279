import '@testing-library/jest-dom/jest-globals';
import { TextDecoder, TextEncoder } from 'node:util';

// jsdom lacks the encoding API, which React Router touches when it is imported.
globalThis.TextEncoder ??= TextEncoder;
globalThis.TextDecoder ??= TextDecoder;

// jsdom does not lay pages out, so scrolling does nothing.
window.scrollTo = () => undefined;
Element.prototype.scrollIntoView ??= () => undefined;
