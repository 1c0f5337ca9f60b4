/*
 * One measured run for bench/csvDecode.bench.ts: `node decodeChild.js <decoder module> <file.csv>`
 * reads the file's bytes and decodes them with that module's csvText (or, before there was one, its
 * decodeCsv), then prints a digest of the text and how many bytes were read by a code page in a file
 * mostly UTF-8, so the bench compares decoders on the very same work and sees whether they agree.
 */
"use strict";
const crypto = require("crypto");
const fs = require("fs");

const [decoderModule, file] = process.argv.slice(2);
const decoder = require(decoderModule);
const bytes = fs.readFileSync(file);
const { text, mixed } = decoder.csvText ? decoder.csvText(bytes) : { text: decoder.decodeCsv(bytes) };
const digest = crypto.createHash("md5").update(text).digest("hex").slice(0, 8);
const read = mixed ? `, ${mixed.at.length.toLocaleString("en-US")} bytes read as ${mixed.page}` : "";
process.stdout.write(`text ${digest}${read}`);
