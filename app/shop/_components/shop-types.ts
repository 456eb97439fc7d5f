/** What the shop page hands its client parts: names and prices already in the visitor's language. */
export interface ShopProduct {
  id: string;
  name: string;
  price: string;
  image: string;
  /** How many the cart holds now. */
  inCart: number;
}

export interface ShopCartLine {
  productId: string;
  name: string;
  quantity: number;
  unitPrice: string;
  lineTotal: string;
}

export interface ShopCart {
  lines: ShopCartLine[];
  itemCount: number;
  total: string;
}
