// Vendure configuration for the test back end. Port and SQLite file come from the environment
// (PORT, VENDURE_DB) so that every test server gets its own; tests/sync/vendure_server.py sets them.
const path = require('path');
const { DefaultJobQueuePlugin, DefaultLogger, LogLevel, dummyPaymentHandler } = require('@vendure/core');

const levels = { error: LogLevel.Error, warn: LogLevel.Warn, info: LogLevel.Info, verbose: LogLevel.Verbose, debug: LogLevel.Debug };

exports.config = {
  apiOptions: {
    hostname: '127.0.0.1',
    port: Number(process.env.PORT || 3077),
    adminApiPath: 'admin-api',
    shopApiPath: 'shop-api',
    adminApiPlayground: false,
    shopApiPlayground: false,
  },
  authOptions: {
    tokenMethod: ['bearer', 'cookie'],
    superadminCredentials: {
      identifier: process.env.VENDURE_SUPERADMIN || 'superadmin',
      password: process.env.VENDURE_SUPERADMIN_PASSWORD || 'superadmin',
    },
    cookieOptions: { secret: 'agentdesk-test-only' },
  },
  dbConnectionOptions: {
    type: 'better-sqlite3',
    synchronize: true,
    database: process.env.VENDURE_DB || path.join(__dirname, 'vendure.sqlite'),
    logging: false,
    // A test shop: commits need not survive a power cut, only a killed process (which they do
    // with synchronous = OFF, since SQLite has handed the pages to the OS). Makes writes ~faster.
    prepareDatabase: db => db.pragma('synchronous = OFF'),
  },
  paymentOptions: { paymentMethodHandlers: [dummyPaymentHandler] },
  logger: new DefaultLogger({ level: levels[process.env.VENDURE_LOG_LEVEL || 'info'] ?? LogLevel.Info }),
  plugins: [DefaultJobQueuePlugin],
};
