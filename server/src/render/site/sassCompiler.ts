// What the preview uses of Sass, built as a bundle of its own (dist/sass.js, 7 MB of the renderer's 9): only the
// site's job loads it, so that a render worker, which never compiles Sass, starts without parsing it.
export { compileString, info, Logger } from 'sass';
