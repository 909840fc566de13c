/**
 * /form.js: the web form's only script, hand-written, no framework, no build step. Progressive enhancement
 * over plain form posts (every step works without it):
 *
 * - enter yourself once: the borrower's own details (borrower.*) are kept in this browser's localStorage and
 *   filled into every letter's form; a letter written halfway can be continued; one button clears it all;
 * - inline messages from the server's own rules (POST /form/{type}/check answers with errors by form field
 *   name): no rule is re-implemented here;
 * - list rows added in place; common creditors (借呗, 花呗) filled in place; the budget's running total;
 * - 「生成信函」 downloads the PDF (or the batch's ZIP) at once, then shows what next; not inside WeChat or
 *   other in-app browsers, which cannot save files (the page then offers the letter inline);
 * - 复制全文 copies a letter's plain text; 打印 prints the envelope sheet.
 *
 * Kept as a string in a TS module so the Worker, wrangler and vitest all serve the same bytes. Written
 * without template literals (this file is one) and as plain ES2017 for older phone browsers.
 */
export const FORM_JS = String.raw`/* 书函 Shuhan web form. Progressive enhancement: every step works without this script. */
(function () {
  "use strict";
  var form = document.getElementById("letter-form");
  if (!form || !window.fetch || !window.URLSearchParams || !window.FormData) return;

  var type = form.getAttribute("data-letter-type");
  var step = form.getAttribute("data-step");
  var base = "/form/" + type;
  var draftKey = "shuhan.form." + type;
  var meKey = "shuhan.me";
  var inApp = document.body.hasAttribute("data-in-app");
  var statusEl = document.getElementById("status");
  var touched = Object.create(null);
  var seq = 0;
  var checkTimer = 0;
  var saveTimer = 0;
  var cleared = false;
  var store = (function () {
    try {
      var s = window.localStorage;
      s.setItem("shuhan.probe", "1");
      s.removeItem("shuhan.probe");
      return s;
    } catch (e) {
      return null;
    }
  })();

  function each(list, fn) { Array.prototype.forEach.call(list, fn); }
  function fieldOf(el) { return el && el.closest ? el.closest("[data-field]") : null; }
  function setStatus(text) { if (statusEl) statusEl.textContent = text; }
  function load(key) {
    try {
      var data = JSON.parse((store && store.getItem(key)) || "null");
      return data && Array.isArray(data.entries) ? data : null;
    } catch (e) {
      return null;
    }
  }

  /** The form's values as [name, value] pairs, without the buttons. */
  function entries() {
    var out = [];
    new FormData(form).forEach(function (value, name) {
      if (name !== "action" && typeof value === "string") out.push([name, value]);
    });
    return out;
  }

  function encoded(list) {
    var params = new URLSearchParams();
    (list || entries()).forEach(function (e) { params.append(e[0], e[1]); });
    return params;
  }

  // ---- kept in this browser only ----

  function save() {
    if (!store || cleared || step === "retry") return;
    var all = entries();
    var me = all.filter(function (e) { return e[0].indexOf("borrower.") === 0 && e[1] !== ""; });
    try {
      store.setItem(draftKey, JSON.stringify({ v: 2, step: step, savedAt: Date.now(), entries: all }));
      if (me.length) store.setItem(meKey, JSON.stringify({ v: 2, entries: me }));
    } catch (e) { /* storage full or disabled: the form still works */ }
  }

  function scheduleSave() {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(save, 300);
  }

  function setValue(name, value) {
    var el = form.elements.namedItem(name);
    if (!el) return false;
    if (el.length !== undefined && !el.tagName) { // a group of radios or checkboxes
      each(el, function (option) { option.checked = option.value === value; });
      return true;
    }
    if (el.type === "checkbox" || el.type === "radio") el.checked = el.value === value;
    else el.value = value;
    return true;
  }

  function fillMe() {
    var me = load(meKey);
    if (!me) return false;
    var filled = false;
    me.entries.forEach(function (e) {
      var el = form.elements.namedItem(e[0]);
      if (el && el.tagName && el.value === "" && setValue(e[0], e[1])) filled = true;
    });
    return filled;
  }

  function hidden(name, value) {
    var input = document.createElement("input");
    input.type = "hidden";
    input.name = name;
    input.value = value;
    form.appendChild(input);
  }

  /** A letter written halfway on this device: offer to go on where it was left. */
  function offerDraft(draft) {
    var box = document.createElement("div");
    box.className = "info-box draft";
    var text = document.createElement("p");
    text.textContent = "你上次在这台设备上写了一半。";
    var go = document.createElement("button");
    go.type = "button";
    go.className = "secondary";
    go.textContent = "接着上次的写";
    var fresh = document.createElement("button");
    fresh.type = "button";
    fresh.className = "link-button";
    fresh.textContent = "重新开始";
    box.appendChild(text);
    box.appendChild(go);
    box.appendChild(fresh);
    form.insertBefore(box, form.firstChild);
    go.addEventListener("click", function () {
      each(form.querySelectorAll(".carried input"), function (el) { el.remove(); });
      each(form.querySelectorAll("input, select, textarea"), function (el) {
        if (el.type === "checkbox" || el.type === "radio") el.checked = false;
        else if (el.type !== "hidden" && el.type !== "submit") el.value = "";
      });
      draft.entries.forEach(function (e) {
        var el = form.elements.namedItem(e[0]);
        if (!el || e[0].charAt(0) === "_") hidden(e[0], e[1]);
        else if (el.tagName && el.type !== "checkbox" && el.type !== "radio") el.value = e[1];
        else each(el.length !== undefined && !el.tagName ? el : [el], function (o) { if (o.value === e[1]) o.checked = true; });
      });
      var at = draft.step || "";
      hidden("action", /^(done|review|envelope|retry)$/.test(at) || !/^[\w-]+$/.test(at) ? "review" : "goto:" + at);
      form.submit();
    });
    fresh.addEventListener("click", function () {
      if (store) store.removeItem(draftKey);
      box.remove();
    });
  }

  var clear = document.getElementById("clear-saved");
  if (clear && store) {
    document.getElementById("saved").hidden = false;
    clear.addEventListener("click", function () {
      if (!window.confirm("确定要清除这台设备上保存的内容吗？包括你的姓名、电话和写了一半的信。")) return;
      cleared = true;
      clearTimeout(saveTimer);
      Object.keys(store).forEach(function (key) { if (key.indexOf("shuhan.") === 0) store.removeItem(key); });
      window.location.assign(base);
    });
  }

  // ---- list rows ----

  function rowsOf(list) { return list.querySelector(".rows"); }
  function escapeRegExp(s) { return s.replace(/[.*+?^$(){}|[\]\\]/g, "\\$&"); }

  /** Renumbers a cloned row: names "incidents.2.date" and ids "f-incidents-2-date" move to the new index. */
  function renumber(row, listName, from, to) {
    var namePattern = new RegExp("^" + escapeRegExp(listName + "." + from) + "(?=$|\\.)");
    var idPrefix = "f-" + listName.replace(/\./g, "-") + "-";
    var idPattern = new RegExp("^" + escapeRegExp(idPrefix + from) + "(?=$|-)");
    function id(value) { return value.replace(idPattern, idPrefix + to); }
    [row].concat(Array.prototype.slice.call(row.querySelectorAll("*"))).forEach(function (el) {
      if (el.name) el.name = el.name.replace(namePattern, listName + "." + to);
      if (el.id) el.id = id(el.id);
      if (el.htmlFor) el.htmlFor = id(el.htmlFor);
      if (el.hasAttribute("data-field")) el.setAttribute("data-field", el.getAttribute("data-field").replace(namePattern, listName + "." + to));
      if (el.hasAttribute("aria-describedby")) {
        var ids = el.getAttribute("aria-describedby").split(/\s+/).map(id).filter(function (x) { return !/-error$/.test(x); });
        if (ids.length) el.setAttribute("aria-describedby", ids.join(" "));
        else el.removeAttribute("aria-describedby");
      }
    });
    row.setAttribute("data-row", String(to));
  }

  function clearRow(row) {
    each(row.querySelectorAll("input, select, textarea"), function (el) {
      if (el.type === "checkbox" || el.type === "radio") el.checked = false;
      else if (el.tagName === "SELECT") el.selectedIndex = 0;
      else el.value = "";
      el.removeAttribute("aria-invalid");
      el.removeAttribute("autofocus");
    });
    each(row.querySelectorAll(".has-error"), function (el) { el.classList.remove("has-error"); });
    each(row.querySelectorAll(".error"), function (el) { el.textContent = ""; el.hidden = true; });
  }

  function presets(list) { return parseInt(list.getAttribute("data-presets"), 10) || 0; }

  /** Adds one empty row to a list (cloning the last one); returns it, or null at the list's maximum. */
  function addRow(list, focus) {
    var rows = rowsOf(list);
    var max = parseInt(list.getAttribute("data-max"), 10) || 100;
    var count = rows.children.length;
    if (count >= max || count <= presets(list)) return null;
    var row = rows.lastElementChild.cloneNode(true);
    renumber(row, list.getAttribute("data-list"), count - 1, count);
    clearRow(row);
    var label = (list.getAttribute("data-row-label") || "").replace("{n}", String(count + 1));
    var caption = row.tagName === "FIELDSET" ? row.querySelector("legend") : row.querySelector("label");
    if (caption && label) caption.textContent = label;
    rows.appendChild(row);
    var button = list.querySelector(".add-row");
    if (button && count + 1 >= max) button.disabled = true;
    if (focus) {
      var first = row.querySelector("input, select, textarea");
      if (first) first.focus();
      setStatus("已添加" + label + "。");
    }
    return row;
  }

  function isEmptyRow(row) {
    var controls = row.querySelectorAll("input, select, textarea");
    for (var i = 0; i < controls.length; i++) {
      var el = controls[i];
      if (el.type === "checkbox" || el.type === "radio" ? el.checked : el.value !== "") return false;
    }
    return true;
  }

  /** Without the script a list shows a few empty rows; with it rows are added in place, so trailing empty ones go. */
  function collapseEmptyRows() {
    each(form.querySelectorAll("[data-list]"), function (list) {
      var rows = rowsOf(list);
      var keep = presets(list) + 1;
      while (rows.children.length > keep && isEmptyRow(rows.lastElementChild)) rows.removeChild(rows.lastElementChild);
    });
  }

  // ---- messages next to fields, from the server's rules ----

  function childOf(container, selector) {
    return container.querySelector(":scope > " + selector + ", :scope > .option-body > " + selector);
  }

  function setFieldErrors(container, messages) {
    var has = messages.length > 0;
    var error = childOf(container, ".error");
    var hint = childOf(container, ".hint");
    if (!error) return;
    error.textContent = messages.join("；");
    error.hidden = !has;
    container.classList.toggle("has-error", has);
    var describedBy = [hint ? hint.id : "", has ? error.id : ""].filter(Boolean).join(" ");
    var controls = container.hasAttribute("data-list") ? [] : Array.prototype.slice.call(container.querySelectorAll("input, select, textarea"));
    (container.tagName === "FIELDSET" ? [container] : controls).forEach(function (el) {
      if (describedBy) el.setAttribute("aria-describedby", describedBy);
      else el.removeAttribute("aria-describedby");
    });
    controls.forEach(function (el) {
      if (has) el.setAttribute("aria-invalid", "true");
      else el.removeAttribute("aria-invalid");
    });
  }

  function showErrors(errors) {
    var byField = Object.create(null);
    errors.forEach(function (e) {
      if (e.field && touched[e.field]) (byField[e.field] = byField[e.field] || []).push(e.message);
    });
    each(form.querySelectorAll("[data-field]"), function (container) {
      var name = container.getAttribute("data-field");
      if (touched[name]) setFieldErrors(container, byField[name] || []);
    });
  }

  function check() {
    var id = ++seq;
    fetch(base + "/check", { method: "POST", body: encoded(), credentials: "same-origin" }).then(function (res) {
      if (id !== seq) return;
      if (res.ok) return showErrors([]);
      if (res.status === 422) return res.json().then(function (problem) { if (id === seq) showErrors(problem.errors || []); });
    }).catch(function () { /* offline: the server checks on 「下一步」 */ });
  }

  // ---- common creditors, the budget's total ----

  function pick(button) {
    var values;
    try { values = JSON.parse(button.getAttribute("data-values")); } catch (e) { return false; }
    Object.keys(values).forEach(function (name) {
      if (!setValue(name, values[name])) hidden(name, values[name]); // asked on another step: carried
    });
    setStatus("已填入" + button.textContent + "的机构名称和类型。");
    return true;
  }

  function money(text) {
    var t = String(text).replace(/[\uFF10-\uFF19\uFF0E]/g, function (ch) { return String.fromCharCode(ch.charCodeAt(0) - 0xfee0); });
    t = t.replace(/[\s,，¥￥元]/g, "");
    return /^\d+(\.\d{1,2})?$/.test(t) ? Math.round(parseFloat(t) * 100) : 0;
  }

  function yuan(fen) {
    var sign = fen < 0 ? "-" : "";
    var abs = Math.abs(fen);
    return sign + "¥" + String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+$)/g, ",") + "." + String(abs % 100 + 100).slice(1);
  }

  var totalEl = document.getElementById("budget-total");
  function budgetTotal() {
    if (!totalEl) return;
    function sum(list) {
      var total = 0;
      each(form.querySelectorAll("[data-list='" + list + "'] input[name$='.amount']"), function (el) { total += money(el.value); });
      return total;
    }
    var income = sum("budget.income");
    var expenses = sum("budget.expenses");
    totalEl.textContent = income || expenses
      ? "每月收入 " + yuan(income) + "，支出 " + yuan(expenses) + "，每月最多能拿出 " + yuan(Math.max(0, income - expenses)) + " 还款" + (income < expenses ? "（收不抵支）" : "") + "。"
      : "";
  }

  // ---- downloads, copying, printing ----

  function fileNameOf(disposition) {
    var star = /filename\*=UTF-8''([^;]+)/i.exec(disposition || "");
    if (star) {
      try { return decodeURIComponent(star[1]); } catch (e) { /* fall through */ }
    }
    return "letter.pdf";
  }

  function saveFile(blob, name) {
    var url = URL.createObjectURL(blob);
    var link = document.createElement("a");
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(url); link.remove(); }, 10000);
  }

  /** 「生成信函」: the PDF (or the batch's ZIP) is saved at once, then the page with what next is shown. */
  function generate(ev) {
    ev.preventDefault();
    save();
    setStatus("正在生成 PDF……");
    var all = entries();
    var batch = all.some(function (e) { return /^items\.\d+\./.test(e[0]); });
    if (batch) all.push(["output", "zip"]);
    function proceed() {
      hidden("action", "done");
      form.submit();
    }
    fetch(base + (batch ? "/batch" : "/pdf"), { method: "POST", body: encoded(all), credentials: "same-origin" }).then(function (res) {
      var contentType = res.headers.get("content-type") || "";
      if (!res.ok || !/^application\/(pdf|zip)/.test(contentType)) return proceed();
      var name = fileNameOf(res.headers.get("content-disposition"));
      return res.blob().then(function (blob) {
        saveFile(blob, name);
        try { window.sessionStorage.setItem("shuhan.downloaded", name); } catch (e) { /* fine */ }
        setStatus("已下载：" + name);
        setTimeout(proceed, 300);
      });
    }).catch(proceed);
  }

  function copyText(button) {
    var area = document.getElementById(button.getAttribute("data-copy"));
    var done = button.nextElementSibling;
    function said(ok) { if (done) done.textContent = ok ? "已复制全文，可以粘贴到机构 App 的在线客服或 12378 网上投诉了。" : "没能复制：请展开「信的全文」，长按选择全部后复制。"; }
    function fallback() {
      if (area.closest("details")) area.closest("details").open = true;
      area.focus();
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      said(ok);
    }
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(area.value).then(function () { said(true); }, fallback);
    else fallback();
  }

  // ---- events ----

  document.addEventListener("click", function (ev) {
    var target = ev.target.closest ? ev.target.closest("button") : null;
    if (!target) return;
    if (target.classList.contains("add-row")) {
      ev.preventDefault();
      addRow(target.closest("[data-list]"), true);
      scheduleSave();
    } else if (target.classList.contains("chip")) {
      if (pick(target)) {
        ev.preventDefault();
        scheduleSave();
        scheduleCheck();
      }
    } else if (target.classList.contains("copy")) {
      copyText(target);
    } else if (target.classList.contains("print")) {
      window.print();
    } else if (target.id === "generate" && !inApp) {
      generate(ev);
    }
  });

  function scheduleCheck() {
    clearTimeout(checkTimer);
    checkTimer = setTimeout(check, 600);
  }

  function changed(ev) {
    var container = fieldOf(ev.target);
    if (container && ev.type === "change") touched[container.getAttribute("data-field")] = true;
    scheduleSave();
    budgetTotal();
    if (Object.keys(touched).length) scheduleCheck();
  }
  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
  form.addEventListener("focusout", function (ev) {
    var container = fieldOf(ev.target);
    if (container && ev.target.value) {
      touched[container.getAttribute("data-field")] = true;
      scheduleCheck();
    }
  });
  form.addEventListener("submit", function () { save(); });

  // ---- start ----

  each(document.querySelectorAll(".copy, .print"), function (el) { el.hidden = false; });
  collapseEmptyRows();
  budgetTotal();
  if (form.getAttribute("data-fresh") === "true") {
    if (fillMe()) setStatus("已填入你保存在这台设备上的个人信息。");
    var draft = load(draftKey);
    if (draft && draft.step && draft.step !== step) offerDraft(draft);
  } else {
    save();
  }
  if (step === "done") {
    try {
      var downloaded = window.sessionStorage.getItem("shuhan.downloaded");
      if (downloaded) setStatus("已下载：" + downloaded + "。下面是寄出前后要做的事。");
      window.sessionStorage.removeItem("shuhan.downloaded");
    } catch (e) { /* fine */ }
  }
})();
`;
