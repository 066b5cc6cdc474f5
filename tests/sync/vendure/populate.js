// Creates a new SQLite file ($VENDURE_DB) with the shop's initial data: English, three zones, a 25 %
// tax rate, one shipping method, a manual payment method that settles at once, five countries, DKK
// as the channel's currency and the products in products.csv. Exits non-zero on any error: the
// @vendure/core/cli helpers only log theirs.
process.env.VENDURE_DISABLE_TELEMETRY = 'true';
const path = require('path');
const fs = require('fs');
const { bootstrap, dummyPaymentHandler, ChannelService, RequestContextService, CurrencyCode } = require('@vendure/core');
const { populateInitialData, importProductsFromCsv } = require('@vendure/core/cli');
const { config } = require('./config');

const initialData = {
  defaultLanguage: 'en',
  defaultZone: 'Europe',
  taxRates: [{ name: 'Standard Tax', percentage: 25 }],
  shippingMethods: [{ name: 'Standard Shipping', price: 4900 }],
  paymentMethods: [
    {
      name: 'Manual',
      handler: { code: dummyPaymentHandler.code, arguments: [{ name: 'automaticSettle', value: 'true' }] },
    },
  ],
  countries: [
    { name: 'Denmark', code: 'DK', zone: 'Europe' },
    { name: 'United Kingdom', code: 'GB', zone: 'Europe' },
    { name: 'Egypt', code: 'EG', zone: 'Africa' },
    { name: 'Indonesia', code: 'ID', zone: 'Asia' },
    { name: 'Viet Nam', code: 'VN', zone: 'Asia' },
  ],
  collections: [],
};

async function main() {
  const t0 = Date.now();
  const db = config.dbConnectionOptions.database;
  if (fs.existsSync(db)) throw new Error(`${db} exists already: populate needs a new file`);
  const app = await bootstrap(config);
  try {
    await populateInitialData(app, initialData);
    const ctx = await app.get(RequestContextService).create({ apiType: 'admin' });
    const channels = app.get(ChannelService);
    const channel = await channels.getDefaultChannel(ctx);
    await channels.update(ctx, {
      id: channel.id,
      defaultCurrencyCode: CurrencyCode.DKK,
      availableCurrencyCodes: [CurrencyCode.DKK],
    });
    const result = await importProductsFromCsv(app, path.join(__dirname, 'products.csv'), 'en');
    if (result.errors && result.errors.length) throw new Error(`product import: ${result.errors.join('; ')}`);
    if (!result.imported) throw new Error('product import: no products imported');
    console.log(`populated ${db} with ${result.imported} products in ${Date.now() - t0} ms`);
  } finally {
    await app.close();
  }
}

main().then(
  () => process.exit(0),
  e => {
    console.error(e);
    process.exit(1);
  },
);
