import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error';
import {
  addItem,
  CartLimitError,
  itemCount,
  MAX_LINES,
  MAX_QUANTITY,
  priceLines,
  readCart,
  removeItem,
  setQuantity,
  type CartLine,
} from './cart';
import { cartView } from './cart-view';
import { formatPrice } from './money';

/** A cart of `n` different products, one each. */
const cartOf = (n: number): CartLine[] => Array.from({ length: n }, (_, i) => ({ productId: `p${i}`, quantity: 1 }));

function refusal(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return { status: error.status, code: error.code, limit: (error as CartLimitError).limit };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('addItem', () => {
  it('starts a line, then increments the same line instead of adding a second one', () => {
    const once = addItem([], 'tea', 2);
    expect(once).toEqual([{ productId: 'tea', quantity: 2 }]);
    expect(addItem(once, 'tea', 3)).toEqual([{ productId: 'tea', quantity: 5 }]);
  });

  it('keeps the order lines were added in', () => {
    const cart = addItem(addItem(addItem([], 'a', 1), 'b', 1), 'a', 1);
    expect(cart.map((line) => line.productId)).toEqual(['a', 'b']);
  });

  it('does not change the cart it was given', () => {
    const cart: CartLine[] = [{ productId: 'tea', quantity: 1 }];
    addItem(cart, 'tea', 1);
    addItem(cart, 'mug', 1);
    expect(cart).toEqual([{ productId: 'tea', quantity: 1 }]);
  });

  it(`allows exactly ${MAX_QUANTITY} on a line and refuses one more`, () => {
    const full = addItem(addItem([], 'tea', 98), 'tea', 1);
    expect(full).toEqual([{ productId: 'tea', quantity: MAX_QUANTITY }]);
    expect(refusal(() => addItem(full, 'tea', 1))).toEqual({ status: 400, code: 'cart_limit', limit: 'quantity' });
    expect(refusal(() => addItem([{ productId: 'tea', quantity: 50 }], 'tea', 50))).toMatchObject({ limit: 'quantity' });
  });

  it(`allows ${MAX_LINES} lines and refuses a new product after that, but still adds to existing lines`, () => {
    const full = addItem(cartOf(MAX_LINES - 1), 'last', 1);
    expect(full).toHaveLength(MAX_LINES);
    expect(refusal(() => addItem(full, 'one-more', 1))).toEqual({ status: 400, code: 'cart_limit', limit: 'lines' });
    expect(addItem(full, 'p0', 1)[0]).toEqual({ productId: 'p0', quantity: 2 });
  });

  it.each([0, -1, 1.5, 100, Number.NaN, Number.POSITIVE_INFINITY])('refuses quantity %s as invalid input', (quantity) => {
    expect(refusal(() => addItem([], 'tea', quantity))).toMatchObject({ status: 400, code: 'invalid_input' });
  });
});

describe('setQuantity', () => {
  const cart: CartLine[] = [
    { productId: 'tea', quantity: 2 },
    { productId: 'mug', quantity: 1 },
  ];

  it('sets the exact quantity in place', () => {
    expect(setQuantity(cart, 'tea', 7)).toEqual([
      { productId: 'tea', quantity: 7 },
      { productId: 'mug', quantity: 1 },
    ]);
    expect(setQuantity(cart, 'tea', MAX_QUANTITY)[0]?.quantity).toBe(MAX_QUANTITY);
  });

  it('0 removes the line', () => {
    expect(setQuantity(cart, 'tea', 0)).toEqual([{ productId: 'mug', quantity: 1 }]);
  });

  it('gives a product not in the cart a new line, within the line limit', () => {
    expect(setQuantity(cart, 'pen', 3).at(-1)).toEqual({ productId: 'pen', quantity: 3 });
    expect(refusal(() => setQuantity(cartOf(MAX_LINES), 'pen', 3))).toMatchObject({ code: 'cart_limit', limit: 'lines' });
  });

  it.each([-1, 2.5, 100])('refuses quantity %s', (quantity) => {
    expect(refusal(() => setQuantity(cart, 'tea', quantity))).toMatchObject({ status: 400, code: 'invalid_input' });
  });
});

describe('removeItem', () => {
  it('drops only that line, and removing a missing product changes nothing', () => {
    const cart = cartOf(3);
    expect(removeItem(cart, 'p1').map((line) => line.productId)).toEqual(['p0', 'p2']);
    expect(removeItem(cart, 'nope')).toEqual(cart);
  });
});

describe('readCart (whatever the attribute holds)', () => {
  it.each([undefined, null, 'tea', 42, {}, { productId: 'tea', quantity: 1 }])('treats %j as an empty cart', (stored) => {
    expect(readCart(stored)).toEqual([]);
  });

  it('drops malformed lines and merges repeated products, capped at the line limit', () => {
    expect(
      readCart([
        { productId: 'tea', quantity: 2 },
        { productId: 'tea', quantity: 3 },
        { productId: 'mug', quantity: 0 },
        { productId: 'pen', quantity: 1.5 },
        { productId: 7, quantity: 1 },
        null,
        { productId: 'jam', quantity: 98 },
        { productId: 'jam', quantity: 5 },
      ]),
    ).toEqual([
      { productId: 'tea', quantity: 5 },
      { productId: 'jam', quantity: MAX_QUANTITY },
    ]);
  });

  it(`keeps at most ${MAX_LINES} lines`, () => {
    expect(readCart(cartOf(MAX_LINES + 5))).toHaveLength(MAX_LINES);
  });
});

describe('totals', () => {
  it('are integer cents, with no floating-point drift', () => {
    // In dollars, 0.1 + 0.2 !== 0.3; in cents it is exact.
    const { items, total } = priceLines([
      { productId: 'a', unitPrice: 10, quantity: 1 },
      { productId: 'b', unitPrice: 20, quantity: 1 },
      { productId: 'c', unitPrice: 89, quantity: 3 },
    ]);
    expect(items.map((item) => item.lineTotal)).toEqual([10, 20, 267]);
    expect(total).toBe(297);
    expect(Number.isInteger(total)).toBe(true);
  });

  it('the cart view joins the catalog: names in the language asked for, unknown products left out', () => {
    const view = cartView(
      [
        { productId: 'apple', quantity: 3 },
        { productId: 'discontinued', quantity: 1 },
        { productId: 'umbrella', quantity: 2 },
      ],
      'es',
    );
    expect(view).toEqual({
      items: [
        { productId: 'apple', name: 'Manzana', unitPrice: 89, quantity: 3, lineTotal: 267 },
        { productId: 'umbrella', name: 'Paraguas', unitPrice: 2499, quantity: 2, lineTotal: 4998 },
      ],
      total: 5265,
      currency: 'USD',
    });
  });

  it('the biggest possible cart still totals exactly', () => {
    const lines = cartOf(MAX_LINES).map((line) => ({ ...line, quantity: MAX_QUANTITY, unitPrice: 2499 }));
    expect(priceLines(lines).total).toBe(MAX_LINES * MAX_QUANTITY * 2499);
  });

  it('counts items across lines', () => {
    expect(
      itemCount([
        { productId: 'a', quantity: 2 },
        { productId: 'b', quantity: 5 },
      ]),
    ).toBe(7);
  });
});

describe('formatPrice', () => {
  // Intl separates the Spanish amount and symbol with a no-break space.
  it.each([
    ['en', 123456, '$1,234.56'],
    ['ko', 123456, 'US$1,234.56'],
    ['es', 5265, '52,65\u00a0US$'],
    ['en', 89, '$0.89'],
  ] as const)('%s %i → %s', (language, cents, expected) => {
    expect(formatPrice(cents, language)).toBe(expected);
  });
});
