import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { IdentityException, IdentityExceptionCode } from '../identity.exception.js';
import type { RequestWithViewer, Viewer } from '../viewer/viewer.js';

export function viewerOf(context: ExecutionContext): Viewer | undefined {
  const request =
    context.getType<string>() === 'graphql'
      ? GqlExecutionContext.create(context).getContext<{ req: RequestWithViewer }>().req
      : context.switchToHttp().getRequest<RequestWithViewer>();
  return request.viewer;
}

/** The signed-in person making the request; undefined for visitors. */
export const OptionalViewer = createParamDecorator((_: unknown, context: ExecutionContext) =>
  viewerOf(context),
);

/** The signed-in person making the request; visitors get NOT_SIGNED_IN. */
export const CurrentViewer = createParamDecorator((_: unknown, context: ExecutionContext) => {
  const viewer = viewerOf(context);
  if (!viewer)
    throw new IdentityException(IdentityExceptionCode.NotSignedIn, 'Please sign in first.');
  return viewer;
});
