import { Injectable } from '@nestjs/common';
import { inRequestedOrder } from '@forum/api/platform';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { AuditLog, auditChanges, type Viewer } from '@forum/api/identity';
import { AuditAction, AuditTargetType } from '@forum/shared/domain';
import { DataSource, type EntityManager, In, QueryFailedError, Repository } from 'typeorm';
import { QnaException, QnaExceptionCode } from '../qna.exception.js';
import { ProductEntity } from './product.entity.js';

@Injectable()
export class ProductService {
  constructor(
    @InjectRepository(ProductEntity) private readonly products: Repository<ProductEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
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
    viewer: Viewer,
    id: string,
    changes: { name?: string | null; description?: string | null },
  ): Promise<ProductEntity> {
    return this.dataSource.transaction(async (manager) => {
      const product = await manager.findOne(ProductEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!product)
        throw new QnaException(QnaExceptionCode.ProductNotFound, 'There is no such product area.');
      const before = detailsOf(product);
      if (changes.name) product.name = changes.name.trim();
      if (changes.description !== undefined && changes.description !== null)
        product.description = changes.description.trim() || null;
      const saved = await manager.save(product);
      const changed = auditChanges(before, detailsOf(saved));
      if (changed) {
        await this.audit.record(manager, viewer, {
          action: AuditAction.ProductUpdated,
          targetType: AuditTargetType.Product,
          targetId: saved.id,
          ...changed,
        });
      }
      return saved;
    });
  }

  async create(
    viewer: Viewer,
    slug: string,
    name: string,
    description: string | null,
  ): Promise<ProductEntity> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const product = await manager.save(
          manager.create(ProductEntity, { slug, name: name.trim(), description }),
        );
        await this.audit.record(manager, viewer, {
          action: AuditAction.ProductCreated,
          targetType: AuditTargetType.Product,
          targetId: product.id,
          after: { slug: product.slug, ...detailsOf(product) },
        });
        return product;
      });
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

function detailsOf(product: ProductEntity): Record<string, unknown> {
  return { name: product.name, description: product.description };
}
