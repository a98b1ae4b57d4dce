/** True when this browser can draw the interactive map (MapLibre 6 needs WebGL 2). Browser only. */
export function supportsWebGl2(): boolean {
  try {
    return document.createElement("canvas").getContext("webgl2") !== null;
  } catch {
    return false;
  }
}
