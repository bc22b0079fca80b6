/** Stylesheets are bundled by Vite into a file of their own. */
declare module '*.css';
