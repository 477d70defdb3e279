import { ProductsAdmin } from '@forum/web/feature-account';

export function ProductsAdminPage() {
  return <ProductsAdmin />;
}
