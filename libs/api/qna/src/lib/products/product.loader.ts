import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import { ProductEntity } from './product.entity.js';

/** Batches the product areas of every question in a list into one query per request. */
@Injectable()
export class ProductLoader {
  private readonly perRequest = new WeakMap<object, DataLoader<string, ProductEntity | null>>();

  constructor(
    @InjectRepository(ProductEntity) private readonly products: Repository<ProductEntity>,
  ) {}

  load(request: object, id: string): Promise<ProductEntity | null> {
    let loader = this.perRequest.get(request);
    if (!loader) {
      loader = new DataLoader(async (ids: readonly string[]) => {
        const rows = await this.products.findBy({ id: In([...ids]) });
        return ids.map((id) => rows.find((row) => row.id === id) ?? null);
      });
      this.perRequest.set(request, loader);
    }
    return loader.load(id);
  }
}
