// Lokalatih: runs the built site's own search worker (Material's, with the lunr 2.3.9 it bundles and the language
// scripts it imports) in Node, to measure search quality without a browser. Nothing here is used by the site.
// stdin: {"worker": path of the site's workers/search.*.min.js, "index": search_index.json's content,
//         "queries": [...], "words": [...]}
// stdout: {"pages": [[page location, ...] per query], in the order the search box lists them,
//          "stems": {word: what the index's language plugin makes of it as a searched word}} (no plugin: as typed)
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const request = JSON.parse(fs.readFileSync(0, "utf8"));
const replies = [];
const context = {
  console,
  URL,
  setTimeout,
  postMessage: (message) => replies.push(message),
  addEventListener: (type, listener) => { if (type === "message") context.onmessage = listener },
  // A worker imports "../lunr/min/lunr.<lang>.min.js" relative to its own address, as this does.
  importScripts: (...urls) => {
    for (const url of urls) {
      const file = path.resolve(path.dirname(request.worker), url);
      vm.runInContext(fs.readFileSync(file, "utf8"), context, { filename: file });
    }
  },
};
context.self = context;
vm.createContext(context);
vm.runInContext(fs.readFileSync(request.worker, "utf8"), context, { filename: request.worker });

async function ask(message) {
  const before = replies.length;
  context.onmessage({ data: message });
  while (replies.length === before) await new Promise((resolve) => setTimeout(resolve, 0));
  return replies[replies.length - 1];
}

(async () => {
  const index = request.index;
  await ask({ type: 0, data: { config: index.config, docs: index.docs, options: { suggest: false } } });
  const pages = [];
  for (const query of request.queries) {
    const reply = await ask({ type: 2, data: query });
    // Material groups the results by page; a group's first item is the page or its best section.
    pages.push(reply.data.items.map((group) => group[0].location.split("#")[0]));
  }
  const stems = {};
  const language = context.lunr[index.config.lang[0]];
  for (const word of request.words || []) {
    const token = new context.lunr.Token(word);
    stems[word] = language && language.queryStemmer ? language.queryStemmer(token).toString() : word;
  }
  process.stdout.write(JSON.stringify({ pages, stems }));
})();
