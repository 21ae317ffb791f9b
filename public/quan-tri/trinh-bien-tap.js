/*
 * Additions to Decap CMS for this site.
 *
 * 1. "lien-ket": the relation widget (agency, campaign), searched without
 *    diacritics. Decap matches the typed text letter by letter against the
 *    names, so "mo duc" would not find "UBND huyện Mộ Đức"; this widget folds
 *    what is typed ("Mộ Đức", "mo duc" → "mo-duc") and matches it against the
 *    entry's file name, which is the folded name ("ubnd-huyen-mo-duc").
 *
 * 2. "date": a plain text input for the issue date ("2024-01-19", "2024-01"
 *    or "2024"). Decap takes the year of a new document's folder
 *    (content/documents/<agency>/<year>/) only from a field whose widget is
 *    called "datetime" or "date"; its own date picker cannot hold a partial date.
 *
 * 3. Names and roles Decap leaves out (found by axe-core): the full-text
 *    box, the preview frame, the loading bar, menus wrapped in a second button.
 *
 * 4. The editor's preview pane shows a document in the site's own styles
 * (/quan-tri/xem-truoc.css is the site's stylesheet), laid out like its page:
 * type, number and date, title, summary, signer, honourees, full text.
 * Decap provides `CMS`, `h` and `createClass` as globals.
 */
(function () {
	'use strict';
	var CMS = window.CMS;
	var h = window.h;
	CMS.registerPreviewStyle('/quan-tri/xem-truoc.css');

	function fold(term) {
		return String(term).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase()
			.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
	}

	var relation = CMS.getWidget('relation');
	var FoldedRelation = window.createClass({
		render: function () {
			var query = this.props.query;
			var props = Object.assign({}, this.props, {
				query: function (forID, collection, _searchFields, term, file, limit) {
					return query(forID, collection, ['slug'], fold(term), file, limit);
				},
			});
			return h(relation.control, props);
		},
	});
	CMS.registerWidget('lien-ket', FoldedRelation, relation.preview);

	var string = CMS.getWidget('string');
	CMS.registerWidget('date', string.control, string.preview);

	function text(data, key) {
		var value = data.get(key);
		return value === undefined || value === null ? '' : String(value);
	}

	function vietnameseDate(value) {
		var parts = String(value || '').split('-');
		if (parts.length === 3) return 'ngày ' + Number(parts[2]) + ' tháng ' + Number(parts[1]) + ' năm ' + parts[0];
		if (parts.length === 2) return 'tháng ' + Number(parts[1]) + ' năm ' + parts[0];
		return parts[0] ? 'năm ' + parts[0] : '';
	}

	function register(names) {
		var DocumentPreview = window.createClass({
			render: function () {
				var data = this.props.entry.get('data');
				var number = [text(data, 'number'), text(data, 'symbol')].filter(Boolean).join('/');
				var signer = data.get('signer');
				var honourees = data.get('honourees');
				var award = text(data, 'award');
				var rows = honourees && honourees.size
					? honourees.toArray().map(function (item, index) {
						var own = item.get('award');
						return h('tr', { key: index },
							h('td', null, (item.get('honorific') ? item.get('honorific') + ' ' : '') + (item.get('name') || '')),
							h('td', null, [item.get('position'), item.get('unit')].filter(Boolean).join(', ')),
							h('td', null, names.awards[own || award] || ''));
					})
					: null;
				return h('main', { className: 'page' },
					h('article', { className: 'document' },
						data.get('draft') ? h('div', { className: 'notice notice--warning', role: 'note' }, 'Bản nháp: chưa xuất hiện trên trang.') : null,
						h('p', { className: 'document__caption' }, h('span', { className: 'caption' },
							[names.types[text(data, 'type')], number ? 'Số ' + number : '', vietnameseDate(text(data, 'date'))].filter(Boolean).join(' · '))),
						h('h1', null, text(data, 'title')),
						h('p', { className: 'lead measure' }, text(data, 'summary')),
						rows ? h('table', null,
							h('caption', null, 'Danh sách khen thưởng (' + rows.length + ')'),
							h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Tên'), h('th', { scope: 'col' }, 'Chức vụ, đơn vị'), h('th', { scope: 'col' }, 'Hình thức'))),
							h('tbody', null, rows)) : null,
						h('div', { className: 'prose' }, this.props.widgetFor('body')),
						signer ? h('p', { className: 'document__signature' },
							[signer.get('prefix'), signer.get('for')].filter(Boolean).join(' '), h('br'),
							signer.get('position') || '', h('br'),
							h('strong', null, signer.get('name') || '')) : null));
			},
		});
		Object.keys(names.types).forEach(function (type) {
			CMS.registerPreviewTemplate(type, DocumentPreview);
		});
	}

	function repairAccessibility(root) {
		// One main landmark: Decap's own <main> on the list screens, else the editor's root.
		var editorRoot = document.getElementById('nc-root');
		var ownMain = editorRoot && editorRoot.querySelector('main');
		if (editorRoot && ownMain && editorRoot.hasAttribute('role')) editorRoot.removeAttribute('role');
		if (editorRoot && !ownMain && editorRoot.getAttribute('role') !== 'main') editorRoot.setAttribute('role', 'main');
		root.querySelectorAll('[data-slate-editor]:not([aria-label])').forEach(function (box) {
			box.setAttribute('aria-label', 'Toàn văn');
		});
		root.querySelectorAll('iframe#preview-pane:not([title])').forEach(function (frame) {
			frame.setAttribute('title', 'Xem trước văn bản');
		});
		// The top loading bar is decoration.
		document.querySelectorAll('body > canvas:not([aria-hidden])').forEach(function (canvas) {
			canvas.setAttribute('aria-hidden', 'true');
		});
		// A list item's handle, and the icon-only buttons of its top bar (collapse, remove).
		root.querySelectorAll('[aria-roledescription="sortable"]:not([aria-label])').forEach(function (item) {
			item.setAttribute('aria-label', 'Mục trong danh sách; kéo để đổi thứ tự');
		});
		root.querySelectorAll('[class*="TopBarButton"]:not([aria-label])').forEach(function (button) {
			var first = button.parentElement && button.parentElement.querySelector('[class*="TopBarButton"]') === button;
			button.setAttribute('aria-label', first ? 'Thu gọn hoặc mở mục này' : 'Xóa mục này');
		});
		// A menu whose span[role=button] wraps a real button: the inner button is the control.
		root.querySelectorAll('span[role="button"]').forEach(function (span) {
			if (span.querySelector('button, a[href], [tabindex]')) {
				['role', 'tabindex', 'aria-haspopup', 'aria-expanded'].forEach(function (name) { span.removeAttribute(name); });
			}
		});
	}
	new MutationObserver(function () { repairAccessibility(document); }).observe(document.documentElement, { childList: true, subtree: true });

	fetch('/quan-tri/xem-truoc.json').then(function (response) { return response.json(); }).then(register);
})();
