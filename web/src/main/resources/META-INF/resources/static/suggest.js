// Search-as-you-type: fills the search box's datalist from /api/suggest. The forms work without it.
(function () {
  "use strict";
  document.querySelectorAll("input[data-suggest]").forEach(function (input) {
    var list = document.getElementById(input.getAttribute("list"));
    var timer = null;
    var latest = 0;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (q.length < 2 || q.length > 100) { list.replaceChildren(); return; }
      timer = setTimeout(function () {
        var ticket = ++latest;
        fetch(input.dataset.suggest + "&limit=8&q=" + encodeURIComponent(q))
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(function (results) {
            if (ticket !== latest) { return; }
            list.replaceChildren.apply(list, results.map(function (result) {
              var option = document.createElement("option");
              option.value = result.code;
              option.label = result.code + " " + result.title;
              return option;
            }));
          })
          .catch(function () { list.replaceChildren(); });
      }, 150);
    });
  });
})();
