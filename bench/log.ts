/** Progress lines on stderr, with the time: `[bench 12:34:56] ...`. */
export const log = (message: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
