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
// through them, Enter or a click chooses one, Escape closes the list. For one record its identifier goes into the input
// and its name is read out below it. For several (data-many) each choice becomes a chip holding a hidden input, removed
// by its button (reachable with Tab); text left in the box when the form is sent goes too, as identifiers typed by hand.
// Without this script the input simply takes identifiers, separated by commas for several.
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("input.typeahead[data-lookup]").forEach(input => {
    const many = input.dataset.many === "true";
    const list = document.createElement("ul");
    list.id = input.id + "-options";
    list.setAttribute("role", "listbox");
    list.className = "typeahead-options";
    list.hidden = true;
    const chosen = document.createElement("p");
    chosen.className = "typeahead-chosen hint";
    chosen.id = input.id + "-chosen";
    chosen.setAttribute("aria-live", "polite");
    chosen.textContent = many ? "" : input.dataset.label || "";
    input.after(list, chosen);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-describedby", [input.getAttribute("aria-describedby"), chosen.id].filter(Boolean).join(" "));
    const say = (text, label) => (text || "{0}").replace("{0}", label);

    let chips = null;
    const name = input.name;
    const addChip = o => {
      if ([...chips.querySelectorAll("input")].some(h => h.value === o.key)) return false;
      const li = document.createElement("li");
      const text = document.createElement("span");
      text.textContent = o.label;
      const hidden = document.createElement("input");
      hidden.type = "hidden";
      hidden.name = name;
      hidden.value = o.key;
      const remove = document.createElement("button");
      remove.type = "button";
      remove.textContent = "×";
      remove.setAttribute("aria-label", say(input.dataset.remove, o.label));
      remove.addEventListener("click", () => {
        li.remove();
        chosen.textContent = say(input.dataset.removed, o.label);
        input.focus();
      });
      li.append(text, " ", remove, hidden);
      chips.append(li);
      return true;
    };
    if (many) {
      chips = document.createElement("ul");
      chips.className = "typeahead-chips";
      chips.setAttribute("aria-label", input.dataset.chosenLabel || "");
      input.before(chips);
      input.removeAttribute("name");
      input.value = "";
      JSON.parse(input.dataset.chosen || "[]").forEach(addChip);
      input.form?.addEventListener("submit", () => {
        const typed = input.value.trim();
        if (typed) addChip({ key: typed, label: typed });
      });
    }

    let options = [], active = -1, timer = 0, asked = 0;
    const close = () => { list.hidden = true; input.setAttribute("aria-expanded", "false"); input.removeAttribute("aria-activedescendant"); active = -1; };
    const highlight = i => {
      active = i;
      [...list.children].forEach((li, j) => li.setAttribute("aria-selected", String(j === i)));
      if (i >= 0) { input.setAttribute("aria-activedescendant", list.children[i].id); list.children[i].scrollIntoView({ block: "nearest" }); }
    };
    const choose = i => {
      const o = options[i];
      if (many) {
        if (addChip(o)) chosen.textContent = say(input.dataset.added, o.label);
        input.value = "";
      } else {
        input.value = o.key;
        chosen.textContent = o.label;
      }
      close();
    };
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
      if (!many) chosen.textContent = "";
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
