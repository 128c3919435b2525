// Search-as-you-type: turns each search box into an ARIA 1.2 combobox (list autocomplete, no automatic
// selection) showing the server's ranked suggestions as they are, unfiltered. Up/Down choose, Enter or a click
// opens the chosen code's page, Escape closes the list (or clears the box when it is closed). Without this
// script the forms are plain search forms.
(function () {
  "use strict";
  var count = 0;

  function setUp(input) {
    var listId = input.id + "-listbox";
    var list = document.createElement("ul");
    var status = document.createElement("p");
    var timer = null;
    var latest = 0;
    var active = -1;

    list.id = listId;
    list.className = "suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", input.dataset.suggestLabel || "");
    list.hidden = true;
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    input.parentNode.appendChild(list);
    input.parentNode.appendChild(status);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);

    function options() {
      return list.querySelectorAll("[role=option]");
    }

    function open() {
      if (options().length > 0) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
      }
    }

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      choose(-1);
    }

    function choose(index) {
      var all = options();
      active = index;
      for (var i = 0; i < all.length; i++) {
        all[i].setAttribute("aria-selected", i === index ? "true" : "false");
      }
      if (index >= 0 && index < all.length) {
        input.setAttribute("aria-activedescendant", all[index].id);
        all[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function go(option) {
      window.location.assign(option.dataset.path);
    }

    function show(results) {
      list.replaceChildren.apply(list, results.map(function (result, i) {
        var option = document.createElement("li");
        var code = document.createElement("span");
        var title = document.createElement("span");
        var kind = document.createElement("span");
        option.id = listId + "-" + i;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.dataset.path = result.path;
        option.dataset.code = result.code;
        code.className = "code";
        code.textContent = result.code;
        title.className = "suggestion-title";
        title.textContent = result.title;
        kind.className = "class-tag class-" + result.classDigit;
        kind.textContent = result.className;
        option.append(code, title, kind);
        return option;
      }));
      active = -1;
      input.removeAttribute("aria-activedescendant");
      status.textContent = results.length > 0
        ? (input.dataset.suggestStatus || "").replace("#", String(results.length)) : "";
      if (results.length > 0 && document.activeElement === input) {
        open();
      } else {
        close();
      }
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (q.length < 2 || q.length > 200) {
        latest++;
        show([]);
        return;
      }
      timer = setTimeout(function () {
        var ticket = ++latest;
        fetch(input.dataset.suggest + "&limit=8&q=" + encodeURIComponent(q))
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(function (results) {
            if (ticket === latest) { show(results); }
          })
          .catch(function () { if (ticket === latest) { show([]); } });
      }, 120);
    });

    input.addEventListener("keydown", function (event) {
      var all = options();
      if (event.key === "ArrowDown" || event.key === "Down") {
        if (all.length === 0) { return; }
        event.preventDefault();
        if (list.hidden) { open(); if (event.altKey) { return; } }
        choose(active + 1 >= all.length ? 0 : active + 1);
      } else if (event.key === "ArrowUp" || event.key === "Up") {
        if (all.length === 0) { return; }
        event.preventDefault();
        open();
        choose(active <= 0 ? all.length - 1 : active - 1);
      } else if (event.key === "Enter") {
        if (!list.hidden && active >= 0 && active < all.length) {
          event.preventDefault();
          go(all[active]);
        }
      } else if (event.key === "Escape" || event.key === "Esc") {
        if (!list.hidden) {
          event.preventDefault();
          close();
        } else if (input.value !== "") {
          event.preventDefault();
          input.value = "";
          show([]);
        }
      }
    });

    // mousedown would blur the box before the click lands; keep the focus and let the click choose.
    list.addEventListener("mousedown", function (event) { event.preventDefault(); });
    list.addEventListener("click", function (event) {
      var option = event.target.closest("[role=option]");
      if (option) { go(option); }
    });
    input.addEventListener("blur", close);
    input.addEventListener("focus", function () { if (input.value.trim().length >= 2) { open(); } });
  }

  document.querySelectorAll("input[data-suggest]").forEach(function (input) {
    if (!input.id) { input.id = "search-box-" + (++count); }
    setUp(input);
  });
})();
