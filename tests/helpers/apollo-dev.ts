// Apollo Client 4 prints its warnings ("Cache data may be lost" ...) only in development builds:
// without the `development` export condition it reads globalThis.__DEV__ once, when it loads.
// Import this module before @apollo/client so the client-cache tests see every warning.
(globalThis as { __DEV__?: boolean }).__DEV__ = true;
