import type { Type } from '@nestjs/common';

/** The support desk's tables; each part of the desk adds its entities here. */
export const supportEntities: Type[] = [];
