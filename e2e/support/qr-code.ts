import decodeQR from "@paulmillr/qr/decode.js";
import { expect, type Browser, type Locator } from "@playwright/test";

/**
 * Reads the QR code a person would see: a screenshot of the element, turned into pixels by a
 * blank page's canvas (our pages' CSP keeps data: images off scripts' hands), then decoded.
 * Proves the drawn code itself encodes the address, not only that the server meant it to.
 */
export async function readQrCode(browser: Browser, code: Locator): Promise<string> {
  const png = await code.screenshot();
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const pixels = await page.evaluate(async (source) => {
      const image = new Image();
      image.src = source;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const drawing = canvas.getContext("2d")!;
      drawing.drawImage(image, 0, 0);
      const { data, width, height } = drawing.getImageData(0, 0, canvas.width, canvas.height);
      return { width, height, data: Array.from(data) };
    }, `data:image/png;base64,${png.toString("base64")}`);
    return decodeQR(pixels);
  } finally {
    await context.close();
  }
}

/** The element is fully inside the viewport and at least `minimum` CSS pixels high. */
export async function expectOnScreen(element: Locator, minimum = 0): Promise<void> {
  await expect(element).toBeVisible();
  await expect(element).toBeInViewport({ ratio: 1 });
  const box = await element.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(minimum);
}
