// natopress check page: accept, reject or correct each suggestion of a draft, save, mark checked.
// Offsets are Unicode code points (the text is held as an array of code points), end exclusive.
(function () {
  "use strict";
  var FACTS = ["title", "published", "updated", "event_date"];
  var WORD = /[\p{L}\p{N}\p{M}]/u;
  var S = {
    id: document.body.dataset.release,
    token: new URLSearchParams(location.search).get("token") || "",
    cps: [], release: null, suggestions: [], decisions: {}, entities: {}, newEntities: [],
    findings: [], selected: null, sel: null, locked: false, undo: [], next: 1,
  };
  var $ = function (id) { return document.getElementById(id); };

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") { node.textContent = attrs[k]; }
      else if (k.slice(0, 2) === "on") { node.addEventListener(k.slice(2), attrs[k]); }
      else { node.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { if (c) { node.appendChild(c); } });
    return node;
  }

  function say(text, kind) { var m = $("message"); m.textContent = text; m.className = kind || ""; }

  function api(method, path, body) {
    var options = { method: method, headers: { "X-Natopress-Token": S.token } };
    if (body !== undefined) {
      options.body = JSON.stringify(body);
      options.headers["Content-Type"] = "application/json";
    }
    return fetch(path, options).then(function (r) {
      return r.json().then(function (data) { return { status: r.status, data: data }; });
    });
  }

  // ---------------------------------------------------------------- items: what can be checked
  function spanText(a, b) { return S.cps.slice(a, b).join(""); }
  function mkSpan(pair) { return { start: pair[0], end: pair[1], text: spanText(pair[0], pair[1]) }; }

  function items() {
    var out = [], r = S.release;
    r.segments.forEach(function (s) { out.push({ key: s._key, layer: "segment", obj: s, main: s.span }); });
    r.quotes.forEach(function (q) { out.push({ key: q._key, layer: "quote", obj: q, main: q.content }); });
    r.mentions.forEach(function (m) { out.push({ key: m._key, layer: "mention", obj: m, main: m.span }); });
    FACTS.forEach(function (f) {
      var fact = r.metadata[f];
      out.push({ key: "metadata:" + f, layer: "metadata", field: f, obj: fact, main: fact && fact.span });
    });
    return out;
  }
  function find(key) { return items().filter(function (i) { return i.key === key; })[0] || null; }
  function isSuggestion(key) { return S.suggestions.indexOf(key) >= 0; }
  function stateOf(key) { return S.decisions[key] || (isSuggestion(key) ? "pending" : "new"); }
  function pendingKeys() { return S.suggestions.filter(function (k) { return !S.decisions[k]; }); }

  function label(item) {
    var o = item.obj;
    if (item.layer === "segment") { return "segment " + o.kind + ": " + o.span.text.slice(0, 50); }
    if (item.layer === "quote") {
      return o.id + " " + o.type + ": " + o.content.text.slice(0, 40) + " · speaker " + (o.speaker || "none");
    }
    if (item.layer === "mention") { return "mention " + (o.entity || "(no entity)") + " · " + o.kind + ": " + o.span.text; }
    return item.field + ": " + (o ? o.value : "null");
  }

  // ---------------------------------------------------------------- changes, undo, decisions
  function snapshot() {
    return JSON.stringify({ release: S.release, decisions: S.decisions, newEntities: S.newEntities, entities: S.entities });
  }
  function change(fn) {
    if (S.locked) { say("This release is checked: reopen it to change it.", "error"); return; }
    S.undo.push(snapshot());
    fn();
    render();
  }
  function undo() {
    var last = S.undo.pop();
    if (!last) { say("Nothing to undo."); return; }
    var old = JSON.parse(last);
    S.release = old.release; S.decisions = old.decisions; S.newEntities = old.newEntities; S.entities = old.entities;
    say("Undone."); render();
  }
  function corrected(key) { if (isSuggestion(key)) { S.decisions[key] = "corrected"; } }

  function nextPending(from) {
    var left = pendingKeys().filter(function (k) { return find(k); });
    if (!left.length) { return null; }
    var at = left.indexOf(from);
    return left[(at + 1) % left.length];
  }

  function accept(key) {
    if (!key) { return; }
    change(function () {
      if (isSuggestion(key) && S.decisions[key] !== "corrected") { S.decisions[key] = "accepted"; }
      S.selected = nextPending(key) || key;
    });
  }

  function reject(key) {
    var item = key && find(key);
    if (!item) { return; }
    change(function () {
      if (item.layer === "metadata") { S.release.metadata[item.field] = null; }
      else {
        var list = S.release[item.layer + "s"];
        list.splice(list.indexOf(item.obj), 1);
      }
      if (isSuggestion(key)) { S.decisions[key] = "rejected"; }
      S.selected = nextPending(key);
    });
  }

  // ---------------------------------------------------------------- selection in the text
  function isWord(i) { return i >= 0 && i < S.cps.length && WORD.test(S.cps[i]); }
  function snap(a, b) {
    if (a > b) { var t = a; a = b; b = t; }
    while (a > 0 && isWord(a - 1) && isWord(a)) { a--; }
    while (b < S.cps.length && isWord(b - 1) && isWord(b)) { b++; }
    while (a < b && /\s/u.test(S.cps[a])) { a++; }
    while (b > a && /\s/u.test(S.cps[b - 1])) { b--; }
    return a < b ? [a, b] : null;
  }
  function cpOffset(node, offset) {
    var element = node.nodeType === 3 ? node.parentElement : node;
    var note = element.closest(".note");
    if (note) { return +note.dataset.at; }
    if (element.id === "text") {
      var child = element.childNodes[offset] || null;
      if (child && child.dataset && child.dataset.s) { return +child.dataset.s; }
      return S.cps.length;
    }
    var chunk = element.closest(".c");
    if (!chunk) { return null; }
    if (node.nodeType === 3) { return +chunk.dataset.s + Array.from(node.data.slice(0, offset)).length; }
    return offset === 0 ? +chunk.dataset.s : +chunk.dataset.e;
  }
  function readSelection() {
    var sel = window.getSelection();
    if (!sel.rangeCount || sel.isCollapsed) { return null; }
    var range = sel.getRangeAt(0);
    if (!$("text").contains(range.commonAncestorContainer)) { return null; }
    var a = cpOffset(range.startContainer, range.startOffset);
    var b = cpOffset(range.endContainer, range.endOffset);
    return a === null || b === null ? null : snap(a, b);
  }
  function noteSelection() {
    var pair = readSelection();
    if (!pair) { return; }
    S.sel = pair;
    $("selection-info").textContent = "Selected [" + pair[0] + ", " + pair[1] + "): «" + spanText(pair[0], pair[1]) + "»";
  }
  function needSelection() {
    if (!S.sel) { say("Select words in the text first.", "error"); }
    return S.sel;
  }

  function moveSpan(key, part) {
    var item = key && find(key), pair = needSelection();
    if (!item || !pair) { return; }
    change(function () {
      var span = mkSpan(pair), o = item.obj;
      if (item.layer === "metadata") {
        if (!o) { o = S.release.metadata[item.field] = { span: null, source: null, value: "" }; }
        o.span = span;
        if (item.field === "title") { o.value = span.text; }
      } else if (item.layer === "quote") { o[part || "content"] = span; }
      else { o.span = span; }
      corrected(key);
    });
    if (item.layer === "metadata" && item.field !== "title") { readDate(item.field, pair); }
  }
  function readDate(field, pair) {
    // The server reads the date with the drafting rules; the value stays editable.
    api("GET", "/api/releases/" + S.id + "/date?start=" + pair[0] + "&end=" + pair[1]).then(function (r) {
      var fact = S.release.metadata[field];
      if (r.status !== 200 || !r.data.value || !fact) { say("No date read from the selection: type the value.", "error"); return; }
      fact.value = r.data.value;
      render();
    });
  }

  function newMention() {
    var pair = needSelection();
    if (!pair) { return; }
    change(function () {
      var m = { span: mkSpan(pair), entity: "", kind: "name", _key: "new:" + S.next++ };
      S.release.mentions.push(m);
      S.selected = m._key;
    });
  }
  function newQuote() {
    var pair = needSelection();
    if (!pair) { return; }
    change(function () {
      var q = { id: "q" + (900 + S.next), type: "direct", content: mkSpan(pair), cue: null, speaker: null,
        speaker_mention: null, continues: null, _key: "new:" + S.next++ };
      S.release.quotes.push(q);
      S.selected = q._key;
    });
  }

  // ---------------------------------------------------------------- entities: search, link, propose
  function slug(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  }
  function link(key, field, entity) {
    change(function () {
      var item = find(key);
      item.obj[field] = entity.id;
      S.entities[entity.id] = { type: entity.type, name: entity.name };
      corrected(key);
    });
  }
  function searchBox(key, field) {
    var results = el("ul", { class: "results" });
    var input = el("input", { id: "entity-search", placeholder: "search the registry (/)", size: "24" });
    input.addEventListener("input", function () {
      api("GET", "/api/registry?q=" + encodeURIComponent(input.value)).then(function (r) {
        results.textContent = "";
        var found = r.data.concat(S.newEntities.filter(function (e) {
          return input.value && (e.id + " " + e.name).toLowerCase().indexOf(input.value.toLowerCase()) >= 0;
        }));
        found.forEach(function (e) {
          results.appendChild(el("li", {}, [
            el("button", { class: "link", "data-entity": e.id, text: "Link", onclick: function () { link(key, field, e); } }),
            document.createTextNode(e.id + " · " + e.type + " · " + e.name),
          ]));
        });
      });
    });
    return el("div", {}, [el("label", { text: (field === "speaker" ? "Speaker" : "Entity") + ": " }, [input]), results]);
  }
  function proposeEntity(key) {
    var item = find(key), text = item.obj.span.text;
    var id = el("input", { id: "new-entity-id", value: slug(text), size: "20" });
    var type = el("select", { id: "new-entity-type" }, ["PER", "ORG", "LOC", "MISC"].map(function (t) {
      return el("option", { value: t, text: t });
    }));
    var subtype = el("input", { id: "new-entity-subtype", placeholder: "subtype (optional)", size: "14" });
    var name = el("input", { id: "new-entity-name", value: text, size: "20" });
    var add = el("button", { id: "add-entity", text: "Add entity and link", onclick: function () {
      var entity = { id: id.value.trim(), type: type.value, subtype: subtype.value.trim() || null,
        name: name.value.trim(), aliases: [], roles: [], replaced_by: null };
      change(function () {
        S.newEntities = S.newEntities.filter(function (e) { return e.id !== entity.id; }).concat([entity]);
        item.obj.entity = entity.id;
        S.entities[entity.id] = { type: entity.type, name: entity.name };
        corrected(key);
      });
    } });
    return el("fieldset", {}, [el("legend", { text: "Propose a new entity" }),
      el("label", { text: "id " }, [id]), el("label", { text: "type " }, [type]),
      el("label", { text: "subtype " }, [subtype]), el("label", { text: "name " }, [name]), add]);
  }

  // ---------------------------------------------------------------- the detail panel
  function select(options, value, onchange, id) {
    var s = el("select", { id: id }, options.map(function (o) {
      var opt = el("option", { value: o, text: o });
      if (o === value) { opt.selected = true; }
      return opt;
    }));
    s.addEventListener("change", function () { onchange(s.value); });
    return s;
  }
  function setter(key, fn) { return function (value) { change(function () { fn(value); corrected(key); }); }; }
  function button(id, text, onclick) { return el("button", { id: id, text: text, onclick: onclick }); }

  function fieldsOf(item) {
    var o = item.obj, k = item.key, out = [];
    if (item.layer === "segment") {
      out.push(el("label", { text: "kind " }, [select(["title", "date-block", "body", "caption", "chrome"], o.kind,
        setter(k, function (v) { o.kind = v; }), "segment-kind")]));
    } else if (item.layer === "quote") {
      out.push(el("label", { text: "type " }, [select(["direct", "indirect", "mixed"], o.type,
        setter(k, function (v) { o.type = v; }), "quote-type")]));
      out.push(el("div", { text: "cue: " + (o.cue ? o.cue.text : "none") + " · speaker mention: " +
        (o.speaker_mention ? o.speaker_mention.text : "none") + " · speaker: " + (o.speaker || "none") }));
      out.push(el("div", { class: "row" }, [
        button("set-cue", "Cue ← selection", function () { moveSpan(k, "cue"); }),
        button("set-speaker-mention", "Speaker mention ← selection", function () { moveSpan(k, "speaker_mention"); }),
        button("clear-cue", "No cue", setter(k, function () { o.cue = null; })),
        button("clear-speaker", "No speaker", setter(k, function () { o.speaker = null; o.speaker_mention = null; })),
      ]));
      var others = S.release.quotes.filter(function (q) { return q !== o; }).map(function (q) { return q.id; });
      out.push(el("label", { text: "continues " }, [select(["none"].concat(others), o.continues || "none",
        setter(k, function (v) { o.continues = v === "none" ? null : v; }), "quote-continues")]));
      out.push(searchBox(k, "speaker"));
    } else if (item.layer === "mention") {
      out.push(el("label", { text: "kind " }, [select(["name", "nominal"], o.kind,
        setter(k, function (v) { o.kind = v; }), "mention-kind")]));
      out.push(searchBox(k, "entity"));
      out.push(proposeEntity(k));
    } else {
      var value = el("input", { id: "fact-value", value: o ? o.value : "", size: "30" });
      value.addEventListener("change", setter(k, function () {
        if (!S.release.metadata[item.field]) { S.release.metadata[item.field] = { span: null, source: null, value: "" }; }
        S.release.metadata[item.field].value = value.value;
      }));
      out.push(el("label", { text: "value " }, [value]));
    }
    return out;
  }

  function renderDetail() {
    var box = $("detail"), item = S.selected && find(S.selected);
    box.textContent = "";
    if (!item) { box.appendChild(el("p", { text: "Click a span or a row to check it; select words to add one." })); return; }
    box.appendChild(el("h2", { text: label(item) }));
    box.appendChild(el("p", { text: "state: " + stateOf(item.key) + (item.main ? " · [" + item.main.start + ", " + item.main.end + ")" : "") }));
    S.findings.filter(function (f) { return f.key === item.key; }).forEach(function (f) {
      box.appendChild(el("p", { class: "finding", text: f.code + " " + f.message }));
    });
    box.appendChild(el("div", { class: "row" }, [
      button("accept", "Accept (a)", function () { accept(item.key); }),
      button("reject", "Reject (r)", function () { reject(item.key); }),
      button("move", "Span ← selection (m)", function () { moveSpan(item.key); }),
    ]));
    fieldsOf(item).forEach(function (n) { box.appendChild(n); });
  }

  // ---------------------------------------------------------------- the text and the lists
  function covering() {
    var spans = [];
    items().forEach(function (item) {
      var o = item.obj;
      if (!o) { return; }
      var add = function (span, cls) { if (span) { spans.push({ s: span.start, e: span.end, cls: cls, key: item.key }); } };
      if (item.layer === "segment") { add(o.span, "seg-" + o.kind); }
      else if (item.layer === "quote") { add(o.content, "q-" + o.type); add(o.cue, "cue"); add(o.speaker_mention, "spk"); }
      else if (item.layer === "mention") {
        var known = S.entities[o.entity] || S.newEntities.filter(function (e) { return e.id === o.entity; })[0];
        add(o.span, "m m-" + (known ? known.type : "none"));
      } else { add(o.span, "fact"); }
    });
    return spans;
  }

  function renderText() {
    var box = $("text"), spans = covering(), cuts = {}, bad = {}, notes = {};
    cuts[0] = cuts[S.cps.length] = true;
    spans.forEach(function (sp) { cuts[sp.s] = cuts[sp.e] = true; });
    S.findings.forEach(function (f) {
      var item = f.key && find(f.key);
      if (item && item.main) { bad[f.key] = true; (notes[item.main.end] = notes[item.main.end] || []).push(f); }
    });
    var points = Object.keys(cuts).map(Number).sort(function (a, b) { return a - b; });
    box.textContent = "";
    for (var i = 0; i + 1 < points.length; i++) {
      var a = points[i], b = points[i + 1], classes = ["c"], keys = [];
      spans.forEach(function (sp) {
        if (sp.s <= a && b <= sp.e) {
          classes.push(sp.cls); keys.push(sp.key);
          if (sp.key === S.selected) { classes.push("sel"); }
          if (bad[sp.key]) { classes.push("bad"); }
        }
      });
      box.appendChild(el("span", { class: classes.join(" "), "data-s": a, "data-e": b, "data-keys": keys.join(" "), text: spanText(a, b) }));
      (notes[b] || []).forEach(function (f) {
        box.appendChild(el("span", { class: "note", contenteditable: "false", "data-at": b, "data-key": f.key, title: f.message, text: f.code }));
      });
    }
  }

  function renderLists() {
    var list = $("items"), shown = {};
    list.textContent = "";
    items().forEach(function (item) {
      // A metadata fact set to null stays listed (selectable, to set it again from a span).
      if (!item.obj && isSuggestion(item.key) && item.layer !== "metadata") { return; }
      shown[item.key] = true;
      var state = stateOf(item.key);
      list.appendChild(el("li", { "data-key": item.key, class: item.key === S.selected ? "current" : "",
        onclick: function () { S.selected = item.key; render(); } }, [
        el("span", { class: "state state-" + state, text: state }), document.createTextNode(label(item)),
      ]));
    });
    S.suggestions.forEach(function (key) {
      if (!shown[key]) { list.appendChild(el("li", { class: "rejected", "data-key": key }, [el("span", { class: "state", text: stateOf(key) }), document.createTextNode(key)])); }
    });
    var found = $("findings");
    found.textContent = "";
    S.findings.forEach(function (f) {
      found.appendChild(el("li", { class: f.severity, "data-key": f.key || "", onclick: function () { if (f.key) { S.selected = f.key; render(); } },
        text: f.code + " " + f.severity + " " + f.pointer + ": " + f.message }));
    });
  }

  function render() {
    var left = pendingKeys().length, status = S.release.annotation.status;
    $("release-id").textContent = S.id;
    $("status").textContent = S.locked ? "checked (locked)" : status;
    $("status").className = "badge " + status;
    $("remaining").textContent = left + " of " + S.suggestions.length + " suggestions left to check";
    $("remaining").dataset.left = left;
    $("reopen").hidden = !S.locked;
    $("restore").disabled = !S.canRestore;
    renderText(); renderLists(); renderDetail();
  }

  // ---------------------------------------------------------------- server: load, save, check
  function load(state) {
    S.cps = Array.from(state.text); S.release = state.release; S.suggestions = state.suggestions;
    S.decisions = state.decisions; S.entities = state.entities; S.locked = state.locked;
    S.canRestore = state.can_restore; S.newEntities = []; S.findings = []; S.undo = [];
    if (S.selected && !find(S.selected)) { S.selected = null; }
    render();
  }
  function payload() { return { release: S.release, decisions: S.decisions, new_entities: S.newEntities }; }
  function afterWrite(r, done) {
    if (r.status === 200) {
      load(r.data.state); S.findings = r.data.findings; render(); say(done, "ok");
    } else if (r.status === 422) {
      S.findings = r.data.findings; render();
      var errors = S.findings.filter(function (f) { return f.severity === "error"; }).length;
      say("Not saved: " + errors + " error(s); see the marks in the text.", "error");
    } else { say(r.data.error || "refused (" + r.status + ")", "error"); }
  }
  function save() { api("POST", "/api/releases/" + S.id + "/save", payload()).then(function (r) { afterWrite(r, "Saved."); }); }
  function markChecked() {
    var body = payload();
    body.handle = $("handle").value.trim();
    api("POST", "/api/releases/" + S.id + "/check", body).then(function (r) { afterWrite(r, "Marked checked."); });
  }
  function post(what, done) {
    api("POST", "/api/releases/" + S.id + "/" + what).then(function (r) {
      if (r.status === 200) { load(r.data); say(done, "ok"); } else { say(r.data.error, "error"); }
    });
  }

  // ---------------------------------------------------------------- events and keys
  $("text").addEventListener("mouseup", function (e) {
    var before = S.sel;
    noteSelection();
    if (S.sel !== before) { return; }
    var chunk = window.getSelection().isCollapsed && e.target.closest(".c");
    if (chunk && chunk.dataset.keys) {
      // A click selects the innermost span there (mention, then quote parts, then segment); again: outwards.
      var keys = chunk.dataset.keys.split(" ").reverse();
      keys = keys.filter(function (k) { return k.indexOf("metadata:") !== 0; })
        .concat(keys.filter(function (k) { return k.indexOf("metadata:") === 0; }));
      S.selected = keys[(keys.indexOf(S.selected) + 1) % keys.length];
      render();
    }
  });
  $("new-mention").addEventListener("click", newMention);
  $("new-quote").addEventListener("click", newQuote);
  $("undo").addEventListener("click", undo);
  $("save").addEventListener("click", save);
  $("restore").addEventListener("click", function () { post("restore", "Restored the previous version."); });
  $("reopen").addEventListener("click", function () { post("reopen", "Reopened: every annotation is to check again."); });
  $("mark-checked").addEventListener("click", markChecked);
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey && e.key === "s") { e.preventDefault(); save(); return; }
    if (e.ctrlKey && e.key === "z") { e.preventDefault(); undo(); return; }
    if (e.ctrlKey || e.metaKey || e.altKey || /INPUT|SELECT|TEXTAREA/.test(e.target.tagName)) { return; }
    var actions = {
      a: function () { accept(S.selected); }, r: function () { reject(S.selected); },
      m: function () { moveSpan(S.selected); }, n: newMention, q: newQuote, u: undo,
      j: function () { S.selected = nextPending(S.selected); render(); },
      k: function () { var l = pendingKeys(); S.selected = l[(l.indexOf(S.selected) + l.length - 1) % l.length]; render(); },
      "/": function () { var s = $("entity-search"); if (s) { s.focus(); } },
      Escape: function () { S.selected = null; S.sel = null; render(); },
    };
    if (actions[e.key]) { e.preventDefault(); actions[e.key](); }
  });
  api("GET", "/api/releases/" + S.id).then(function (r) {
    if (r.status !== 200) { say(r.data.error || "cannot load", "error"); return; }
    load(r.data);
    S.selected = pendingKeys()[0] || null;
    render();
  });
})();
