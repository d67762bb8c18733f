import type { CardBrand } from '../../lib/og';
import { palette } from '../../lib/og/layout';
import { ShapedText } from './ShapedText';
import { Wordmark } from './Wordmark';

/** The brand on a right-to-left card: the Latin wordmark as on every card, or the edition's shaped name. */
export function RtlBrand({ brand, fontSize }: { readonly brand: CardBrand; readonly fontSize: number }) {
  return brand.kind === 'wordmark' ? <Wordmark name={brand.text} fontSize={fontSize} /> : <ShapedText block={brand.block} color={palette.ink} />;
}
