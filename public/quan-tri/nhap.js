/*
 * Sends the chosen file as-is (bytes, not text: Word, PDF and scans are binary)
 * to the local editor (POST /quan-tri/nhap) and shows the draft and the
 * importer's report. Progress goes to a status region, failures to an alert
 * region, so screen readers announce both.
 */
(function () {
	'use strict';
	var form = document.getElementById('nhap');
	var input = document.getElementById('tep');
	var status = document.getElementById('trang-thai');
	var alertBox = document.getElementById('loi');
	var result = document.getElementById('ket-qua');
	var button = form.querySelector('button');

	function show(title, text) {
		var heading = document.createElement('h2');
		heading.textContent = title;
		var pre = document.createElement('pre');
		pre.textContent = text;
		pre.tabIndex = 0;
		return [heading, pre];
	}

	function fail(title, text) {
		status.textContent = '';
		alertBox.replaceChildren.apply(alertBox, show(title, text));
	}

	form.addEventListener('submit', function (event) {
		event.preventDefault();
		var file = input.files[0];
		if (!file) return;
		alertBox.replaceChildren();
		result.replaceChildren();
		status.textContent = 'Đang đọc văn bản “' + file.name + '”… Bản quét có thể mất một phút.';
		button.disabled = true;
		fetch('/quan-tri/nhap', {
			method: 'POST',
			body: file,
			headers: { 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(file.name) },
		}).then(function (response) {
			if (!response.ok) throw new Error(String(response.status));
			return response.json();
		}).then(function (draft) {
			if (draft.status === 0) {
				status.textContent = 'Đã lập bản nháp từ “' + file.name + '”. Xem bản nháp và những điều cần kiểm tra bên dưới.';
				result.replaceChildren.apply(result, show('Bản nháp và những điều cần kiểm tra', draft.output));
			} else {
				fail('Không lập được bản nháp', draft.errors || draft.output);
			}
		}).catch(function () {
			fail('Không gửi được tệp', 'Nhập văn bản chỉ dùng được khi trình biên tập chạy bằng "npm run cms:local" trên máy có kho.\nCách sửa: chạy lệnh đó, hoặc dùng "npm run import -- <tệp>".');
		}).finally(function () {
			button.disabled = false;
		});
	});
})();
