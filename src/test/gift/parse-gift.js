// Reads a GIFT file with gift-pegjs, a parser independent of Steppe Brief's writer, and prints
// the questions it finds as JSON on standard output. Exit status 1 with the parser's message and
// location on standard error when the file does not parse.
"use strict";
const fs = require("fs");
const { parse } = require("gift-pegjs");

const file = process.argv[2];
if (!file) {
  process.stderr.write("usage: node parse-gift.js FILE.gift\n");
  process.exit(2);
}
try {
  const questions = parse(fs.readFileSync(file, "utf8"));
  process.stdout.write(JSON.stringify(questions, null, 1));
} catch (e) {
  const at = e.location ? ` at line ${e.location.start.line}, column ${e.location.start.column}` : "";
  process.stderr.write(`${e.name}: ${e.message}${at}\n`);
  process.exit(1);
}
