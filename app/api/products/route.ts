import { apiRoute } from '@/lib/api/api-route';
import { catalogView } from '@/lib/catalog';
import { languageOf } from '@/lib/language';
import { CURRENCY } from '@/lib/money';

/** The catalog, names in the session's language, prices in integer cents. */
export const GET = apiRoute(async ({ session }) => ({ products: catalogView(languageOf(session)), currency: CURRENCY }));
