const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/**
 * A feed colour as lowercase `#rrggbb` when it is exactly `#rgb` or `#rrggbb`; `undefined` for anything else
 * (names, `rgb()`, `var()`, `;`-injections…), so the value is always safe to put in a CSS custom property.
 */
export function safeColor(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const color = value.trim().toLowerCase();
  if (!HEX.test(color)) return undefined;
  return color.length === 4 ? `#${color[1]}${color[1]}${color[2]}${color[2]}${color[3]}${color[3]}` : color;
}
