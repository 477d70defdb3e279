import { lazy } from 'react';
import { useRoutes, type RouteObject } from 'react-router';
import { AppLayout } from './AppLayout';
import { HomePage } from './pages/HomePage';

// React Router's declarative mode: data comes from urql, not route loaders, and the data router
// would add 19 KB of gzipped JavaScript to every first page (see the web budget).
//
// The home page ships in the entry chunk because it is the first page most visitors see; every
// other page is its own chunk, fetched when it is first visited.
const NotFoundPage = lazy(() =>
  import('./pages/NotFoundPage').then((module) => ({ default: module.NotFoundPage })),
);

export interface AppRoutesProps {
  version: string;
}

export function createRoutes({ version }: AppRoutesProps): RouteObject[] {
  return [
    {
      path: '/',
      element: <AppLayout version={version} />,
      children: [
        { index: true, element: <HomePage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ];
}

export function AppRoutes({ version }: AppRoutesProps) {
  return useRoutes(createRoutes({ version }));
}
