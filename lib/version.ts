import pkg from '@/package.json';

/** The app's version as released, reported by the health route and the footer of receipts. */
export const APP_VERSION: string = pkg.version;
