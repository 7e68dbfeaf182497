// Puppeteer (pulled in by pa11y) must never download its own Chrome: this network
// cannot reach Google's servers and CI uses the system Chromium instead.
// Caveat finds a browser itself (CHROME_PATH, puppeteer's cache, /usr/bin/chromium…).
module.exports = { skipDownload: true };
