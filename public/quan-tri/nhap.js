/* Sends the chosen text file to the local editor (POST /quan-tri/nhap) and shows the draft and the importer's report. */
(function () {
	'use strict';
	var form = document.getElementById('nhap');
	var result = document.getElementById('ket-qua');

	function show(title, text) {
		var heading = document.createElement('h2');
		heading.textContent = title;
		var pre = document.createElement('pre');
		pre.textContent = text;
		pre.tabIndex = 0;
		result.append(heading, pre);
	}

	form.addEventListener('submit', function (event) {
		event.preventDefault();
		var file = document.getElementById('tep').files[0];
		if (!file) return;
		result.textContent = 'Đang đọc văn bản…';
		file.text().then(function (text) {
			return fetch('/quan-tri/nhap', { method: 'POST', body: text, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-File-Name': encodeURIComponent(file.name) } });
		}).then(function (response) {
			if (!response.ok) throw new Error(String(response.status));
			return response.json();
		}).then(function (draft) {
			result.textContent = '';
			if (draft.status === 0) show('Bản nháp và những điều cần kiểm tra', draft.output);
			else show('Không lập được bản nháp', draft.errors || draft.output);
		}).catch(function () {
			result.textContent = 'Không gửi được tệp. Nhập từ bản chữ chỉ dùng được khi trình biên tập chạy bằng "npm run cms:local" trên máy có kho. Cách sửa: chạy lệnh đó, hoặc dùng "npm run import".';
		});
	});
})();
