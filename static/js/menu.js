// The phone menu button: without this script the link opens the menu through #main-menu:target;
// with it, the link acts as a button that says whether the menu is open.
(function () {
  var toggle = document.querySelector("[data-menu-toggle]");
  var nav = document.getElementById("main-menu");
  if (!toggle || !nav) return;
  nav.classList.add("main-nav--js");
  toggle.setAttribute("role", "button");
  toggle.setAttribute("aria-expanded", "false");
  toggle.addEventListener("click", function (event) {
    event.preventDefault();
    var open = nav.classList.toggle("main-nav--open");
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
  });
  toggle.addEventListener("keydown", function (event) {
    if (event.key === " ") { event.preventDefault(); toggle.click(); }
  });
})();
