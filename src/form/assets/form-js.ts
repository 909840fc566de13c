/**
 * /form.js: the web form's only script, hand-written, no framework, no build step. Progressive enhancement
 * over the plain form (which works without it):
 *
 * - inline messages and a live preview from the server's own rules: the form's values are posted, debounced,
 *   to POST /form/{type}/preview, which answers with the letter's HTML (shown in a sandboxed iframe via
 *   srcdoc) or a 422 problem whose errors carry form field names — no rule is re-implemented here;
 * - the download button fetches POST /form/{type}/pdf and saves the PDF under its Chinese file name;
 * - list rows (incidents, evidence, attachments) are added in place instead of a round trip;
 * - the input is kept in this browser only (localStorage, per letter type, never sent anywhere else) and a
 *   button clears it.
 *
 * Kept as a string in a TS module so the Worker, wrangler and vitest all serve the same bytes. Written
 * without template literals (this file is one) and as plain ES2017 for older phone browsers.
 */
export const FORM_JS = String.raw`/* 书函 Shuhan web form. Progressive enhancement: the form works without this script. */
(function () {
  "use strict";
  var form = document.getElementById("letter-form");
  if (!form || !window.fetch || !window.URLSearchParams || !window.FormData) return;

  var type = form.getAttribute("data-letter-type");
  var base = "/form/" + type;
  var storageKey = "shuhan.form." + type;
  var statusEl = document.getElementById("status");
  var summary = document.getElementById("error-summary");
  var preview = document.getElementById("preview");
  var frame = document.getElementById("preview-frame");
  var previewStatus = document.getElementById("preview-status");
  var savedBox = document.getElementById("saved");
  var touched = Object.create(null);
  var submitted = form.getAttribute("data-fresh") !== "true";
  var seq = 0;
  var checkTimer = 0;
  var saveTimer = 0;
  var cleared = false;
  var store = (function () {
    try {
      var s = window.localStorage;
      s.setItem(storageKey + ".probe", "1");
      s.removeItem(storageKey + ".probe");
      return s;
    } catch (e) {
      return null;
    }
  })();

  function each(list, fn) { Array.prototype.forEach.call(list, fn); }
  function fieldOf(el) { return el && el.closest ? el.closest("[data-field]") : null; }
  function setStatus(text) { statusEl.textContent = text; }

  /** The form's values as [name, value] pairs, without the submit buttons. */
  function entries() {
    var out = [];
    new FormData(form).forEach(function (value, name) {
      if (name !== "action" && typeof value === "string") out.push([name, value]);
    });
    return out;
  }

  function encoded() {
    var params = new URLSearchParams();
    entries().forEach(function (e) { params.append(e[0], e[1]); });
    return params;
  }

  // ---- local saving (this browser only) ----

  function save() {
    if (!store || cleared) return;
    try {
      store.setItem(storageKey, JSON.stringify({ v: 1, savedAt: Date.now(), entries: entries() }));
    } catch (e) { /* storage full or disabled: the form still works */ }
  }

  function scheduleSave() {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(save, 300);
  }

  function loadSaved() {
    if (!store) return null;
    try {
      var data = JSON.parse(store.getItem(storageKey) || "null");
      return data && data.v === 1 && Array.isArray(data.entries) ? data.entries : null;
    } catch (e) {
      return null;
    }
  }

  function restore(saved) {
    var byName = Object.create(null);
    saved.forEach(function (e) {
      if (Array.isArray(e) && typeof e[0] === "string" && typeof e[1] === "string") (byName[e[0]] = byName[e[0]] || []).push(e[1]);
    });
    each(form.querySelectorAll("[data-list]"), function (list) {
      var prefix = list.getAttribute("data-list") + ".";
      var highest = -1;
      Object.keys(byName).forEach(function (name) {
        if (name.indexOf(prefix) !== 0 || !byName[name].some(Boolean)) return; // rows left empty stay away
        var index = parseInt(name.slice(prefix.length), 10);
        if (index > highest) highest = index;
      });
      while (rowsOf(list).children.length <= highest && addRow(list, false)) { /* add rows */ }
    });
    each(form.elements, function (el) {
      if (!el.name || el.name === "action" || el.tagName === "BUTTON" || el.tagName === "FIELDSET") return;
      var values = byName[el.name] || [];
      if (el.type === "checkbox" || el.type === "radio") el.checked = values.indexOf(el.value) >= 0;
      else el.value = values.length ? values[values.length - 1] : "";
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
    var nodes = [row].concat(Array.prototype.slice.call(row.querySelectorAll("*")));
    nodes.forEach(function (el) {
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

  /** Adds one empty row to a list (cloning the last one); returns it, or null at the list's maximum. */
  function addRow(list, focus) {
    var rows = rowsOf(list);
    var max = parseInt(list.getAttribute("data-max"), 10) || 100;
    var count = rows.children.length;
    if (count >= max || !count) return null;
    var row = rows.lastElementChild.cloneNode(true);
    var listName = list.getAttribute("data-list");
    renumber(row, listName, count - 1, count);
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

  /**
   * Without the script the form shows a few empty rows (the only way to enter several items at once); with
   * it, rows are added in place, so trailing empty rows go and the page stays short on a phone.
   */
  function collapseEmptyRows() {
    each(form.querySelectorAll("[data-list]"), function (list) {
      var rows = rowsOf(list);
      while (rows.children.length > 1 && isEmptyRow(rows.lastElementChild)) rows.removeChild(rows.lastElementChild);
      var button = list.querySelector(".add-row");
      var max = parseInt(list.getAttribute("data-max"), 10) || 100;
      if (button) button.disabled = rows.children.length >= max;
    });
  }

  // ---- messages next to fields and the summary ----

  function controlsOf(container) {
    return container.hasAttribute("data-list") ? [] : container.querySelectorAll("input, select, textarea");
  }

  /** The hint or error paragraph of a field: its own, never one of a row inside it. */
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
    var targets = container.tagName === "FIELDSET" ? [container] : Array.prototype.slice.call(controlsOf(container));
    targets.forEach(function (el) {
      if (describedBy) el.setAttribute("aria-describedby", describedBy);
      else el.removeAttribute("aria-describedby");
    });
    each(controlsOf(container), function (el) {
      if (has) el.setAttribute("aria-invalid", "true");
      else el.removeAttribute("aria-invalid");
    });
  }

  function visible(error) { return submitted || (error.field && touched[error.field]); }

  function showErrors(errors) {
    var byField = Object.create(null);
    errors.forEach(function (e) {
      if (e.field && visible(e)) (byField[e.field] = byField[e.field] || []).push(e.message);
    });
    each(form.querySelectorAll("[data-field]"), function (container) {
      setFieldErrors(container, byField[container.getAttribute("data-field")] || []);
    });
    if (submitted) renderSummary(errors);
  }

  function renderSummary(errors) {
    var title = summary.querySelector("h2");
    var list = summary.querySelector("ul");
    list.textContent = "";
    if (!errors.length) {
      summary.hidden = true;
      return;
    }
    title.id = "error-summary-title";
    title.textContent = "有 " + errors.length + " 处需要修改";
    summary.setAttribute("aria-labelledby", title.id);
    errors.forEach(function (e) {
      var item = document.createElement("li");
      var text = e.summary || e.label + "：" + e.message;
      if (e.control && document.getElementById(e.control)) {
        var link = document.createElement("a");
        link.href = "#" + e.control;
        link.textContent = text;
        item.appendChild(link);
      } else {
        item.textContent = text;
      }
      list.appendChild(item);
    });
    summary.hidden = false;
  }

  summary.addEventListener("click", function (ev) {
    var link = ev.target.closest("a[href^='#']");
    if (!link) return;
    var target = document.getElementById(link.getAttribute("href").slice(1));
    if (!target) return;
    ev.preventDefault();
    var container = fieldOf(target) || target;
    container.scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });
  });

  // ---- preview and checks (the server's rules) ----

  function setPreview(text) { previewStatus.textContent = text; }

  /**
   * Posts the values to /preview; resolves to the errors ([] when valid), undefined when a newer check
   * superseded this one, or null when the server could not be reached.
   */
  function check() {
    clearTimeout(checkTimer);
    var id = ++seq;
    return fetch(base + "/preview", {
      method: "POST",
      body: encoded(),
      headers: { accept: "text/html, application/problem+json" },
      credentials: "same-origin",
    }).then(function (res) {
      if (id !== seq) return undefined;
      var contentType = res.headers.get("content-type") || "";
      if (res.ok && contentType.indexOf("text/html") === 0) {
        return res.text().then(function (letter) {
          if (id !== seq) return undefined;
          showErrors([]);
          frame.srcdoc = letter;
          frame.hidden = false;
          setPreview("预览已更新。");
          return [];
        });
      }
      if (res.status === 422 && contentType.indexOf("json") >= 0) {
        return res.json().then(function (problem) {
          if (id !== seq) return undefined;
          var errors = Array.isArray(problem.errors) ? problem.errors : [];
          showErrors(errors);
          setPreview("还有 " + errors.length + " 处需要填写或修改，" + (frame.srcdoc ? "预览暂未更新。" : "填好后这里显示信的样子。"));
          return errors;
        });
      }
      throw new Error("HTTP " + res.status);
    }).catch(function () {
      if (id !== seq) return undefined;
      setPreview("暂时连不上服务器，预览未更新。");
      return null;
    });
  }

  function scheduleCheck() {
    clearTimeout(checkTimer);
    checkTimer = setTimeout(check, 700);
  }

  // ---- download ----

  function fileNameOf(disposition) {
    var star = /filename\*=UTF-8''([^;]+)/i.exec(disposition || "");
    if (star) {
      try { return decodeURIComponent(star[1]); } catch (e) { /* fall through */ }
    }
    var plain = /filename="([^"]+)"/i.exec(disposition || "");
    return plain ? plain[1] : "letter.pdf";
  }

  function saveFile(blob, name) {
    var url = URL.createObjectURL(blob);
    var link = document.createElement("a");
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    setTimeout(function () {
      URL.revokeObjectURL(url);
      link.remove();
    }, 10000);
  }

  function download() {
    setStatus("正在生成 PDF……");
    return fetch(base + "/pdf", { method: "POST", body: encoded(), credentials: "same-origin" }).then(function (res) {
      var contentType = res.headers.get("content-type") || "";
      if (res.status === 422 && contentType.indexOf("json") >= 0) {
        return res.json().then(function (problem) { failed(problem.errors || []); });
      }
      if (!res.ok || contentType.indexOf("application/pdf") !== 0) throw new Error("HTTP " + res.status);
      var name = fileNameOf(res.headers.get("content-disposition"));
      return res.blob().then(function (blob) {
        saveFile(blob, name);
        setStatus("已生成并下载：" + name);
      });
    }).catch(function () {
      setStatus("生成失败，请稍后再试。");
    });
  }

  function failed(errors) {
    showErrors(errors);
    setStatus("还有 " + errors.length + " 处需要修改，见页面顶部。");
    summary.focus();
    summary.scrollIntoView({ block: "start" });
  }

  // ---- events ----

  form.addEventListener("click", function (ev) {
    var button = ev.target.closest ? ev.target.closest("button.add-row") : null;
    if (!button) return;
    ev.preventDefault();
    addRow(button.closest("[data-list]"), true);
    scheduleSave();
  });

  function changed(ev) {
    var container = fieldOf(ev.target);
    if (container && ev.type === "change") touched[container.getAttribute("data-field")] = true;
    scheduleSave();
    scheduleCheck();
  }
  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
  form.addEventListener("focusout", function (ev) {
    var container = fieldOf(ev.target);
    if (container && ev.target.value) touched[container.getAttribute("data-field")] = true;
  });

  form.addEventListener("submit", function (ev) {
    var submitter = ev.submitter;
    if (submitter && submitter.name === "action") return; // an add-row button (handled on click)
    ev.preventDefault();
    submitted = true;
    save();
    setStatus("正在检查……");
    checkThenDownload();
  });

  function checkThenDownload() {
    check().then(function (errors) {
      if (errors === undefined) checkThenDownload(); // the input changed meanwhile: check again
      else if (errors === null) form.submit(); // the script cannot reach the server: the plain post may
      else if (errors.length) failed(errors);
      else download();
    });
  }

  document.getElementById("clear-saved").addEventListener("click", function () {
    if (!window.confirm("确定要清除这台设备上保存的内容吗？表格会变回空白。")) return;
    cleared = true;
    clearTimeout(saveTimer);
    if (store) store.removeItem(storageKey);
    window.location.assign(window.location.pathname);
  });

  // ---- start ----

  preview.hidden = false;
  if (store) savedBox.hidden = false;
  collapseEmptyRows();
  var saved = form.getAttribute("data-fresh") === "true" ? loadSaved() : null;
  if (saved) {
    restore(saved);
    setStatus("已恢复你上次在这台设备上填写的内容。");
    check();
  } else if (form.getAttribute("data-fresh") !== "true") {
    save(); // a page the server re-rendered with the input: keep it, and keep its messages current
    check();
  }
})();
`;
