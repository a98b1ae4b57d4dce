// The same card for X (Twitter). Route segment options are read from each file's own source, so
// runtime and dynamic are repeated here; the image and its metadata are re-exported.
export { default, generateImageMetadata, size, contentType } from "./opengraph-image";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";
