// Starts the Vendure server on $PORT with the SQLite file $VENDURE_DB and prints one line
// "vendure ready in N ms" when the APIs listen. It exits by itself when the process that started
// it ($VENDURE_PARENT_PID) is gone, so a test run that dies never leaves a server behind.
process.env.VENDURE_DISABLE_TELEMETRY = 'true';
const { bootstrap } = require('@vendure/core');
const { config } = require('./config');

const parent = Number(process.env.VENDURE_PARENT_PID || 0);
if (parent) {
  setInterval(() => {
    if (process.ppid !== parent) {
      console.error(`parent ${parent} is gone: exiting`);
      process.exit(0);
    }
  }, 500).unref();
}

const t0 = Date.now();
bootstrap(config)
  .then(app => {
    console.log(`vendure ready in ${Date.now() - t0} ms on port ${config.apiOptions.port}`);
    const close = signal => {
      console.log(`${signal}: closing`);
      app.close().finally(() => process.exit(0));
      setTimeout(() => process.exit(0), 5000).unref();
    };
    process.once('SIGTERM', () => close('SIGTERM'));
    process.once('SIGINT', () => close('SIGINT'));
  })
  .catch(e => {
    console.error(e);
    process.exit(1);
  });
