import type { Language } from '../i18n/languages';

/** One thing the shop sells. Prices are integer cents, so sums never pick up floating-point dust. */
export interface Product {
  id: string;
  name: Record<Language, string>;
  /** US cents. */
  price: number;
  /** A picture in public/products/. */
  image: string;
}

const product = (id: string, price: number, name: Record<Language, string>): Product => ({
  id,
  price,
  name,
  image: `/products/${id}.svg`,
});

/** The whole catalog: small on purpose, and fixed, so prices cannot change under a cart. */
export const PRODUCTS: readonly Product[] = [
  product('green-tea', 450, { en: 'Green tea', ko: '녹차', es: 'Té verde' }),
  product('coffee-beans', 1299, { en: 'Coffee beans', ko: '커피 원두', es: 'Café en grano' }),
  product('croissant', 325, { en: 'Croissant', ko: '크루아상', es: 'Cruasán' }),
  product('shortbread', 599, { en: 'Shortbread', ko: '쇼트브레드', es: 'Galletas de mantequilla' }),
  product('apple', 89, { en: 'Apple', ko: '사과', es: 'Manzana' }),
  product('honey', 875, { en: 'Honey', ko: '꿀', es: 'Miel' }),
  product('mug', 1450, { en: 'Mug', ko: '머그잔', es: 'Taza' }),
  product('notebook', 695, { en: 'Notebook', ko: '공책', es: 'Cuaderno' }),
  product('pencil', 125, { en: 'Pencil', ko: '연필', es: 'Lápiz' }),
  product('umbrella', 2499, { en: 'Umbrella', ko: '우산', es: 'Paraguas' }),
];

const byId = new Map(PRODUCTS.map((p) => [p.id, p]));

export function findProduct(id: string): Product | undefined {
  return byId.get(id);
}

/** The catalog as the API sends it: names in the visitor's language, prices in cents. */
export function catalogView(language: Language) {
  return PRODUCTS.map((p) => ({ id: p.id, name: p.name[language], price: p.price }));
}
