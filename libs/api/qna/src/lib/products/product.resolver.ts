import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type Viewer } from '@forum/api/identity';
import { CreateProductInput } from './dto/create-product.input.js';
import { UpdateProductInput } from './dto/update-product.input.js';
import { toProduct } from './product.mapper.js';
import { Product } from './product.model.js';
import { ProductService } from './product.service.js';

@Resolver(() => Product)
export class ProductResolver {
  constructor(private readonly productService: ProductService) {}

  @Query(() => [Product], { description: 'Product areas, by name.' })
  async products(): Promise<Product[]> {
    return (await this.productService.list()).map(toProduct);
  }

  @Mutation(() => Product, { description: 'Adds a product area. Admins.' })
  async createProduct(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The product area.' }) input: CreateProductInput,
  ): Promise<Product> {
    return toProduct(
      await this.productService.create(viewer, input.slug, input.name, input.description ?? null),
    );
  }

  @Mutation(() => Product, { description: "Changes a product area's name or description. Admins." })
  async updateProduct(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The product area and the changes.' }) input: UpdateProductInput,
  ): Promise<Product> {
    return toProduct(await this.productService.update(viewer, input.id, input));
  }
}
