/* Lokalatih: Indonesian for the site's search (lunr 2.3.9 in Material's search worker). Generated at build time by
   scripts/lokalatih/site/indonesian_search.py from scripts/lokalatih/site/templates/lunr.id.js; do not edit here. */
(function () {
  // every word of the site whose stem (Sastrawi, at build time) differs from it, grouped by stem
  var STEMS = __STEMS__;
  var stemOf = Object.create(null);
  Object.keys(STEMS).forEach(function (stem) {
    STEMS[stem].split(" ").forEach(function (word) { stemOf[word] = stem });
  });
  var terms = Object.create(null); // the index's words, filled as the worker builds it
  var edges = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

  // A searched word the site does not use: strip the standard Indonesian affixes (the inventory Sastrawi and
  // Nazief-Adriani strip: particles, possessives, -kan/-an/-i, di-/ke-/se-/ter-/ber-/me-/pe-/per- with their
  // nasal forms) and take the first result that is a word of the index, so it can only lead to words the site
  // uses; otherwise the word stays as typed (and Material's prefix search still finds what starts with it). -men
  // is the loanwords' ending of rekrutmen, komitmen (from English -ment), which Sastrawi leaves alone.
  var ENDINGS = ["lah", "kah", "tah", "pun", "nya", "ku", "mu", "kan", "an", "i", "men"];
  var BEGINNINGS = [["meng", "k"], ["meny", "s"], ["mem", "p"], ["men", "t"], ["peng", "k"], ["peny", "s"], ["pem", "p"],
    ["pen", "t"], ["menge", ""], ["penge", ""], ["meng", ""], ["mem", ""], ["men", ""], ["me", ""], ["peng", ""],
    ["pem", ""], ["pen", ""], ["per", ""], ["pe", ""], ["ber", ""], ["be", ""], ["ter", ""], ["di", ""], ["ke", ""],
    ["se", ""]];
  function withoutEndings(word) {
    var forms = [word];
    for (var i = 0; i < forms.length; i++)
      ENDINGS.forEach(function (ending) {
        var form = forms[i];
        if (form.length > ending.length + 2 && form.slice(-ending.length) === ending)
          forms.push(form.slice(0, -ending.length));
      });
    return forms;
  }
  function withoutBeginnings(form, depth) {
    var roots = [];
    BEGINNINGS.forEach(function (pair) {
      var prefix = pair[0];
      if (form.length > prefix.length + 2 && form.slice(0, prefix.length) === prefix) {
        var root = pair[1] + form.slice(prefix.length);
        roots.push(root);
        if (depth > 1) roots.push.apply(roots, withoutBeginnings(root, depth - 1)); // di-per-, mem-per-, ke-ber-
      }
    });
    return roots;
  }
  function known(word) {
    return stemOf[word] || (word in terms ? word : null);
  }
  function stem(word) {
    if (stemOf[word] || word in terms) return stemOf[word] || word;
    var forms = withoutEndings(word);
    for (var f = 0; f < forms.length; f++) {
      var found = known(forms[f]);
      if (found) return found;
    }
    for (f = 0; f < forms.length; f++) {
      var roots = withoutBeginnings(forms[f], 2);
      for (var r = 0; r < roots.length; r++) {
        found = roots[r].length > 2 && known(roots[r]);
        if (found) return found;
      }
    }
    return word;
  }

  lunr.id = function () {
    terms = this.invertedIndex;
    this.pipeline.reset();
    this.pipeline.add(lunr.id.trimmer, lunr.id.stemmer);
    this.searchPipeline.reset();
    this.searchPipeline.add(lunr.id.trimmer, lunr.id.queryStemmer);
  };
  lunr.id.trimmer = function (token) {
    return token.update(function (word) { return word.replace(edges, "") });
  };
  // The index keeps each word as written (a word typed halfway still finds it) and adds its stem, so that
  // "rekrut", "merekrut" and "perekrutan" all meet at "rekrut".
  lunr.id.stemmer = function (token) {
    var word = token.toString(), found = stemOf[word];
    return found ? [token, token.clone(function () { return found })] : token;
  };
  lunr.id.queryStemmer = function (token) {
    return token.update(stem);
  };
  lunr.Pipeline.registerFunction(lunr.id.trimmer, "trimmer-id");
  lunr.Pipeline.registerFunction(lunr.id.stemmer, "stemmer-id");
  lunr.Pipeline.registerFunction(lunr.id.queryStemmer, "query-stemmer-id");

  // Material ends every searched word with "*" (a prefix search); lunr runs no pipeline on such a word, so it would
  // never be stemmed. Each clause of a query, the search's and the one Material reads to mark missing words, gets
  // its word stemmed here, with the wildcard kept: "perekrutan*" becomes "rekrut*".
  var clause = lunr.Query.prototype.clause;
  lunr.Query.prototype.clause = function (query) {
    var parts = /^(\*?)([^*]+)(\*?)$/.exec(query.term || "");
    var word = parts && parts[2].replace(edges, "");
    if (word && query.usePipeline === false && parts[3]) query.term = parts[1] + stem(word) + parts[3];
    return clause.call(this, query);
  };
})();
