// natopress review page: hover shows a span's ids; clicking a quote row flashes its spans.
(function () {
  "use strict";
  var info = document.getElementById("hover-info");
  document.getElementById("text").addEventListener("mouseover", function (event) {
    var target = event.target.closest(".hl");
    if (!target) { return; }
    var lines = [];
    for (var node = target; node && node.classList && node.classList.contains("hl"); node = node.parentElement) {
      lines.push(node.getAttribute("title") + " [" + node.dataset.start + ", " + node.dataset.end + ")");
    }
    info.textContent = lines.join("\n");
    info.style.whiteSpace = "pre-wrap";
  });
  document.querySelectorAll("tr.quote-row").forEach(function (row) {
    row.addEventListener("click", function () {
      var spans = document.querySelectorAll('.quote[data-id="' + row.dataset.id + '"]');
      spans.forEach(function (span) { span.classList.add("flash"); });
      if (spans.length) { spans[0].scrollIntoView({ block: "center" }); }
      setTimeout(function () { spans.forEach(function (span) { span.classList.remove("flash"); }); }, 1500);
    });
  });
})();
