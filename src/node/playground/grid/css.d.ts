// Style sheets imported for their side effect: esbuild bundles them into build/playground-grid.css.
declare module '*.css';
