import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { ProductEntity } from './product.entity.js';
import { ProductService } from './product.service.js';

/** Batches the product areas of every question in a list into one query per request. */
@Injectable()
export class ProductLoader {
  private readonly perRequest = new WeakMap<object, DataLoader<string, ProductEntity | null>>();

  constructor(private readonly products: ProductService) {}

  load(request: object, id: string): Promise<ProductEntity | null> {
    let loader = this.perRequest.get(request);
    if (!loader) {
      loader = new DataLoader((ids: readonly string[]) => this.products.findByIds(ids));
      this.perRequest.set(request, loader);
    }
    return loader.load(id);
  }
}
