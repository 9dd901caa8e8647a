// Picks Phaser's renderer. WebGL when the GPU really draws; the canvas renderer when WebGL would run on a software
// rasteriser (SwiftShader, llvmpipe: headless Chromium, school laptops without GPU drivers). Measured in headless
// Chromium on the project's 2-core machine: an empty Phaser 4 WebGL scene with one full-screen render texture fell
// from 60 to about 5 frames per second, while the canvas renderer kept 60 with the same content.

const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|basic render driver|mesa offscreen/i;

export type RendererKind = 'webgl' | 'canvas';

/** The GPU description WebGL reports, or null when WebGL is unavailable. */
function webglRendererName(): string | null {
  const probe = document.createElement('canvas');
  const gl = probe.getContext('webgl2') ?? probe.getContext('webgl');
  if (!gl) return null;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
  // Give the probe context back at once: browsers allow only a few live WebGL contexts.
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return name;
}

export function chooseRenderer(): RendererKind {
  try {
    const name = webglRendererName();
    return name !== null && !SOFTWARE_RENDERERS.test(name) ? 'webgl' : 'canvas';
  } catch {
    return 'canvas';
  }
}
