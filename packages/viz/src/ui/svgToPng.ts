import { svgText } from './svgText.js';

/**
 * Renders a chart to PNG on a canvas (the SVG is loaded as an image from a blob: URL, so no markup is
 * injected into the page).
 * @param svg - a chart element with `width`/`height` or a `viewBox`
 * @param scale - device pixels per SVG px (default 2, sharp on a projector and in slides)
 * @returns the PNG
 */
export async function svgToPng(svg: SVGSVGElement, scale: number = 2): Promise<Blob> {
  const box = svg.viewBox.baseVal;
  const width = Number(svg.getAttribute('width')) || box?.width || 640;
  const height = Number(svg.getAttribute('height')) || box?.height || 360;
  const url = URL.createObjectURL(new Blob([svgText(svg)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas context');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('canvas.toBlob failed'))), 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
