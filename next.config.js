// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm test` type-checks the whole project just before it builds; it sets this to skip Next's second pass.
  typescript: { ignoreBuildErrors: process.env.LEDE_SKIP_TYPECHECK === '1' },
  images: {
    formats: ['image/avif', 'image/webp'],
    deviceSizes: [360, 480, 640, 750, 828, 1080, 1280, 1600],
    imageSizes: [96, 128, 192, 256, 384],
  },
};

module.exports = nextConfig;
