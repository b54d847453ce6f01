// Parse GIFT files with gift-pegjs (an independent parser) and print a JSON summary; exit 1 on a syntax error.
const fs = require("fs");
const { parse } = require("gift-pegjs");
const results = {};
for (const file of process.argv.slice(2)) {
  try {
    results[file] = parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    console.error(`${file}: ${error.message}`);
    process.exit(1);
  }
}
process.stdout.write(JSON.stringify(results));
