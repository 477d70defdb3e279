import {
  anonymousOperation,
  OperationLabels,
  otherOperation,
  maxUntrustedOperationNames,
} from './operation-labels.js';

describe('OperationLabels', () => {
  it('keeps the names of trusted operations however many other names came first', () => {
    const labels = new OperationLabels(
      ['query QuestionPage($id: ID!) { question(id: $id) { id } }', 'mutation Vote { x }'],
      2,
    );
    expect(labels.labelOf('Probe1')).toBe('Probe1');
    expect(labels.labelOf('Probe2')).toBe('Probe2');
    expect(labels.labelOf('Probe3')).toBe(otherOperation);
    expect(labels.labelOf('QuestionPage')).toBe('QuestionPage');
    expect(labels.labelOf('Vote')).toBe('Vote');
  });

  it('gives the first other names their own label and counts the rest as other', () => {
    const labels = new OperationLabels();
    const names = Array.from({ length: maxUntrustedOperationNames + 5 }, (_, i) => `Op${i}`);
    const seen = names.map((name) => labels.labelOf(name));
    expect(seen.slice(0, maxUntrustedOperationNames)).toEqual(
      names.slice(0, maxUntrustedOperationNames),
    );
    expect(new Set(seen.slice(maxUntrustedOperationNames))).toEqual(new Set([otherOperation]));
    // A name that got a label keeps it.
    expect(labels.labelOf('Op0')).toBe('Op0');
  });

  it('labels unnamed operations and overlong names without using up the bound', () => {
    const labels = new OperationLabels([], 1);
    expect(labels.labelOf(undefined)).toBe(anonymousOperation);
    expect(labels.labelOf('')).toBe(anonymousOperation);
    expect(labels.labelOf('N'.repeat(101))).toBe(otherOperation);
    expect(labels.labelOf('Short')).toBe('Short');
  });
});
