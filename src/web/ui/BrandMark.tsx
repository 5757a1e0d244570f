/** The product mark: a simple house/roof shape, drawn inline so no external image is needed. */
export function BrandMark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false" className="brand-mark">
      <rect width="64" height="64" rx="12" fill="currentColor" />
      <path className="brand-mark__fg" d="M14 46V30l18-14 18 14v16H38V36H26v10z" fill="#fff" />
    </svg>
  );
}
