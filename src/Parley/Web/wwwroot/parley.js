// The one script: on a narrow screen the main navigation folds behind the Menu button (without it the menu stays
// open), and a table wider than its box, which scrolls sideways, can be reached and scrolled with the keyboard.
document.addEventListener("DOMContentLoaded", () => {
  const focusableWhenScrolling = () => document.querySelectorAll("main table").forEach(t => {
    if (t.scrollWidth > t.clientWidth + 1) t.setAttribute("tabindex", "0");
    else if (t.getAttribute("tabindex") === "0") t.removeAttribute("tabindex");
  });
  focusableWhenScrolling();
  window.addEventListener("resize", focusableWhenScrolling);

  const toggle = document.querySelector(".menu-toggle");
  const nav = document.getElementById("site-nav");
  if (!toggle || !nav) return;
  document.documentElement.classList.add("js");
  toggle.addEventListener("click", () => {
    const open = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", String(open));
    nav.classList.toggle("open", open);
  });
  // One drop-down open at a time, closed by Escape or a click elsewhere.
  const menus = [...document.querySelectorAll("details.menu")];
  document.addEventListener("click", e => menus.forEach(m => { if (!m.contains(e.target)) m.open = false; }));
  document.addEventListener("keydown", e => {
    if (e.key !== "Escape") return;
    menus.filter(m => m.open).forEach(m => { m.open = false; m.querySelector("summary").focus(); });
  });
});

// Typeahead pickers (WAI-ARIA combobox with a list popup): typing asks the server for matching records; arrows move
// through them, Enter or a click chooses one (its identifier goes into the input, its name is read out below it),
// Escape closes the list. Without this script the input simply takes the record's identifier.
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("input.typeahead[data-lookup]").forEach((input, n) => {
    const list = document.createElement("ul");
    list.id = input.id + "-options";
    list.setAttribute("role", "listbox");
    list.className = "typeahead-options";
    list.hidden = true;
    const chosen = document.createElement("p");
    chosen.className = "typeahead-chosen hint";
    chosen.id = input.id + "-chosen";
    chosen.setAttribute("aria-live", "polite");
    chosen.textContent = input.dataset.label || "";
    input.after(list, chosen);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-describedby", [input.getAttribute("aria-describedby"), chosen.id].filter(Boolean).join(" "));
    let options = [], active = -1, timer = 0, asked = 0;
    const close = () => { list.hidden = true; input.setAttribute("aria-expanded", "false"); input.removeAttribute("aria-activedescendant"); active = -1; };
    const highlight = i => {
      active = i;
      [...list.children].forEach((li, j) => li.setAttribute("aria-selected", String(j === i)));
      if (i >= 0) { input.setAttribute("aria-activedescendant", list.children[i].id); list.children[i].scrollIntoView({ block: "nearest" }); }
    };
    const choose = i => { input.value = options[i].key; chosen.textContent = options[i].label; close(); };
    const show = found => {
      options = found;
      list.replaceChildren(...found.map((o, i) => {
        const li = document.createElement("li");
        li.id = `${list.id}-${i}`;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        li.textContent = o.label;
        li.addEventListener("mousedown", e => { e.preventDefault(); choose(i); });
        return li;
      }));
      list.hidden = found.length === 0;
      input.setAttribute("aria-expanded", String(found.length > 0));
      active = -1;
    };
    input.addEventListener("input", () => {
      clearTimeout(timer);
      chosen.textContent = "";
      const words = input.value.trim();
      if (words.length < 2) { close(); return; }
      timer = setTimeout(async () => {
        const mine = ++asked;
        const answer = await fetch(`${input.dataset.lookup}&q=${encodeURIComponent(words)}`, { headers: { Accept: "application/json" } });
        if (mine === asked && answer.ok) show(await answer.json());
      }, 200);
    });
    input.addEventListener("keydown", e => {
      if (e.key === "ArrowDown" && options.length) { e.preventDefault(); list.hidden = false; input.setAttribute("aria-expanded", "true"); highlight((active + 1) % options.length); }
      else if (e.key === "ArrowUp" && options.length) { e.preventDefault(); highlight(active <= 0 ? options.length - 1 : active - 1); }
      else if (e.key === "Enter" && !list.hidden && active >= 0) { e.preventDefault(); choose(active); }
      else if (e.key === "Escape" && !list.hidden) { e.preventDefault(); close(); }
    });
    input.addEventListener("blur", close);
  });
});
