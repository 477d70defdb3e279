import type { ProductEntity } from './product.entity.js';
import { Product } from './product.model.js';

export function toProduct(entity: ProductEntity): Product {
  return Object.assign(new Product(), {
    id: entity.id,
    slug: entity.slug,
    name: entity.name,
    description: entity.description,
  });
}
