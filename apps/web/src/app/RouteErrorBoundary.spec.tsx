import { jest } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import { RouteErrorBoundary } from './RouteErrorBoundary';

function Broken(): never {
  throw new Error('boom');
}

describe('RouteErrorBoundary', () => {
  it('shows the fallback instead of a page that throws', () => {
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);

    render(
      <RouteErrorBoundary fallback={<p>Something went wrong</p>}>
        <Broken />
      </RouteErrorBoundary>,
    );

    expect(screen.getByText('Something went wrong')).toBeInTheDocument();
    consoleError.mockRestore();
  });
});
