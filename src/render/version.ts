/** The app's version, written into every export (a test keeps it equal to package.json). */
export const APP_VERSION = '0.1.0';
