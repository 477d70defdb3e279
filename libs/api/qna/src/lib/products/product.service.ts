import { Injectable } from '@nestjs/common';
import { inRequestedOrder } from '@forum/api/platform';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, QueryFailedError, Repository } from 'typeorm';
import { QnaException, QnaExceptionCode } from '../qna.exception.js';
import { ProductEntity } from './product.entity.js';

@Injectable()
export class ProductService {
  constructor(
    @InjectRepository(ProductEntity) private readonly products: Repository<ProductEntity>,
  ) {}

  list(): Promise<ProductEntity[]> {
    return this.products.find({ order: { name: 'ASC' } });
  }

  /** Whether the product area exists; pass the caller's manager to check inside its transaction. */
  exists(id: string, manager?: EntityManager): Promise<boolean> {
    return manager ? manager.existsBy(ProductEntity, { id }) : this.products.existsBy({ id });
  }

  /** Loads many product areas in one query, in the order asked (for DataLoader). */
  async findByIds(ids: readonly string[]): Promise<Array<ProductEntity | null>> {
    const rows = await this.products.findBy({ id: In([...ids]) });
    return inRequestedOrder(ids, rows);
  }

  /** These product areas sorted by name in the database's collation; unknown ids are skipped. */
  listByIds(ids: readonly string[]): Promise<ProductEntity[]> {
    return this.products.find({ where: { id: In([...ids]) }, order: { name: 'ASC' } });
  }

  async update(
    id: string,
    changes: { name?: string | null; description?: string | null },
  ): Promise<ProductEntity> {
    const product = await this.products.findOneBy({ id });
    if (!product)
      throw new QnaException(QnaExceptionCode.ProductNotFound, 'There is no such product area.');
    if (changes.name) product.name = changes.name.trim();
    if (changes.description !== undefined && changes.description !== null)
      product.description = changes.description.trim() || null;
    return this.products.save(product);
  }

  async create(slug: string, name: string, description: string | null): Promise<ProductEntity> {
    try {
      return await this.products.save(
        this.products.create({ slug, name: name.trim(), description }),
      );
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { constraint?: string }).constraint === 'product_slug_uq'
      ) {
        throw new QnaException(
          QnaExceptionCode.ProductSlugTaken,
          `A product "${slug}" exists already.`,
        );
      }
      throw error;
    }
  }
}
