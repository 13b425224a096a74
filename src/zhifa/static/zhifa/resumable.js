/* 断点续传: a large evidence file (a body camera's video) goes up in parts through /api/v1/, and after a broken
   connection the page asks the server how much arrived and goes on from there. When the last part is in, the
   form is submitted with the upload's id instead of the file. Small files go with the form as they are. */
(function () {
  "use strict";
  var form = document.querySelector("form[data-resumable-case]");
  if (!form || !window.fetch || !window.Blob) return;
  var input = form.querySelector("input[type=file][name=file]");
  var hidden = form.querySelector("input[name=upload_id]");
  var status = form.querySelector("[data-upload-status]");
  var caseId = form.dataset.resumableCase;
  var minBytes = parseInt(form.dataset.resumableMin, 10);
  var partBytes = parseInt(form.dataset.resumablePart, 10);
  var token = form.querySelector("input[name=csrfmiddlewaretoken]").value;
  var headers = { "X-CSRFToken": token };

  function say(text) { if (status) status.textContent = text; }
  function wait(ms) { return new Promise(function (r) { setTimeout(r, ms); }); }
  function json(response) {
    return response.json().then(function (body) {
      if (!response.ok) throw new Error(body.message || ("HTTP " + response.status));
      return body;
    });
  }

  function offsetOf(id) {
    return fetch("/api/v1/evidence/uploads/" + id, { headers: headers, credentials: "same-origin" })
      .then(json).then(function (b) { return b.offset; });
  }

  function send(file, id, offset, tries) {
    if (offset >= file.size) return Promise.resolve();
    var part = file.slice(offset, Math.min(offset + partBytes, file.size));
    say("正在上传：" + Math.floor(offset * 100 / file.size) + "%（" + offset + " / " + file.size + " 字节）");
    return fetch("/api/v1/evidence/uploads/" + id + "?offset=" + offset, {
      method: "PUT", body: part, credentials: "same-origin",
      headers: Object.assign({ "Content-Type": "application/offset+octet-stream" }, headers),
    }).then(json).then(function (b) { return send(file, id, b.offset, 0); }, function (error) {
      if (tries >= 20) throw error;
      say("网络中断，正在续传……");
      return wait(Math.min(1000 * (tries + 1), 10000))
        .then(function () { return offsetOf(id); })
        .then(function (at) { return send(file, id, at, tries + 1); });
    });
  }

  form.addEventListener("submit", function (event) {
    var file = input && input.files && input.files[0];
    if (!file || file.size < minBytes || hidden.value) return;
    event.preventDefault();
    fetch("/api/v1/cases/" + caseId + "/evidence/uploads", {
      method: "POST", credentials: "same-origin",
      headers: Object.assign({ "Content-Type": "application/json" }, headers),
      body: JSON.stringify({ filename: file.name, size: file.size }),
    }).then(json).then(function (up) {
      return send(file, up.id, up.offset, 0).then(function () { return up.id; });
    }).then(function (id) {
      hidden.value = id;
      input.value = "";
      say("上传完成，正在登记……");
      form.submit();
    }).catch(function (error) { say("上传失败：" + error.message); });
  });
})();
