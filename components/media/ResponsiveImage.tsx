import { getImageProps } from 'next/image';
import { preload } from 'react-dom';

interface ResponsiveImageProps {
  readonly src: string;
  readonly alt: string;
  readonly width: number;
  readonly height: number;
  /** Slot widths per breakpoint, as for next/image; decides which file a phone downloads */
  readonly sizes: string;
  readonly className?: string;
  /** The page's largest paint: fetched early, at high priority, never lazily */
  readonly priority?: boolean;
}

/**
 * A next/image-optimised picture (srcset of resized WebP, width and height
 * reserved) rendered as a plain `<img>` by the server. `<Image>` itself is a
 * client component: every page using it ships about 6 KB of gzipped
 * JavaScript to hydrate pictures that never change, which took article
 * pages past the JavaScript budget (framework floor + 5 KB, see
 * e2e/budgets/). getImageProps gives the same attributes without the client
 * code, and React's preload() puts the same `<link rel=preload>` in the head.
 */
export function ResponsiveImage({ src, alt, width, height, sizes, className, priority = false }: ResponsiveImageProps) {
  const { props } = getImageProps({
    src,
    alt,
    width,
    height,
    sizes,
    ...(className ? { className } : {}),
    ...(priority ? { preload: true, fetchPriority: 'high' as const } : {}),
  });
  if (priority) {
    preload(props.src, { as: 'image', fetchPriority: 'high', ...(props.srcSet ? { imageSrcSet: props.srcSet } : {}), ...(props.sizes ? { imageSizes: props.sizes } : {}) });
  }
  // getImageProps passes alt through unchanged; naming it again lets jsx-a11y/alt-text see it.
  // eslint-disable-next-line @next/next/no-img-element -- on purpose: <Image> ships client JavaScript (see above)
  return <img {...props} alt={alt} />;
}
